// The last page closes the course: what is done, what is left, how the test went, and a
// button for the next step that goes where it says.

#include "core/learning/navigator.h"
#include "core/session/coursesession.h"
#include "ui/page/endofcoursecard.h"
#include "ui/page/pageview.h"
#include "support/uitestsupport.h"

#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

QStringList labels(const QWidget *w)
{
    QStringList out;
    for (const QLabel *l : w->findChildren<QLabel *>())
        out << l->text();
    return out;
}

} // namespace

TEST(EndOfCourse, OnlyTheLastPageHasTheSummary)
{
    TestPlayer p;
    ASSERT_NE(p.course(), nullptr);
    EXPECT_EQ(p.window.pageView()->endOfCourseCard(), nullptr);
    ASSERT_TRUE(p.nav().last());
    EXPECT_NE(p.window.pageView()->endOfCourseCard(), nullptr);
    ASSERT_TRUE(p.nav().previous());
    EXPECT_EQ(p.window.pageView()->endOfCourseCard(), nullptr);
}

TEST(EndOfCourse, SaysWhatIsLeftAndGoesThere)
{
    TestPlayer p;
    ASSERT_NE(p.course(), nullptr);
    // Paged through: the dialogues and practice questions are still to do.
    while (p.nav().next()) {
    }
    EndOfCourseCard *card = p.window.pageView()->endOfCourseCard();
    ASSERT_NE(card, nullptr);
    const int done = p.nav().completedCount();
    const QStringList shown = labels(card);
    EXPECT_TRUE(shown.contains(QStringLiteral("Je hebt %1 van de %2 pagina's afgerond.").arg(done).arg(p.nav().pageCount())))
        << shown.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("De test heb je nog niet gemaakt.")));
    // Each page left is a button with its title; the first one is "Een voorbeeld".
    QStringList buttons;
    for (const QPushButton *b : card->findChildren<QPushButton *>())
        buttons << b->text();
    EXPECT_TRUE(buttons.contains(QStringLiteral("Een voorbeeld"))) << buttons.join(QLatin1Char('|')).toStdString();
    ASSERT_NE(card->nextButton(), nullptr);
    EXPECT_EQ(card->nextButton()->text(), QStringLiteral("Naar de eerste pagina die nog openstaat"));
    card->nextButton()->click();
    const CourseSummary s = summarize(*p.course(), p.nav(), p.session()->selfTest());
    ASSERT_FALSE(s.pagesLeft.isEmpty());
    EXPECT_EQ(p.nav().currentIndex(), s.pagesLeft.constFirst());
    EXPECT_EQ(p.nav().currentPageId(), QStringLiteral("een-voorbeeld"));
}
