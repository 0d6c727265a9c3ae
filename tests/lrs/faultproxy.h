#pragma once

// A loopback HTTP proxy in front of the real LRS (realrs.h) that misbehaves on purpose:
// each request takes the next fault from a queue (a 500, a 401, a connection that never
// answers), and once the queue is empty requests go through to the LRS unchanged. One
// request per connection (it asks both sides for Connection: close), which is all the
// sender needs and keeps the proxy simple enough to trust.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace leerpad::test {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        Forward,
        ServerError,
        Unauthorized,
        Hang
    };

    explicit FaultProxy(int upstreamPort, QObject *parent = nullptr);

    bool listen();
    QUrl endpoint() const; // http://127.0.0.1:PORT/xAPI/

    // The next `times` requests get `fault`, after whatever is queued already.
    void queue(Fault fault, int times = 1);
    // What each request so far got, in order.
    const QList<Fault> &handled() const { return m_handled; }
    // Connections held open by Hang that the client has not given up on yet.
    int hanging() const;

private:
    void onConnection();
    void onReadable(QTcpSocket *client);
    void answer(QTcpSocket *client, int status, const QByteArray &reason);
    void forward(QTcpSocket *client, const QByteArray &request);

    QTcpServer m_server;
    int m_upstreamPort;
    QList<Fault> m_queue;
    QList<Fault> m_handled;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_hung;
};

} // namespace leerpad::test
