// MainWindow's results: the learner's results file to hand in, and the trainer's class
// report (docs/results.md). What goes in the file is the core's: the statements of the
// course's registration, as the store's outbox holds them (statementsfile.h).
#include "core/learning/navigator.h"
#include "core/progress/progressstore.h"
#include "core/results/learnerprofile.h"
#include "core/results/lrsconfig.h"
#include "core/results/statementsfile.h"
#include "core/session/coursesession.h"
#include "core/session/sessionhost.h"
#include "ui/trainer/classreportdialog.h"
#include "ui/trainer/refusedresultsdialog.h"
#include "ui/window/mainwindow.h"
#include "ui/window/noticebar.h"
#include "ui/window/playeractions.h"
#include "ui/window/whoamidialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace leerpad {

void MainWindow::exportResults()
{
    if (!m_session)
        return;
    QSettings settings;
    xapi::LearnerProfile learner = xapi::profileById(settings, m_host->store()->profileId());
    // A file the trainer cannot put a name to is no use: the first export asks.
    if (!ensureLearnerName(this, &learner))
        return;
    m_host->setDisplayName(learner.name);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                xapi::resultsFileName(learner.name, m_session->course().id, QDate::currentDate()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Resultaten opslaan"), suggested,
                                                      tr("Resultatenbestanden (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes =
        xapi::statementsFileBytes(m_host->store()->statementsOf(m_session->course().id));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox failed(QMessageBox::Warning, tr("Resultaten exporteren"),
                           tr("De resultaten konden niet worden opgeslagen in %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()),
                           QMessageBox::Ok, this);
        failed.setTextFormat(Qt::PlainText);
        failed.exec();
        return;
    }
    m_noticeBar->showNotice(tr("Je resultaten zijn opgeslagen als %1. Lever dit bestand in bij je trainer.")
                                .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::askWhoAmI()
{
    QSettings settings;
    WhoAmIDialog dialog(xapi::profileById(settings, m_host->store()->profileId()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    xapi::saveProfile(settings, dialog.profile());
    m_host->setDisplayName(dialog.profile().name);
    m_noticeBar->showNotice(tr("Je resultaten staan voortaan op naam van %1.").arg(dialog.profile().name));
}

void MainWindow::showClassReport()
{
    ClassReportDialog dialog(this);
    dialog.load({}, m_session ? m_session->coursePointer() : nullptr);
    // The LRS the learners' results went to, as the settings or the environment name it.
    QSettings settings;
    const xapi::LrsConfigResult lrs =
        xapi::resolveLrsConfig(settings, QProcessEnvironment::systemEnvironment(), {});
    dialog.setLrs(lrs.config);
    // A question's theory page, in the window: the rule the trainer will explain again.
    connect(&dialog, &ClassReportDialog::pageRequested, this,
            [this, &dialog](const QString &pageId) {
                if (m_session && m_session->navigator()->goTo(pageId))
                    dialog.accept();
            });
    dialog.exec();
}

void MainWindow::showRefusedResults()
{
    RefusedResultsDialog dialog(m_host->store(), this);
    dialog.exec();
    updateRefusedResults();
}

void MainWindow::updateRefusedResults()
{
    m_actions->refusedResults->setEnabled(m_host->store()->outboxStatus().quarantined > 0);
}

} // namespace leerpad
