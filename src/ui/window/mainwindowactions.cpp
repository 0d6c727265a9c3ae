// MainWindow's wiring: what each menu action and each intent of the page view leads to.
// The window's layout and its reactions to the session are mainwindow.cpp.
#include "ui/window/mainwindow.h"

#include "core/learning/navigator.h"
#include "core/learning/selftestsession.h"
#include "core/progress/progressstore.h"
#include "core/session/coursesession.h"
#include "core/session/sessionhost.h"
#include "ui/a11y/accessiblefactory.h"
#include "ui/page/glossarydialog.h"
#include "ui/page/pageview.h"
#include "ui/selftest/selftestrunpage.h"
#include "ui/selftest/selftestview.h"
#include "ui/style/focusring.h"
#include "ui/style/theme.h"
#include "ui/style/themepalette.h"
#include "ui/trainer/diagnosticsdock.h"
#include "ui/trainer/outlinedock.h"
#include "ui/window/aboutdialog.h"
#include "ui/window/courseopen.h"
#include "ui/window/loaderrorview.h"
#include "ui/window/navigationbar.h"
#include "ui/window/noticebar.h"
#include "ui/window/playeractions.h"
#include "ui/window/recentfiles.h"
#include "ui/window/shortcutsdialog.h"
#include "ui/window/sidebar.h"
#include "ui/window/themechoice.h"
#include "ui/window/tocmodel.h"
#include "ui/window/zoom.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace leerpad {

void MainWindow::connectActions()
{
    const PlayerActions &a = *m_actions;
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.openCourse, &QAction::triggered, this, &MainWindow::chooseCourse);
    connect(a.openFolder, &QAction::triggered, this, [this] {
        const QString path = askForCourseFolder(this, m_host->coursePath());
        if (!path.isEmpty())
            openCourse(path);
    });
    connect(a.exportHandout, &QAction::triggered, this, &MainWindow::exportHandout);
    connect(a.exportResults, &QAction::triggered, this, &MainWindow::exportResults);
    connect(a.whoAmI, &QAction::triggered, this, &MainWindow::askWhoAmI);
    connect(a.classReport, &QAction::triggered, this, &MainWindow::showClassReport);
    connect(a.refusedResults, &QAction::triggered, this, &MainWindow::showRefusedResults);
    connect(m_host->store(), &ProgressStore::outboxChanged, this,
            &MainWindow::updateRefusedResults);
    updateRefusedResults();
    connect(a.showDiagnostics, &QAction::toggled, this, [this](bool on) {
        if (on || m_diagnosticsDock)
            diagnosticsDock()->setVisible(on);
    });
    connect(a.trainerView, &QAction::toggled, this, &MainWindow::setTrainerMode);
    connect(a.resetProgress, &QAction::triggered, this, &MainWindow::confirmReset);
    connect(a.showToc, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(a.glossary, &QAction::triggered, this, &MainWindow::showGlossary);
    connect(a.zoomIn, &QAction::triggered, m_zoom, &Zoom::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_zoom, &Zoom::zoomOut);
    connect(a.zoomReset, &QAction::triggered, m_zoom, &Zoom::reset);
    connect(m_zoom, &Zoom::changed, this, &MainWindow::applyZoom);
    // View → Thema: applied at once (every widget follows its palette) and kept.
    for (QAction *action : a.themes) {
        const auto id = appearance::themeFromKey(action->data().toString());
        action->setChecked(id == theme::activeTheme());
        connect(action, &QAction::triggered, this, [id] {
            theme::applyTheme(*id);
            themechoice::save(*id);
        });
    }
    connect(m_pageView, &PageView::zoomRequested, this, [this](int steps) {
        for (int i = 0; i < qAbs(steps); ++i)
            steps > 0 ? m_zoom->zoomIn() : m_zoom->zoomOut();
    });
    // Navigation goes to whichever session is shown at the time. A page turned by a key
    // while the table of contents has focus moves focus to the new page, so its number
    // keys and Tab work at once (arrowing through the contents does not turn a page
    // through these actions, and keeps focus there).
    const auto navigate = [this](bool (Navigator::*step)()) {
        return [this, step] {
            if (!m_session)
                return;
            const bool fromContents = m_sidebar->isAncestorOf(QApplication::focusWidget());
            if ((m_session->navigator()->*step)() && fromContents)
                currentPageArea()->setFocus(Qt::OtherFocusReason);
        };
    };
    connect(a.previous, &QAction::triggered, this, navigate(&Navigator::previous));
    connect(a.next, &QAction::triggered, this, navigate(&Navigator::next));
    connect(a.first, &QAction::triggered, this, navigate(&Navigator::first));
    connect(a.last, &QAction::triggered, this, navigate(&Navigator::last));
    connect(a.back, &QAction::triggered, this, navigate(&Navigator::back));
    connect(a.pageUp, &QAction::triggered, this, [this] { pageKey(-1); });
    connect(a.pageDown, &QAction::triggered, this, [this] { pageKey(1); });
    connect(a.switchPane, &QAction::triggered, this, &MainWindow::switchPane);
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    // Page keys live on the window, not in a menu.
    addActions({a.pageUp, a.pageDown});

    connect(m_navBar, &NavigationBar::previousRequested, this, [this] {
        if (m_session)
            m_session->navigator()->previous();
    });
    connect(m_navBar, &NavigationBar::nextRequested, this, [this] {
        if (m_session)
            m_session->navigator()->next();
    });
    connect(m_toc->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTocCurrentChanged);
    connect(m_toc, &QTreeView::activated, this, &MainWindow::onTocActivated);
    connect(m_toc, &QTreeView::clicked, this, &MainWindow::onTocActivated);
    a.back->setEnabled(false);
}

void MainWindow::connectPage()
{
    // The page's intents go to the session shown; a closed session ignores them.
    connect(m_pageView, &PageView::practiceAnswerChanged, this,
            [this](const QString &questionId, const QStringList &ids, bool checked) {
                if (m_session)
                    m_session->answerPractice(questionId, ids, checked);
            });
    connect(m_pageView, &PageView::audioPositionChanged, this,
            [this](const QString &blockId, qint64 ms) {
                if (m_session)
                    m_session->keepAudioPosition(blockId, ms);
            });
    connect(m_pageView, &PageView::dialogueFinished, this, [this](const QString &blockId) {
        if (m_session)
            m_session->finishDialogue(blockId);
    });
    connect(m_pageView, &PageView::selfTestRequested, this, &MainWindow::openSelfTest);
    connect(m_pageView, &PageView::pageRequested, this, [this](int index) {
        if (m_session)
            m_session->navigator()->goToIndex(index);
    });
    connect(m_pageView, &PageView::selfTestResultsRequested, this, &MainWindow::openSelfTestResults);
    connect(m_pageView, &PageView::glossaryRequested, this, &MainWindow::showGlossary);
}

} // namespace leerpad
