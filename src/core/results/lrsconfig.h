#pragma once

// Where results go, configured the way a school's IT deploys it (docs/results.md):
//
//   [lrs] endpoint, key, secret, homePage, activityBase   in Leerpad.conf: system-wide
//        (/etc/xdg/Leerpad/Leerpad.conf), overridden per user (~/.config/Leerpad/)
//   LEERPAD_LRS_ENDPOINT, LEERPAD_LRS_KEY, LEERPAD_LRS_SECRET   for scripts
//   --lrs ENDPOINT                                         for one run
//
// later ones win. Off unless an endpoint is set: nothing leaves the machine otherwise.
// Plain http:// is refused except to this machine (loopback).

#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace leerpad::xapi {

struct LrsConfig
{
    QUrl endpoint; // ends in '/', e.g. https://lrs.school.nl/xAPI/
    QString key;
    QString secret; // never logged
    QString homePage;
    QString activityBase;

    bool isEnabled() const { return endpoint.isValid() && !endpoint.isEmpty(); }
    QUrl statementsUrl() const { return endpoint.resolved(QUrl(QStringLiteral("statements"))); }
};

struct LrsConfigResult
{
    LrsConfig config; // disabled when error is set
    QString error;    // what is wrong and where it was set, for the learner and the log
};

LrsConfigResult resolveLrsConfig(const QSettings &settings, const QProcessEnvironment &env,
                                 const QString &commandLineEndpoint);

// Empty when the endpoint may be used; otherwise why not.
QString endpointProblem(const QUrl &endpoint);

// A request to the LRS as xAPI 1.0.3 wants it: the version header, Basic auth, a
// transfer time-out, and redirects only to places at least as safe.
QNetworkRequest lrsRequest(const LrsConfig &config, const QUrl &url, int timeoutMs);

} // namespace leerpad::xapi
