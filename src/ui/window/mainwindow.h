#pragma once

// The player window: table of contents beside the page, the navigation bar below.
// Navigation state lives in the Navigator (leerpad_core); the window reflects it.
//
// Integration points:
//  - navigator(): connect a progress store (state()/restore(), change signals).
//  - selfTestRequested(): the learner pressed "Start de test" on the self-test page.
//  - setSelfTestWidget(w): shows w instead of that page's contents while the self-test
//    page is current. The window takes ownership; another call (or nullptr) deletes
//    the previous widget and, with nullptr, shows the page again.

#include "core/loader/courseloader.h"
#include "ui/audio/mediabackend.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QSplitter;
class QStackedWidget;
class QTreeView;

namespace leerpad {

class DiagnosticsDock;
class LiveReload;
class OutlineDock;
class LoadErrorView;
class RecentFiles;
class NoticeBar;
class NavigationBar;
class Navigator;
class PageView;
class Sidebar;
class TocModel;
class Zoom;
struct PlayerActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showLoadResult(const LoadResult &result);

    // File → Openen…, the recent list, a drop and the command line all end here: loads
    // the course folder or file at path the way the player does and shows the course,
    // or the load error view with its diagnostics. Returns whether a course is shown.
    bool openCourse(const QString &path);
    // The course file shown (or that failed to load); live reload follows it.
    QString coursePath() const { return m_coursePath; }
    void setCoursePath(const QString &path);
    // Fills the diagnostics panel; stale: they belong to a version that is not shown.
    // The panel opens by itself when there are errors.
    void showDiagnostics(const Diagnostics &diagnostics, bool stale = false);
    DiagnosticsDock *diagnosticsDock() const { return m_diagnosticsDock; }
    OutlineDock *outlineDock() const { return m_outlineDock; }
    // View → Trainerweergave: answer key on every question, added items tagged, the
    // outline panel open.
    void setTrainerMode(bool on);
    bool trainerMode() const;
    LiveReload *liveReload() const { return m_liveReload; }
    RecentFiles *recentFiles() const { return m_recentFiles; }

    Navigator *navigator() const { return m_navigator; }
    std::shared_ptr<const Course> course() const { return m_course; }
    void setSelfTestWidget(QWidget *widget);
    QWidget *selfTestWidget() const { return m_selfTestWidget; }
    QString selfTestPageId() const;

    // For tests and tools: a scripted media player instead of QMediaPlayer.
    void setMediaBackendFactory(MediaBackendFactory factory);

    PageView *pageView() const { return m_pageView; }
    QTreeView *tocView() const { return m_toc; }
    TocModel *tocModel() const { return m_tocModel; }
    NavigationBar *navigationBar() const { return m_navBar; }
    const PlayerActions &actions() const { return *m_actions; }
    // The widget shown in the page area: the page, the self-test or the load error.
    QWidget *currentPageArea() const;
    NoticeBar *noticeBar() const { return m_noticeBar; }

public slots:
    void showGlossary();
    void showAbout();
    void showShortcuts();
    void switchPane();
    void chooseCourse();
    void exportHandout();

signals:
    void selfTestRequested();
    // After showLoadResult(): a progress store re-binds to the course shown now.
    void courseShown();
    // File → Voortgang wissen… was chosen (the window has not asked anything yet).
    void resetProgressRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildLayout();
    void connectActions();
    void onCurrentChanged(int index);
    void onProgressChanged();
    void onTocCurrentChanged(const QModelIndex &index);
    void onTocActivated(const QModelIndex &index);
    void updatePageArea();
    void applyZoom();
    void pageKey(int direction);
    void goToPosition(int section, int page);

    std::unique_ptr<PlayerActions> m_actions;
    std::shared_ptr<const Course> m_course;
    Navigator *m_navigator;
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
    LiveReload *m_liveReload = nullptr;
    QString m_coursePath;
    QPointer<QWidget> m_selfTestWidget;
    QList<QPair<int, int>> m_pagePositions; // course-order index -> (section, page)
    int m_selfTestPage = -1;
    bool m_syncingToc = false;
};

} // namespace leerpad
