#include "core/results/lrsconfig.h"

#include <QHostAddress>

namespace leerpad::xapi {

QString endpointProblem(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return QStringLiteral("'%1' is not an address (expected https://host/path/)").arg(endpoint.toString());
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return QStringLiteral("'%1': only https:// (or http:// to this machine) is supported").arg(endpoint.toString());
    const QString host = endpoint.host();
    const QHostAddress address(host);
    const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                          || (!address.isNull() && address.isLoopback());
    if (!loopback) {
        return QStringLiteral("'%1': plain http:// would send the learner's results and the LRS "
                              "password unencrypted; use https://")
            .arg(endpoint.toString());
    }
    return {};
}

LrsConfigResult resolveLrsConfig(const QSettings &settings, const QProcessEnvironment &env,
                                 const QString &commandLineEndpoint)
{
    LrsConfigResult result;
    LrsConfig &c = result.config;
    QString endpoint = settings.value(QStringLiteral("lrs/endpoint")).toString();
    QString origin = QStringLiteral("%1 [lrs] endpoint").arg(settings.fileName());
    c.key = settings.value(QStringLiteral("lrs/key")).toString();
    c.secret = settings.value(QStringLiteral("lrs/secret")).toString();
    c.homePage = settings.value(QStringLiteral("lrs/homePage")).toString();
    c.activityBase = settings.value(QStringLiteral("lrs/activityBase")).toString();
    if (env.contains(QStringLiteral("LEERPAD_LRS_ENDPOINT"))) {
        endpoint = env.value(QStringLiteral("LEERPAD_LRS_ENDPOINT"));
        origin = QStringLiteral("LEERPAD_LRS_ENDPOINT");
    }
    if (env.contains(QStringLiteral("LEERPAD_LRS_KEY")))
        c.key = env.value(QStringLiteral("LEERPAD_LRS_KEY"));
    if (env.contains(QStringLiteral("LEERPAD_LRS_SECRET")))
        c.secret = env.value(QStringLiteral("LEERPAD_LRS_SECRET"));
    if (!commandLineEndpoint.isEmpty()) {
        endpoint = commandLineEndpoint;
        origin = QStringLiteral("--lrs");
    }
    if (endpoint.trimmed().isEmpty())
        return result; // off
    if (!endpoint.endsWith(QLatin1Char('/')))
        endpoint += QLatin1Char('/'); // statements resolve below it, not beside it
    const QUrl url(endpoint.trimmed(), QUrl::StrictMode);
    if (const QString problem = endpointProblem(url); !problem.isEmpty()) {
        result.error = QStringLiteral("%1: %2").arg(origin, problem);
        return result;
    }
    c.endpoint = url;
    return result;
}

QNetworkRequest lrsRequest(const LrsConfig &config, const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Experience-API-Version", "1.0.3");
    const QByteArray credentials = (config.key + QLatin1Char(':') + config.secret).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

} // namespace leerpad::xapi
