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

#include "courseloader.h"
#include "mediabackend.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QSplitter;
class QStackedWidget;
class QTreeView;

namespace leerpad {

class LoadErrorView;
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

signals:
    void selfTestRequested();
    // After showLoadResult(): a progress store re-binds to the course shown now.
    void courseShown();
    // File → Voortgang wissen… was chosen (the window has not asked anything yet).
    void resetProgressRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

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
    QPointer<QWidget> m_selfTestWidget;
    QList<QPair<int, int>> m_pagePositions; // course-order index -> (section, page)
    int m_selfTestPage = -1;
    bool m_syncingToc = false;
};

} // namespace leerpad
