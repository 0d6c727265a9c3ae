#pragma once

// A real Learning Record Store for the results tests: Learning Locker's xapi-statements
// (tests/lrs/package.json, installed by tools/leerpad-dev with npm ci), run with node on a
// free loopback port, in memory, accepting any Basic credentials. No State API.

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace leerpad::test {

class RealLrs
{
public:
    RealLrs();
    ~RealLrs();

    // Starts the LRS and waits until it answers /about; false (see error()) otherwise.
    bool start(int port = 0);
    void stop();
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QUrl endpoint() const; // http://127.0.0.1:PORT/xAPI/

    // GET /statements for a registration, oldest first, every page of them.
    QJsonArray statements(const QString &registration) const;

    // Runs Learning Locker's validator (validate.js) over the statements; "" when valid,
    // else its report.
    static QString validate(const QJsonArray &statements);

private:
    QTemporaryDir m_storage; // the LRS's working folder: it writes its logs there
    QProcess m_node;
    int m_port = 0;
    QString m_error;
};

// A port nothing listens on (bound and released a moment ago).
int freePort();

} // namespace leerpad::test
