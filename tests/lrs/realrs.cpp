#include "realrs.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QThread>
#include <QUrlQuery>

namespace leerpad::test {

namespace {

const QString kDir = QStringLiteral(LEERPAD_SOURCE_DIR "/tests/lrs");

QByteArray get(const QUrl &url, int *status)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("X-Experience-API-Version", "1.0.3");
    request.setRawHeader("Authorization", "Basic " + QByteArrayLiteral("test:test").toBase64());
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

RealLrs::RealLrs() = default;

RealLrs::~RealLrs()
{
    stop();
}

bool RealLrs::start(int port)
{
    m_port = port ? port : freePort();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MODELS_REPO"), QStringLiteral("memory"));
    env.insert(QStringLiteral("STORAGE_REPO"), QStringLiteral("local"));
    env.insert(QStringLiteral("AUTH_REPO"), QStringLiteral("test"));
    env.insert(QStringLiteral("EVENTS_REPO"), QStringLiteral("test"));
    env.insert(QStringLiteral("EXPRESS_PORT"), QString::number(m_port));
    m_node.setProcessEnvironment(env);
    // Not the source tree: the LRS keeps access logs below its working folder.
    m_node.setWorkingDirectory(m_storage.path());
    m_node.setProcessChannelMode(QProcess::MergedChannels);
    m_node.start(QStringLiteral("node"), {kDir + QStringLiteral("/node_modules/xapi-statements/dist/index.js")});
    if (!m_node.waitForStarted(10000)) {
        m_error = QStringLiteral("node did not start: %1").arg(m_node.errorString());
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        int status = 0;
        get(endpoint().resolved(QUrl(QStringLiteral("about"))), &status);
        if (status == 200)
            return true;
        if (m_node.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the LRS exited: %1").arg(QString::fromUtf8(m_node.readAll()));
            return false;
        }
        QThread::msleep(200);
    }
    m_error = QStringLiteral("the LRS did not answer within 30 s: %1").arg(QString::fromUtf8(m_node.readAll()));
    return false;
}

void RealLrs::stop()
{
    if (m_node.state() == QProcess::NotRunning)
        return;
    m_node.terminate();
    if (!m_node.waitForFinished(5000)) {
        m_node.kill();
        m_node.waitForFinished(5000);
    }
}

QUrl RealLrs::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(m_port));
}

QJsonArray RealLrs::statements(const QString &registration) const
{
    QJsonArray all;
    QUrl url = endpoint().resolved(QUrl(QStringLiteral("statements")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("registration"), registration);
    query.addQueryItem(QStringLiteral("ascending"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    url.setQuery(query);
    for (int page = 0; page < 100 && url.isValid(); ++page) {
        int status = 0;
        const QJsonObject answer = QJsonDocument::fromJson(get(url, &status)).object();
        if (status != 200)
            break;
        for (const QJsonValue &s : answer[QStringLiteral("statements")].toArray())
            all.append(s);
        const QString more = answer[QStringLiteral("more")].toString();
        if (more.isEmpty())
            break;
        url = endpoint().resolved(QUrl(more));
    }
    return all;
}

QString RealLrs::validate(const QJsonArray &statements)
{
    QTemporaryFile file;
    if (!file.open())
        return QStringLiteral("cannot write a temporary file");
    file.write(QJsonDocument(statements).toJson());
    file.flush();
    QProcess node;
    node.setWorkingDirectory(kDir);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"), {QStringLiteral("validate.js"), file.fileName()});
    if (!node.waitForFinished(60000))
        return QStringLiteral("validate.js did not finish");
    const QString report = QString::fromUtf8(node.readAll());
    return node.exitCode() == 0 ? QString() : report;
}

} // namespace leerpad::test
