// MainWindow's results: the learner's results file to hand in, and the trainer's class
// report (docs/results.md). What goes in the file is the core's (resultsfile.h).
#include "ui/window/mainwindow.h"

#include "core/results/learnerprofile.h"
#include "core/results/resultsfile.h"
#include "core/session/coursesession.h"
#include "ui/trainer/classreportdialog.h"
#include "ui/window/noticebar.h"
#include "ui/window/whoamidialog.h"

#include <QCoreApplication>
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
    xapi::LearnerProfile learner = xapi::chooseProfile(settings, {}, {});
    // A file the trainer cannot put a name to is no use: the first export asks.
    if (!ensureLearnerName(this, &learner))
        return;
    const QString who = learner.name.isEmpty() ? QString() : QLatin1Char('-') + learner.name.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(m_session->course().id + who + QStringLiteral("-resultaten.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Resultaten opslaan"), suggested,
                                                      tr("Resultatenbestanden (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes =
        xapi::resultsFileBytes(*m_session, learner, QDateTime::currentDateTimeUtc(),
                               QStringLiteral("Leerpad %1").arg(QCoreApplication::applicationVersion()));
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
    WhoAmIDialog dialog(xapi::chooseProfile(settings, {}, {}), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    xapi::saveProfile(settings, dialog.profile());
    m_noticeBar->showNotice(tr("Je resultaten staan voortaan op naam van %1.").arg(dialog.profile().name));
}

void MainWindow::showClassReport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Resultatenbestanden van de klas"), {},
                                                            tr("Resultatenbestanden (*.json)"));
    if (files.isEmpty())
        return;
    ClassReportDialog dialog(this);
    dialog.load(files, m_session ? &m_session->course() : nullptr);
    dialog.exec();
}

} // namespace leerpad
