#include "ui/window/mainwindow.h"

#include "ui/window/noticebar.h"

#include "core/learning/navigator.h"
#include "ui/page/glossarydialog.h"
#include "ui/page/pageview.h"
#include "ui/style/focusring.h"
#include "ui/trainer/diagnosticsdock.h"
#include "ui/trainer/livereload.h"
#include "ui/trainer/outlinedock.h"
#include "ui/window/aboutdialog.h"
#include "ui/window/courseopen.h"
#include "ui/window/loaderrorview.h"
#include "ui/window/navigationbar.h"
#include "ui/window/playeractions.h"
#include "ui/window/recentfiles.h"
#include "ui/window/shortcutsdialog.h"
#include "ui/window/sidebar.h"
#include "ui/window/tocmodel.h"
#include "ui/window/zoom.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace leerpad {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kTocVisibleKey = QStringLiteral("window/tocVisible");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_actions(std::make_unique<PlayerActions>(this)),
      m_navigator(new Navigator(this)), m_tocModel(new TocModel(this)), m_zoom(new Zoom(this))
{
    setWindowTitle(tr("Leerpad"));
    buildLayout();
    auto *recentMenu = new QMenu(this);
    m_actions->fillMenuBar(menuBar(), recentMenu);
    m_recentFiles = new RecentFiles(recentMenu, this);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openCourse);
    m_liveReload = new LiveReload(this);
    setAcceptDrops(true);
    connectActions();
    applyZoom();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 780);
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_actions->showToc->setChecked(settings.value(kTocVisibleKey, true).toBool());
    m_sidebar->setVisible(m_actions->showToc->isChecked());
}

MainWindow::~MainWindow()
{
    // Docks report visibility changes while the window is torn down; by then the
    // lambdas connected to them would run on a half-destroyed MainWindow.
    const auto docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        dock->disconnect(this);
}

void MainWindow::buildLayout()
{
    m_sidebar = new Sidebar(m_tocModel, this);
    m_toc = m_sidebar->toc();
    m_pageView = new PageView;
    m_errorView = new LoadErrorView;

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new FocusRing(m_pageView, m_stack));
    m_stack->addWidget(m_errorView);

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

    m_diagnosticsDock = new DiagnosticsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    m_diagnosticsDock->hide();
    m_outlineDock = new OutlineDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_outlineDock);
    m_outlineDock->hide();
}

void MainWindow::connectActions()
{
    const PlayerActions &a = *m_actions;
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.openCourse, &QAction::triggered, this, &MainWindow::chooseCourse);
    connect(a.openFolder, &QAction::triggered, this, [this] {
        const QString path = askForCourseFolder(this, m_coursePath);
        if (!path.isEmpty())
            openCourse(path);
    });
    connect(a.exportHandout, &QAction::triggered, this, &MainWindow::exportHandout);
    connect(a.showDiagnostics, &QAction::toggled, m_diagnosticsDock, &QWidget::setVisible);
    connect(m_diagnosticsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // Tabbed-away docks report invisible too; only closing unchecks the action.
        if (visible || m_diagnosticsDock->isHidden())
            m_actions->showDiagnostics->setChecked(visible);
    });
    connect(a.trainerView, &QAction::toggled, this, &MainWindow::setTrainerMode);
    connect(m_diagnosticsDock, &DiagnosticsDock::pageRequested, this, &MainWindow::goToPosition);
    connect(a.resetProgress, &QAction::triggered, this, &MainWindow::resetProgressRequested);
    connect(a.showToc, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(a.glossary, &QAction::triggered, this, &MainWindow::showGlossary);
    connect(a.zoomIn, &QAction::triggered, m_zoom, &Zoom::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_zoom, &Zoom::zoomOut);
    connect(a.zoomReset, &QAction::triggered, m_zoom, &Zoom::reset);
    connect(m_zoom, &Zoom::changed, this, &MainWindow::applyZoom);
    connect(m_pageView, &PageView::zoomRequested, this, [this](int steps) {
        for (int i = 0; i < qAbs(steps); ++i)
            steps > 0 ? m_zoom->zoomIn() : m_zoom->zoomOut();
    });
    connect(a.previous, &QAction::triggered, m_navigator, &Navigator::previous);
    connect(a.next, &QAction::triggered, m_navigator, &Navigator::next);
    connect(a.pageUp, &QAction::triggered, this, [this] { pageKey(-1); });
    connect(a.pageDown, &QAction::triggered, this, [this] { pageKey(1); });
    connect(a.first, &QAction::triggered, m_navigator, &Navigator::first);
    connect(a.last, &QAction::triggered, m_navigator, &Navigator::last);
    connect(a.back, &QAction::triggered, m_navigator, &Navigator::back);
    connect(a.switchPane, &QAction::triggered, this, &MainWindow::switchPane);
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    // Page keys live on the window, not in a menu.
    addActions({a.pageUp, a.pageDown});

    connect(m_navBar, &NavigationBar::previousRequested, m_navigator, &Navigator::previous);
    connect(m_navBar, &NavigationBar::nextRequested, m_navigator, &Navigator::next);
    connect(m_navigator, &Navigator::currentChanged, this,
            [this](int index, const QString &) { onCurrentChanged(index); });
    connect(m_navigator, &Navigator::progressChanged, this, &MainWindow::onProgressChanged);
    connect(m_navigator, &Navigator::historyChanged, a.back, &QAction::setEnabled);
    connect(m_toc->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTocCurrentChanged);
    connect(m_toc, &QTreeView::activated, this, &MainWindow::onTocActivated);
    connect(m_toc, &QTreeView::clicked, this, &MainWindow::onTocActivated);
    connect(m_pageView, &PageView::blockCompleted, m_navigator, &Navigator::markBlockDone);
    connect(m_pageView, &PageView::selfTestRequested, this, &MainWindow::selfTestRequested);
    connect(m_pageView, &PageView::glossaryRequested, this, &MainWindow::showGlossary);
    a.back->setEnabled(false);
}

