#include "app/reporting.h"

#include "core/progress/progressstore.h"
#include "core/results/learnerprofile.h"
#include "core/results/lrssender.h"
#include "core/session/sessionhost.h"
#include "ui/window/mainwindow.h"
#include "ui/window/noticebar.h"
#include "ui/window/profilechooser.h"
#include "ui/window/whoamidialog.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace leerpad {

namespace {

// A secret in the user's own settings file is for this user only.
void protectSecret(QSettings &settings)
{
    if (settings.contains(QStringLiteral("lrs/secret")) && QFile::exists(settings.fileName()))
        QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

std::optional<xapi::LearnerProfile> chooseStartProfile(const CommandLine &commandLine)
{
    QSettings settings;
    const bool named = !commandLine.learnerName.isEmpty() || !commandLine.learnerId.isEmpty();
    xapi::LearnerProfile profile =
        xapi::chooseProfile(settings, commandLine.learnerName, commandLine.learnerId);
    const QList<xapi::LearnerProfile> profiles = xapi::allProfiles(settings);
    // A trainer looking at a course is not one of the learners.
    if (named || commandLine.trainer || profiles.size() < 2)
        return profile;
    ProfileChooser chooser(profiles, profile.id);
    if (chooser.exec() != QDialog::Accepted)
        return std::nullopt;
    profile = chooser.chosen();
    if (profile.id.isEmpty())
        return xapi::newProfile(settings, profile.name, profile.studentNumber);
    xapi::saveProfile(settings, profile); // the current one from now on
    return profile;
}

bool startReporting(SessionHost &host, ProgressStore &store, MainWindow &window,
                    const CommandLine &commandLine, const xapi::LearnerProfile &learner,
                    QTextStream &err)
{
    QSettings settings;
    const xapi::LrsConfigResult config =
        xapi::resolveLrsConfig(settings, QProcessEnvironment::systemEnvironment(), commandLine.lrsEndpoint);
    // Always, LRS or not: the statements are also the results file the learner hands in.
    host.reportAs(xapi::actorOf(learner, xapi::homePageFor(settings)),
                  QStringLiteral("Leerpad %1").arg(QCoreApplication::applicationVersion()),
                  config.config.activityBase);
    if (!config.error.isEmpty()) {
        err << "leerpad: results are not sent: " << config.error << '\n';
        err.flush();
        return false;
    }
    if (!config.config.isEnabled())
        return false; // nothing leaves the machine
    protectSecret(settings);

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
    if (!learner.name.isEmpty()) {
        sender->start();
        return true;
    }
    // Results are about to leave the machine: the trainer must be able to tell whose they
    // are, so a learner without a name is asked now — once the course is on screen, never
    // in front of it — and sending starts after the answer (or without a name, when the
    // learner declines: the account still tells one learner from another).
    QTimer::singleShot(0, &window, [&window, &host, sender, learner] {
        xapi::LearnerProfile named = learner;
        if (ensureLearnerName(&window, &named))
            host.setDisplayName(named.name);
        sender->start();
    });
    return true;
}

} // namespace leerpad
