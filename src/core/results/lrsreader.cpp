#include "core/results/lrsreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace leerpad::xapi {

LrsReader::LrsReader(LrsConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_network(new QNetworkAccessManager(this))
{
}

void LrsReader::fetch(const QString &courseActivityId)
{
    m_statements.clear();
    m_keys.clear();
    m_results.clear();
    m_diagnostics.clear();
    m_error.clear();
    m_count = 0;
    m_pages = 0;
    QUrl url = m_config.statementsUrl();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("activity"), courseActivityId);
    query.addQueryItem(QStringLiteral("related_activities"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("ascending"), QStringLiteral("true")); // event order
    if (m_pageLimit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageLimit));
    url.setQuery(query);
    get(url);
}

void LrsReader::get(const QUrl &url)
{
    m_reply = m_network->get(lrsRequest(m_config, url, m_timeoutMs));
    connect(m_reply, &QNetworkReply::finished, this, &LrsReader::onFinished);
}

void LrsReader::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    ++m_pages;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (status != 200) {
        const int seconds = qMax(1, m_timeoutMs / 1000);
        m_error = status ? QStringLiteral("HTTP %1: %2")
                               .arg(status)
                               .arg(QString::fromUtf8(body.left(500)).trimmed())
                  : reply->error() == QNetworkReply::OperationCanceledError
                      ? QCoreApplication::translate(
                            "LrsSender", "geen antwoord van de LRS binnen %n s", nullptr, seconds)
                      : reply->errorString();
        finish();
        return;
    }
    QJsonParseError parseError;
    const QJsonObject page = QJsonDocument::fromJson(body, &parseError).object();
    const QJsonValue list = page.value(QStringLiteral("statements"));
    if (parseError.error != QJsonParseError::NoError || !list.isArray()) {
        m_error =
            QStringLiteral("the LRS answered with something that is not a StatementResult: %1")
                .arg(parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QStringLiteral("no 'statements' array"));
        finish();
        return;
    }
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonObject account =
            s.value(QStringLiteral("actor")).toObject().value(QStringLiteral("account")).toObject();
        const QString registration = s.value(QStringLiteral("context"))
                                         .toObject()
                                         .value(QStringLiteral("registration"))
                                         .toString();
        m_keys << account.value(QStringLiteral("homePage")).toString() + QLatin1Char(' ') +
                      account.value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                      registration;
        m_statements << QJsonDocument(s).toJson(QJsonDocument::Compact);
        ++m_count;
    }
    // `more` is relative to the LRS's host (xAPI 1.0.3, 2.1.6); empty on the last page.
    const QString more = page.value(QStringLiteral("more")).toString();
    if (!more.isEmpty()) {
        get(m_config.endpoint.resolved(QUrl(more)));
        return;
    }
    finish();
}

void LrsReader::finish()
{
    // One learner's registration per "file", its statements in the order the LRS gave.
    QMap<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < m_keys.size(); ++i)
        groups[m_keys.at(i)] << i;
    const QString origin = m_config.endpoint.toString(QUrl::RemoveUserInfo);
    int n = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QByteArray bytes = "[\n";
        for (qsizetype k = 0; k < it->size(); ++k)
            bytes += m_statements.at(it->at(k)) + (k + 1 < it->size() ? ",\n" : "\n");
        bytes += "]\n";
        const ResultsReadResult r =
            readResults(bytes, QStringLiteral("%1 #%2").arg(origin).arg(++n));
        m_diagnostics << r.diagnostics;
        if (r.results)
            m_results << *r.results;
    }
    m_statements.clear();
    m_keys.clear();
    emit finished();
}

} // namespace leerpad::xapi
