// The trainer's side of the window: opening courses (dialog, recent list, drops), the
// diagnostics panel, the trainer view and the hand-out export. Split from
// mainwindow.cpp to keep each file about one thing; the layout and navigation stay
// there. The panels are built when first shown: a learner's start needs neither.

#include "ui/window/mainwindow.h"

#include "core/learning/navigator.h"
#include "core/session/coursesession.h"
#include "core/session/sessionhost.h"
#include "ui/page/pageview.h"
#include "ui/trainer/diagnosticsdock.h"
#include "ui/trainer/handoutexport.h"
#include "ui/trainer/outlinedock.h"
#include "ui/window/courseopen.h"
#include "ui/window/noticebar.h"
#include "ui/window/playeractions.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

namespace leerpad {

void MainWindow::chooseCourse()
{
    const QString path = askForCourse(this, m_host->coursePath());
    if (!path.isEmpty())
        openCourse(path);
}

void MainWindow::exportHandout()
{
    if (!m_session)
        return;
    // Say where it went: a save dialog that just closes leaves the trainer guessing.
    const QString saved = exportHandoutInteractively(m_session->course(), this);
    if (!saved.isEmpty())
        m_noticeBar->showNotice(tr("De hand-out is opgeslagen als %1.").arg(QDir::toNativeSeparators(saved)));
}

DiagnosticsDock *MainWindow::diagnosticsDock()
{
    if (m_diagnosticsDock)
        return m_diagnosticsDock;
    m_diagnosticsDock = new DiagnosticsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    m_diagnosticsDock->hide();
    m_diagnosticsDock->setDiagnostics(m_host->diagnostics());
    connect(m_diagnosticsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // Tabbed-away docks report invisible too; only closing unchecks the action.
        if (visible || m_diagnosticsDock->isHidden())
            m_actions->showDiagnostics->setChecked(visible);
    });
    connect(m_diagnosticsDock, &DiagnosticsDock::pageRequested, this, &MainWindow::goToPosition);
    return m_diagnosticsDock;
}

OutlineDock *MainWindow::outlineDock()
{
    if (m_outlineDock)
        return m_outlineDock;
    m_outlineDock = new OutlineDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_outlineDock);
    m_outlineDock->hide();
    m_outlineDock->setCourse(m_session ? m_session->coursePointer() : nullptr);
    return m_outlineDock;
}

void MainWindow::showDiagnostics(const Diagnostics &diagnostics, bool stale)
{
    const bool errors = hasErrors(diagnostics);
    if (m_diagnosticsDock || errors)
        diagnosticsDock()->setDiagnostics(diagnostics, stale);
    // A course that cannot open, or a reload that failed, needs the panel. An error the
    // course opens with all the same (a missing audio file) opens it for a trainer only:
    // the learner reads the dialogue instead and its page says so.
    if (!hasBlockingErrors(diagnostics) && !(errors && m_trainerMode))
        return;
    diagnosticsDock()->show();
    if (stale && !diagnostics.isEmpty()) {
        // Also when the panel is closed again: the window says that the file it shows is
        // not what is on disk.
        m_noticeBar->showNotice(
            tr("De nieuwe versie van het cursusbestand bevat fouten; de laatste goede versie "
               "blijft zichtbaar. Eerste fout: %1")
                .arg(diagnostics.constFirst().toLocalizedString()));
    }
}

void MainWindow::setTrainerMode(bool on)
{
    if (m_actions->trainerView->isChecked() != on)
        m_actions->trainerView->setChecked(on); // comes back here through toggled
    if (m_trainerMode == on)
        return;
    m_trainerMode = on;
    m_pageView->setTrainerMode(on);
    if (on || m_outlineDock)
        outlineDock()->setVisible(on);
    // Rebuild the page shown so its questions show (or hide) the key.
    if (m_session)
        onCurrentChanged(m_session->navigator()->currentIndex());
}

bool MainWindow::trainerMode() const
{
    return m_trainerMode;
}

void MainWindow::goToPosition(int section, int page)
{
    if (!m_session)
        return;
    const int index = m_session->index().pageAt({section, page});
    if (index >= 0)
        m_session->navigator()->goToIndex(index);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCourse(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedCourse(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openCourse(path);
}

} // namespace leerpad
