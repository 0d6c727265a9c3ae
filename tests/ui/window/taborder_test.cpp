// Tab on every kind of page: from the page to the page bar, focus visits every control
// the page has, in reading order (top to bottom, left to right on one row), only
// controls the learner can see, and each looks different while it has focus. One row
// per kind of page: plain text, text with glossary terms, a dialogue, a practice
// question.

#include "support/uitestsupport.h"
#include "ui/page/pageview.h"
#include "ui/window/navigationbar.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QPushButton>
#include <QTest>

using namespace leerpad;
using namespace leerpad::test;

namespace {

struct PageKind
{
    const char *name;
    const char *pageId;
    qsizetype minStops; // what the page offers: a term, a player's six controls, an option group
};

class TabOrder : public testing::TestWithParam<PageKind>
{
};

// The widget's top-left in page coordinates: where a reader meets it.
QPoint placeOnPage(const QWidget *w, const QWidget *page)
{
    return w->mapTo(page, QPoint(0, 0));
}

bool isTabStop(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
}

TEST_P(TabOrder, VisitsEveryControlInReadingOrderAndShowsWhereFocusIs)
{
    TestPlayer p;
    p.window.resize(1100, 760);
    p.window.show();
    QApplication::setActiveWindow(&p.window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&p.window));
    const QString pageId = QString::fromLatin1(GetParam().pageId);
    ASSERT_TRUE(p.nav().currentPageId() == pageId || p.nav().goTo(pageId));
    QApplication::processEvents();
    QWidget *page = p.window.pageView()->widget();
    ASSERT_NE(page, nullptr);
    const NavigationBar *bar = p.window.navigationBar();

    p.window.currentPageArea()->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    QList<QWidget *> stops;
    QList<QImage> focusedLook;
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QApplication::processEvents();
        QWidget *w = QApplication::focusWidget();
        ASSERT_NE(w, nullptr);
        if (w == static_cast<QWidget *>(bar->previousButton()) ||
            w == static_cast<QWidget *>(bar->nextButton())) {
            break;
        }
        ASSERT_TRUE(page->isAncestorOf(w))
            << "Tab left the page for " << w->metaObject()->className()
            << " before reaching the page bar";
        EXPECT_TRUE(w->isVisible()) << "invisible tab stop " << w->metaObject()->className();
        if (!stops.isEmpty() && stops.last() == w)
            continue; // a text with terms: Tab moves from term to term inside it
        stops << w;
        focusedLook << w->grab().toImage();
    }
    // A text without terms has nothing to operate; every other kind has its controls.
    EXPECT_GE(stops.size(), GetParam().minStops) << "too few tab stops on the page";

    // Every control of the page is a stop.
    const auto all = page->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (isTabStop(w) && !w->focusProxy()) {
            EXPECT_TRUE(stops.contains(w)) << "unreachable by Tab: " << w->metaObject()->className()
                                           << " '" << w->accessibleName().toStdString() << "'";
        }
    }
    // Reading order: never back up the page, and on one row never back to the left.
    for (int i = 1; i < stops.size(); ++i) {
        const QPoint a = placeOnPage(stops[i - 1], page);
        const QPoint b = placeOnPage(stops[i], page);
        const bool sameRow = qAbs(a.y() - b.y()) < stops[i - 1]->height() / 2 + 1;
        EXPECT_TRUE(sameRow ? b.x() > a.x() : b.y() > a.y())
            << "stop " << i << " (" << stops[i]->metaObject()->className() << " '"
            << stops[i]->accessibleName().toStdString() << "' at " << b.x() << "," << b.y()
            << ") comes before stop " << i - 1 << " (" << stops[i - 1]->metaObject()->className()
            << " at " << a.x() << "," << a.y() << ") on the page";
    }
    // Focus is visible: each stop looks different without it.
    p.window.navigationBar()->nextButton()->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    for (int i = 0; i < stops.size(); ++i) {
        EXPECT_NE(stops[i]->grab().toImage(), focusedLook[i])
            << "focus does not show on " << stops[i]->metaObject()->className() << " '"
            << stops[i]->accessibleName().toStdString() << "'";
    }
}

INSTANTIATE_TEST_SUITE_P(Pages, TabOrder,
                         testing::Values(PageKind{"Text", "inleiding", 0},
                                         PageKind{"TextWithTerms", "normen-en-waarden", 1},
                                         PageKind{"Dialogue", "een-voorbeeld", 6},
                                         PageKind{"Practice", "opdracht-1", 1}),
                         [](const testing::TestParamInfo<PageKind> &info) {
                             return std::string(info.param.name);
                         });

} // namespace
