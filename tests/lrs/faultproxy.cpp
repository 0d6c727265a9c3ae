#include "faultproxy.h"

#include <QTcpSocket>

namespace leerpad::test {

namespace {

// The request's length if it is complete in `buffer` (head and Content-Length body), else 0.
qsizetype completeRequest(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
        const QByteArray header = line.trimmed();
        if (header.toLower().startsWith("content-length:"))
            length = header.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + length;
    return buffer.size() >= total ? total : 0;
}

// The request with its Connection header replaced by "close", so the LRS ends the
// connection after its answer and the proxy knows where the answer ends.
QByteArray closingRequest(const QByteArray &request)
{
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    QList<QByteArray> lines = request.left(headEnd).split('\n');
    QByteArray head;
    for (const QByteArray &line : lines) {
        if (!line.trimmed().toLower().startsWith("connection:"))
            head += line.trimmed() + "\r\n";
    }
    return head + "Connection: close\r\n\r\n" + request.mid(headEnd + 4);
}

} // namespace

FaultProxy::FaultProxy(int upstreamPort, QObject *parent)
    : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(m_server.serverPort()));
}

void FaultProxy::queue(Fault fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_queue.append(fault);
}

int FaultProxy::hanging() const
{
    int open = 0;
    for (QTcpSocket *s : m_hung)
        open += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return open;
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onReadable(client); });
        connect(client, &QTcpSocket::disconnected, this,
                [this, client] { m_buffers.remove(client); });
    }
}

void FaultProxy::onReadable(QTcpSocket *client)
{
    QByteArray &buffer = m_buffers[client];
    buffer += client->readAll();
    const qsizetype length = completeRequest(buffer);
    if (length == 0 || m_hung.contains(client))
        return;
    const QByteArray request = buffer.left(length);
    buffer.remove(0, length);
    const Fault fault = m_queue.isEmpty() ? Fault::Forward : m_queue.takeFirst();
    m_handled.append(fault);
    switch (fault) {
    case Fault::Forward:
        forward(client, request);
        break;
    case Fault::ServerError:
        answer(client, 500, "Internal Server Error");
        break;
    case Fault::Unauthorized:
        answer(client, 401, "Unauthorized");
        break;
    case Fault::Hang:
        m_hung.append(client); // read, never answered, never closed
        break;
    }
}

void FaultProxy::answer(QTcpSocket *client, int status, const QByteArray &reason)
{
    const QByteArray body = reason + " (from the test's fault proxy)";
    client->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    client->disconnectFromHost();
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request)
{
    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, request] { upstream->write(closingRequest(request)); });
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
        client->write(upstream->readAll());
        client->disconnectFromHost();
    });
    connect(upstream, &QTcpSocket::errorOccurred, client,
            [client](QAbstractSocket::SocketError error) {
                if (error != QAbstractSocket::RemoteHostClosedError)
                    client->abort();
            });
    upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstreamPort));
}

} // namespace leerpad::test
