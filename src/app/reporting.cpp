#include "app/reporting.h"

#include "core/progress/progressstore.h"
#include "core/results/learnerprofile.h"
#include "core/results/lrssender.h"
#include "core/session/sessionhost.h"
#include "ui/window/mainwindow.h"
#include "ui/window/noticebar.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

namespace leerpad {

namespace {

// A secret in the user's own settings file is for this user only.
void protectSecret(QSettings &settings)
{
    if (settings.contains(QStringLiteral("lrs/secret")) && QFile::exists(settings.fileName()))
        QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

bool startReporting(SessionHost &host, ProgressStore &store, MainWindow &window,
                    const CommandLine &commandLine, QTextStream &err)
{
    QSettings settings;
    const xapi::LrsConfigResult config =
        xapi::resolveLrsConfig(settings, QProcessEnvironment::systemEnvironment(), commandLine.lrsEndpoint);
    if (!config.error.isEmpty()) {
        err << "leerpad: results are not sent: " << config.error << '\n';
        err.flush();
        return false;
    }
    if (!config.config.isEnabled())
        return false; // nothing leaves the machine
    protectSecret(settings);
    const xapi::LearnerProfile profile =
        xapi::chooseProfile(settings, commandLine.learnerName, commandLine.learnerId);
    host.reportAs(xapi::actorOf(profile, xapi::homePageFor(settings)),
                  QStringLiteral("Leerpad %1").arg(QCoreApplication::applicationVersion()),
                  config.config.activityBase);

    auto *sender = new xapi::LrsSender(&store, config.config, &window);
    auto *status = new QLabel(&window);
    status->setObjectName(QStringLiteral("resultsStatus"));
    window.statusBar()->addPermanentWidget(status);
    const auto refresh = [sender, status] {
        const QString text = sender->statusText();
        status->setText(text);
        status->setAccessibleName(text);
        status->setVisible(!text.isEmpty());
    };
    QObject::connect(sender, &xapi::LrsSender::batchFinished, status, refresh);
    QObject::connect(&store, &ProgressStore::outboxChanged, status, refresh);
    // Said once, when the LRS refuses the credentials; the status line keeps saying it.
    QObject::connect(sender, &xapi::LrsSender::stopped, &window, [&window, sender, refresh] {
        window.noticeBar()->showNotice(sender->statusText());
        refresh();
    });
    refresh();
    sender->start();
    return true;
}

} // namespace leerpad