void MainWindow::showLoadResult(const LoadResult &result)
{
    setSelfTestWidget(nullptr);
    m_course = result.course;
    m_pagePositions.clear();
    m_selfTestPage = -1;
    const bool ok = m_course != nullptr;
    if (ok) {
        for (int s = 0; s < int(m_course->sections.size()); ++s) {
            const QList<Page> &pages = m_course->sections[s].pages;
            for (int p = 0; p < int(pages.size()); ++p) {
                for (const Block &b : pages[p].blocks) {
                    if (b.isSelfTest())
                        m_selfTestPage = int(m_pagePositions.size());
                }
                m_pagePositions.append({s, p});
            }
        }
    }
    m_pageView->setCourse(m_course);
    m_tocModel->setCourse(m_course, m_navigator);
    m_toc->expandAll();

    for (QAction *action : {m_actions->previous, m_actions->next, m_actions->first,
                            m_actions->last, m_actions->pageUp, m_actions->pageDown,
                            m_actions->glossary, m_actions->switchPane})
        action->setEnabled(ok);
    m_navBar->setEnabled(ok);
    m_sidebar->setEnabled(ok);
    m_actions->exportHandout->setEnabled(ok);
    m_outlineDock->setCourse(m_course);
    showDiagnostics(result.diagnostics);

    if (!ok) {
        setWindowTitle(tr("Leerpad"));
        m_sidebar->setCourseTitle({}, {});
        m_errorView->showDiagnostics(result.diagnostics);
        m_navigator->setPages({});
        m_stack->setCurrentWidget(m_errorView);
        m_navBar->setPage(-1, 0);
        m_navBar->setProgress(0, 0);
        m_actions->resetProgress->setEnabled(false);
        emit courseShown();
        return;
    }
    setWindowTitle(tr("%1 — Leerpad").arg(m_course->title));
    m_sidebar->setCourseTitle(m_course->title, m_course->subtitle);
    m_actions->glossary->setEnabled(!m_course->glossary.isEmpty());
    m_navigator->setCourse(*m_course); // shows the first page through currentChanged
    m_actions->resetProgress->setEnabled(true);
    emit courseShown();
}

void MainWindow::onCurrentChanged(int index)
{
    const int count = m_navigator->pageCount();
    m_navBar->setPage(index, count);
    m_navBar->setCanGoPrevious(m_navigator->canGoPrevious());
    m_navBar->setCanGoNext(m_navigator->canGoNext());
    m_actions->previous->setEnabled(m_navigator->canGoPrevious());
    m_actions->next->setEnabled(m_navigator->canGoNext());
    if (index < 0 || index >= int(m_pagePositions.size())) {
        m_pageView->clear();
        return;
    }
    const auto [section, page] = m_pagePositions[index];
    m_pageView->showPage(section, page);
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
    m_navBar->setProgress(m_navigator->completedCount(), m_navigator->pageCount());
}

void MainWindow::onTocCurrentChanged(const QModelIndex &index)
{
    if (m_syncingToc)
        return;
    const int page = m_tocModel->pageIndexOf(index);
    if (page >= 0)
        m_navigator->goToIndex(page);
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
    if (m_stack->currentWidget() != m_errorView && m_pageView->isVisible() &&
        m_pageView->scrollByPage(direction))
        return;
    if (direction > 0)
        m_navigator->next();
    else
        m_navigator->previous();
}

QString MainWindow::selfTestPageId() const
{
    return m_navigator->pageId(m_selfTestPage);
}

void MainWindow::setSelfTestWidget(QWidget *widget)
{
    if (widget == m_selfTestWidget)
        return;
    if (QWidget *old = m_selfTestWidget) {
        m_stack->removeWidget(old);
        old->hide();
        old->deleteLater();
    }
    m_selfTestWidget = widget;
    if (widget)
        m_stack->addWidget(widget);
    updatePageArea();
}

void MainWindow::updatePageArea()
{
    if (!m_course) {
        m_stack->setCurrentWidget(m_errorView);
        return;
    }
    const bool test = m_selfTestWidget && m_navigator->currentIndex() == m_selfTestPage &&
                      m_selfTestPage >= 0;
    const bool hadFocus = m_stack->currentWidget() &&
                          m_stack->currentWidget()->isAncestorOf(QApplication::focusWidget());
    m_stack->setCurrentIndex(test ? m_stack->indexOf(m_selfTestWidget) : 0);
    if (test && hadFocus)
        m_selfTestWidget->setFocus(Qt::OtherFocusReason);
}

QWidget *MainWindow::currentPageArea() const
{
    QWidget *w = m_stack->currentWidget();
    return m_stack->currentIndex() == 0 ? m_pageView : w;
}

void MainWindow::setMediaBackendFactory(MediaBackendFactory factory)
{
    m_pageView->setMediaBackendFactory(std::move(factory));
}

void MainWindow::applyZoom()
{
    QFont f = QApplication::font();
    f.setPointSize(m_zoom->pointSize());
    m_pageView->setContentFont(f);
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

void MainWindow::showGlossary()
{
    if (!m_course)
        return;
    GlossaryDialog dialog(m_course->glossary, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_course.get(), this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
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
