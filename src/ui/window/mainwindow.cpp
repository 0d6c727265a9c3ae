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

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kTocVisibleKey = QStringLiteral("window/tocVisible");
} // namespace

MainWindow::MainWindow(SessionHost *host, QWidget *parent)
    : QMainWindow(parent), m_host(host), m_actions(std::make_unique<PlayerActions>(this)),
      m_tocModel(new TocModel(this)), m_zoom(new Zoom(this))
{
    // Before any widget is asked for its accessible interface (accessiblefactory.h).
    a11y::installAccessibleFactory();
    setWindowTitle(tr("Leerpad"));
    buildLayout();
    auto *recentMenu = new QMenu(this);
    m_actions->fillMenuBar(menuBar(), recentMenu);
    m_recentFiles = new RecentFiles(recentMenu, this);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openCourse);
    setAcceptDrops(true);
    connectActions();
    connectPage();
    applyZoom();

    connect(m_host, &SessionHost::sessionClosing, this, &MainWindow::releaseSession);
    connect(m_host, &SessionHost::sessionOpened, this, &MainWindow::showSession);
    connect(m_host, &SessionHost::openFailed, this, &MainWindow::showOpenFailure);
    connect(m_host, &SessionHost::diagnosticsChanged, this, &MainWindow::showDiagnostics);
    ProgressStore *store = m_host->store();
    connect(store, &ProgressStore::savingChanged, this, &MainWindow::showStoreState);
    connect(store, &ProgressStore::recovered, this, [this](const StoreRecovery &r) {
        m_noticeBar->showNotice(ProgressStore::describe(r));
    });
    // What happened while the store opened, before anyone could listen.
    QStringList notices;
    for (const StoreRecovery &r : store->recoveries())
        notices << ProgressStore::describe(r);
    if (!notices.isEmpty())
        m_noticeBar->showNotice(notices.join(QLatin1Char('\n')));
    showStoreState();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // Never larger than the screen it opens on.
        QSize size(1200, 780);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize());
        resize(size);
    }
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_actions->showToc->setChecked(settings.value(kTocVisibleKey, true).toBool());
    m_sidebar->setVisible(m_actions->showToc->isChecked());

    if (m_host->session())
        showSession(m_host->session(), false);
    else
        setCourseActionsEnabled(false);
}

MainWindow::~MainWindow()
{
    // Docks report visibility changes while the window is torn down; by then the
    // lambdas connected to them would run on a half-destroyed MainWindow.
    const auto docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        dock->disconnect(this);
    // The page's dialogues report where they are while they still can.
    if (m_session)
        releaseSession(m_session);
    m_host->disconnect(this);
    m_host->store()->disconnect(this);
}

void MainWindow::buildLayout()
{
    m_sidebar = new Sidebar(m_tocModel, this);
    m_toc = m_sidebar->toc();
    m_pageView = new PageView;

    // The page first; the error view and the self-test join when first needed.
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new FocusRing(m_pageView, m_stack));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 860});
    m_splitter->setChildrenCollapsible(false);

    m_navBar = new NavigationBar(this);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_noticeBar = new NoticeBar(this);
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(line);
    layout->addWidget(m_navBar);
    setCentralWidget(central);

    setTabOrder(m_toc, m_pageView);
}

bool MainWindow::openCourse(const QString &path)
{
    const bool ok = m_host->open(path);
    if (QFileInfo::exists(m_host->coursePath()))
        m_recentFiles->add(m_host->coursePath());
    return ok;
}

void MainWindow::releaseSession(CourseSession *session)
{
    if (session != m_session)
        return;
    // What the page still holds (a dialogue's place) goes to the session while it can
    // take it; then nothing here refers to it any more.
    m_pageView->saveAudioPositions();
    m_closedTestScreen = m_selfTestView ? int(m_selfTestView->screen()) : -1;
    m_closedTestQuestion = m_selfTestView ? m_selfTestView->runPage()->currentIndex() : 0;
    showSelfTestView(false);
    m_pageView->setSession(nullptr);
    m_tocModel->setCourse(nullptr, nullptr);
    session->disconnect(this);
    session->navigator()->disconnect(this);
    m_session = nullptr;
}

void MainWindow::showSession(CourseSession *session, bool reloaded)
{
    if (m_session)
        releaseSession(m_session);
    const int testScreen = reloaded ? std::exchange(m_closedTestScreen, -1) : -1;
    m_session = session;
    // Every course shown goes to Recent, also the one opened at start (the bundled
    // module, or a path from the command line or the file manager).
    if (!reloaded && QFileInfo::exists(m_host->coursePath()))
        m_recentFiles->add(m_host->coursePath());
    const Course &course = session->course();
    Navigator *nav = session->navigator();
    connect(nav, &Navigator::currentChanged, this,
            [this](int index, const QString &) { onCurrentChanged(index); });
    connect(nav, &Navigator::progressChanged, this, &MainWindow::onProgressChanged);
    connect(nav, &Navigator::historyChanged, m_actions->back, &QAction::setEnabled);
    connect(session, &CourseSession::progressReset, this, [this] {
        showSelfTestView(false);
        m_noticeBar->showNotice(tr("Je voortgang in deze cursus is gewist."));
    });

    m_pageView->setSession(session);
    m_tocModel->setCourse(session->coursePointer(), nav);
    m_toc->expandAll();
    setCourseActionsEnabled(true);
    m_actions->glossary->setEnabled(!course.glossary.isEmpty());
    m_actions->back->setEnabled(nav->canGoBack());
    if (m_outlineDock)
        m_outlineDock->setCourse(session->coursePointer());
    setWindowTitle(tr("%1 — Leerpad").arg(course.title));
    m_sidebar->setCourseTitle(course.title, course.subtitle);
    m_stack->setCurrentIndex(0);
    onCurrentChanged(nav->currentIndex());

    if (session->wasResumed() && !reloaded) {
        QString notice = tr("Verder waar je gebleven was.");
        const QString changed = ProgressStore::describe(session->changes());
        if (!changed.isEmpty())
            notice += QLatin1Char(' ') + changed;
        m_noticeBar->showNotice(notice);
    }
    // A running test stays on screen, on the same question, across a reload of the
    // course file.
    if (testScreen >= 0 && session->selfTest() &&
        nav->currentIndex() == session->index().selfTestPage()) {
        if (testScreen == int(SelfTestView::Screen::Question) && session->selfTest()->current()) {
            openSelfTest();
            m_selfTestView->runPage()->showIndex(m_closedTestQuestion);
        } else if (session->selfTest()->latestSubmitted()) {
            openSelfTestResults();
        }
    }
}

