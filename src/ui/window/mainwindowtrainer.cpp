// The trainer's side of the window: opening courses (dialog, recent list, drops), the
// diagnostics panel, the trainer view and the handout export. Split from mainwindow.cpp
// to keep each file about one thing; the layout and navigation stay there.

#include "ui/window/mainwindow.h"

#include "core/learning/navigator.h"
#include "ui/page/pageview.h"
#include "ui/trainer/diagnosticsdock.h"
#include "ui/trainer/handoutexport.h"
#include "ui/trainer/outlinedock.h"
#include "ui/window/courseopen.h"
#include "ui/window/playeractions.h"
#include "ui/window/recentfiles.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>

namespace leerpad {

void MainWindow::setCoursePath(const QString &path)
{
    m_coursePath = path.isEmpty() ? QString() : absoluteCourseFile(path);
}

bool MainWindow::openCourse(const QString &path)
{
    setCoursePath(path);
    LoadOptions options;
    options.missingMediaIsError = false; // the viewer degrades; --validate insists
    const LoadResult result = loadCourse(m_coursePath, options);
    if (QFileInfo::exists(m_coursePath))
        m_recentFiles->add(m_coursePath);
    showLoadResult(result);
    return result.ok();
}

void MainWindow::chooseCourse()
{
    const QString path = askForCourse(this, m_coursePath);
    if (!path.isEmpty())
        openCourse(path);
}

void MainWindow::exportHandout()
{
    if (m_course)
        exportHandoutInteractively(*m_course, this);
}

void MainWindow::showDiagnostics(const Diagnostics &diagnostics, bool stale)
{
    m_diagnosticsDock->setDiagnostics(diagnostics, stale);
    if (hasErrors(diagnostics))
        m_diagnosticsDock->show();
}

void MainWindow::setTrainerMode(bool on)
{
    if (m_actions->trainerView->isChecked() != on)
        m_actions->trainerView->setChecked(on); // comes back here through toggled
    if (m_pageView->trainerMode() == on)
        return;
    m_pageView->setTrainerMode(on);
    m_outlineDock->setVisible(on);
    // Rebuild the page shown so its questions show (or hide) the key.
    if (m_course)
        onCurrentChanged(m_navigator->currentIndex());
}

bool MainWindow::trainerMode() const
{
    return m_pageView->trainerMode();
}

void MainWindow::goToPosition(int section, int page)
{
    const int index = int(m_pagePositions.indexOf(QPair<int, int>(section, page)));
    if (index >= 0)
        m_navigator->goToIndex(index);
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
