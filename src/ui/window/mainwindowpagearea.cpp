// What stands in the window's page area: the page, the self-test of the test page, or
// the error view of a course that could not be opened; and the navigation that goes
// with each. Split from mainwindow.cpp, which builds the window and follows the session.
#include "ui/window/mainwindow.h"

#include "core/learning/navigator.h"
#include "core/session/coursesession.h"
#include "ui/page/pageview.h"
#include "ui/selftest/selftestview.h"
#include "ui/window/loaderrorview.h"
#include "ui/window/navigationbar.h"
#include "ui/window/playeractions.h"

#include <QAction>
#include <QApplication>
#include <QStackedWidget>

namespace leerpad {

void MainWindow::openSelfTest()
{
    if (!m_session || !m_session->selfTest())
        return;
    showSelfTestView(true);
    m_selfTestView->start();
}

void MainWindow::openSelfTestResults()
{
    if (!m_session || !m_session->selfTest())
        return;
    showSelfTestView(true);
    m_selfTestView->showLatestResults();
}

void MainWindow::showSelfTestView(bool show)
{
    if (!show) {
        if (SelfTestView *old = m_selfTestView) {
            m_stack->removeWidget(old);
            old->hide();
            old->deleteLater();
            m_selfTestView = nullptr;
        }
        updatePageArea();
        return;
    }
    if (!m_selfTestView) {
        // Built on first use: a learner who never opens the test pays nothing for it.
        m_selfTestView = new SelfTestView(m_session->selfTest());
        m_stack->addWidget(m_selfTestView);
        connect(m_selfTestView, &SelfTestView::screenChanged, this, &MainWindow::updateNavigation);
        applyZoom();
    }
    updatePageArea();
}

void MainWindow::updatePageArea()
{
    if (!m_session) {
        if (m_errorView)
            m_stack->setCurrentWidget(m_errorView);
        return;
    }
    const int testPage = m_session->index().selfTestPage();
    const bool test = m_selfTestView && testPage >= 0 &&
                      m_session->navigator()->currentIndex() == testPage;
    const bool hadFocus = m_stack->currentWidget() &&
                          m_stack->currentWidget()->isAncestorOf(QApplication::focusWidget());
    m_stack->setCurrentIndex(test ? m_stack->indexOf(m_selfTestView) : 0);
    if (test && hadFocus)
        m_selfTestView->setFocus(Qt::OtherFocusReason);
    updateNavigation();
}

bool MainWindow::testInFront() const
{
    return m_selfTestView && m_stack->currentWidget() == m_selfTestView &&
           m_selfTestView->screen() != SelfTestView::Screen::Results;
}

void MainWindow::updateNavigation()
{
    const Navigator *nav = m_session ? m_session->navigator() : nullptr;
    const bool test = testInFront();
    const bool previous = nav && nav->canGoPrevious() && !test;
    const bool next = nav && nav->canGoNext() && !test;
    m_navBar->setVisible(!test);
    m_navBar->setCanGoPrevious(previous);
    m_navBar->setCanGoNext(next);
    m_actions->previous->setEnabled(previous);
    m_actions->next->setEnabled(next);
    m_actions->pageUp->setEnabled(nav && !test);
    m_actions->pageDown->setEnabled(nav && !test);
}

LoadErrorView *MainWindow::errorView()
{
    if (!m_errorView) {
        m_errorView = new LoadErrorView;
        m_stack->addWidget(m_errorView);
        connect(m_errorView, &LoadErrorView::openRequested, this, &MainWindow::chooseCourse);
    }
    return m_errorView;
}

QWidget *MainWindow::currentPageArea() const
{
    QWidget *w = m_stack->currentWidget();
    return m_stack->currentIndex() == 0 ? m_pageView : w;
}

} // namespace leerpad