void MainWindow::showOpenFailure()
{
    if (m_session)
        releaseSession(m_session);
    setWindowTitle(tr("Leerpad"));
    m_sidebar->setCourseTitle({}, {});
    errorView()->showDiagnostics(m_host->diagnostics());
    m_stack->setCurrentWidget(m_errorView);
    m_navBar->setPage(-1, 0);
    m_navBar->setProgress(0, 0);
    setCourseActionsEnabled(false);
    if (m_outlineDock)
        m_outlineDock->setCourse(nullptr);
}

void MainWindow::setCourseActionsEnabled(bool enabled)
{
    for (QAction *action : {m_actions->previous, m_actions->next, m_actions->first,
                            m_actions->last, m_actions->pageUp, m_actions->pageDown,
                            m_actions->glossary, m_actions->switchPane,
                            m_actions->exportHandout, m_actions->exportResults,
                            m_actions->resetProgress})
        action->setEnabled(enabled);
    if (!enabled)
        m_actions->back->setEnabled(false);
    m_navBar->setEnabled(enabled);
    m_sidebar->setEnabled(enabled);
}

void MainWindow::onCurrentChanged(int index)
{
    if (!m_session)
        return;
    const Navigator *nav = m_session->navigator();
    m_navBar->setPage(index, nav->pageCount());
    m_pageView->showPage(index);
    {
        m_syncingToc = true;
        const QModelIndex tocIndex = m_tocModel->indexForPage(index);
        m_toc->setCurrentIndex(tocIndex);
        m_toc->scrollTo(tocIndex);
        m_syncingToc = false;
    }
    updatePageArea();
    onProgressChanged();
}

void MainWindow::onProgressChanged()
{
    if (m_session)
        m_navBar->setProgress(m_session->navigator()->completedCount(),
                              m_session->navigator()->pageCount());
}

void MainWindow::onTocCurrentChanged(const QModelIndex &index)
{
    if (m_syncingToc || !m_session)
        return;
    const int page = m_tocModel->pageIndexOf(index);
    if (page >= 0)
        m_session->navigator()->goToIndex(page);
}

void MainWindow::onTocActivated(const QModelIndex &index)
{
    if (m_tocModel->pageIndexOf(index) >= 0)
        return; // pages follow the current item already
    // A section: go to its first page.
    const QModelIndex firstPage = m_tocModel->index(0, 0, index);
    if (firstPage.isValid())
        m_toc->setCurrentIndex(firstPage);
}

void MainWindow::pageKey(int direction)
{
    if (!m_session)
        return;
    if (m_stack->currentIndex() == 0 && m_pageView->isVisible() &&
        m_pageView->scrollByPage(direction))
        return;
    if (direction > 0)
        m_session->navigator()->next();
    else
        m_session->navigator()->previous();
}

void MainWindow::setMediaPlayers(MediaPlayers players)
{
    m_pageView->setMediaPlayers(std::move(players));
}

void MainWindow::applyZoom()
{
    QFont f = QApplication::font();
    f.setPointSize(m_zoom->pointSize());
    m_pageView->setContentFont(f);
    // The self-test follows the same text size as the page.
    if (m_selfTestView) {
        m_selfTestView->setFont(f);
        theme::applyScaledFonts(m_selfTestView, f);
    }
    m_actions->zoomIn->setEnabled(m_zoom->canZoomIn());
    m_actions->zoomOut->setEnabled(m_zoom->canZoomOut());
}

void MainWindow::switchPane()
{
    QWidget *focus = QApplication::focusWidget();
    const bool inToc = focus && (focus == m_toc || m_sidebar->isAncestorOf(focus));
    if (inToc || !m_sidebar->isVisible()) {
        QWidget *area = currentPageArea();
        area->setFocus(Qt::ShortcutFocusReason);
    } else {
        m_toc->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::confirmReset()
{
    if (!m_session)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Voortgang wissen"),
        tr("Alle voortgang van “%1” wissen? Bekeken pagina's, je plek in de cursus en alle "
           "pogingen van de test worden verwijderd. Dit kun je niet ongedaan maken.")
            .arg(m_session->course().title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_session->resetProgress();
}

void MainWindow::showStoreState()
{
    const ProgressStore *store = m_host->store();
    m_noticeBar->setWarning(store->isSaving() ? QString() : store->savingWarning());
}

void MainWindow::showGlossary()
{
    if (!m_session)
        return;
    GlossaryDialog dialog(m_session->course().glossary, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session ? &m_session->course() : nullptr, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(*m_actions, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kTocVisibleKey, m_actions->showToc->isChecked());
    QMainWindow::closeEvent(event);
}

} // namespace leerpad
