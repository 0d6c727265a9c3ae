#pragma once

// The player window: table of contents beside the page, the navigation bar below. It
// shows the course session the SessionHost holds and sends the learner's intents there;
// it holds no course state of its own. When the host replaces the session (another
// course, a reload), the window lets go of the old one and shows the new one.

#include "core/loader/diagnostic.h"
#include "core/session/coursesession.h"
#include "ui/audio/mediaplayers.h"
#include "ui/selftest/selftestview.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QSplitter;
class QStackedWidget;
class QTreeView;

namespace leerpad {

class DiagnosticsDock;
class LoadErrorView;
class NavigationBar;
class NoticeBar;
class OutlineDock;
class PageView;
class RecentFiles;
class SessionHost;
class Sidebar;
class TocModel;
class Zoom;
struct PlayerActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The host (and its store) must outlive the window.
    explicit MainWindow(SessionHost *host, QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionHost *host() const { return m_host; }
    // The session shown, or null (nothing open, or a course that failed to load).
    CourseSession *session() const { return m_session; }

    // File → Openen…, the recent list, a drop and the command line all end here.
    // Returns whether a course is shown.
    bool openCourse(const QString &path);

    // View → Trainerweergave: answer key on every question, added items tagged, the
    // outline panel open.
    void setTrainerMode(bool on);
    bool trainerMode() const;

    // For tests and tools: scripted media players instead of the plugin's.
    void setMediaPlayers(MediaPlayers players);

    // Built on first use: a learner's first page needs neither.
    DiagnosticsDock *diagnosticsDock();
    OutlineDock *outlineDock();
    bool hasDiagnosticsDock() const { return m_diagnosticsDock != nullptr; }

    PageView *pageView() const { return m_pageView; }
    QTreeView *tocView() const { return m_toc; }
    TocModel *tocModel() const { return m_tocModel; }
    NavigationBar *navigationBar() const { return m_navBar; }
    NoticeBar *noticeBar() const { return m_noticeBar; }
    const PlayerActions &actions() const { return *m_actions; }
    // The running self-test, while the self-test page shows it; otherwise null.
    SelfTestView *selfTestView() const { return m_selfTestView; }
    // The widget shown in the page area: the page, the self-test or the load error.
    QWidget *currentPageArea() const;

public slots:
    void showGlossary();
    void showAbout();
    void showShortcuts();
    void switchPane();
    void chooseCourse();
    void exportHandout();
    void exportResults();
    void askWhoAmI();
    void showClassReport();
    void showRefusedResults();
    void updateRefusedResults(); // the menu item is there while the LRS refused something
    // The self-test page's buttons: start or resume the test, or see the results.
    void openSelfTest();
    void openSelfTestResults();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildLayout();
    void connectActions();
    void connectPage();
    void showSession(CourseSession *session, bool reloaded);
    void releaseSession(CourseSession *session);
    void showOpenFailure();
    LoadErrorView *errorView(); // built when a course first fails to open
    void showDiagnostics(const Diagnostics &diagnostics, bool stale);
    void setCourseActionsEnabled(bool enabled);
    void onCurrentChanged(int index);
    void onProgressChanged();
    void onTocCurrentChanged(const QModelIndex &index);
    void onTocActivated(const QModelIndex &index);
    void showSelfTestView(bool show);
    void updatePageArea();
    // While the learner works on the test's questions, the page bar steps aside and
    // the page keys are off, so Alt+arrows and Page Up/Down go to the test.
    bool testInFront() const;
    void updateNavigation();
    void applyZoom();
    void pageKey(int direction);
    void goToPosition(int section, int page);
    void confirmReset();
    void showStoreState();

    SessionHost *m_host;
    QPointer<CourseSession> m_session;
    std::unique_ptr<PlayerActions> m_actions;
    TocModel *m_tocModel;
    Zoom *m_zoom;
    QSplitter *m_splitter = nullptr;
    Sidebar *m_sidebar = nullptr;
    QTreeView *m_toc = nullptr;
    QStackedWidget *m_stack = nullptr;
    PageView *m_pageView = nullptr;
    LoadErrorView *m_errorView = nullptr;
    NavigationBar *m_navBar = nullptr;
    NoticeBar *m_noticeBar = nullptr;
    DiagnosticsDock *m_diagnosticsDock = nullptr;
    OutlineDock *m_outlineDock = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QPointer<SelfTestView> m_selfTestView;
    // The self-test on screen when a session closed, so a reload can show it again:
    // its screen (SelfTestView::Screen) and question, or -1.
    int m_closedTestScreen = -1;
    int m_closedTestQuestion = 0;
    bool m_trainerMode = false;
    bool m_syncingToc = false;
};

} // namespace leerpad
