// The end-of-course summary without a display: what is done, what is left, how the
// test went, and the one step it advises.

#include "core/learning/coursesummary.h"
#include "core/learning/navigator.h"
#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

void walkToTheEnd(Navigator &nav)
{
    while (nav.next()) {
    }
}

// The same pages without their dialogues and questions to finish: each completes on sight.
void walkToTheEndCompletingEveryPage(Navigator &nav, const Course &course)
{
    QList<Navigator::PageEntry> pages;
    for (int i = 0; i < course.pageCount(); ++i)
        pages.append({course.index.pageId(i), {}});
    nav.setPages(pages);
    walkToTheEnd(nav);
}

// Every question of the current attempt answered, right or (the first wrong option) wrong.
void answerAll(SelfTestSession &test, bool right)
{
    for (const Question &q : test.test().questions) {
        QSet<QString> choice;
        if (right) {
            choice = QSet<QString>(q.correct.begin(), q.correct.end());
        } else {
            for (const Option &o : q.options)
                if (!q.isCorrectOption(o.id)) {
                    choice = {o.id};
                    break;
                }
        }
        ASSERT_FALSE(test.answer(q.id, choice).has_value());
    }
}

} // namespace

TEST(CourseSummary, ReadingThroughLeavesTheDialoguesAndPracticeToDo)
{
    const auto course = module14();
    ASSERT_NE(course, nullptr);
    Navigator nav;
    nav.setCourse(course->index);
    SelfTestSession test(course);
    walkToTheEnd(nav);
    const CourseSummary s = summarize(*course, nav, &test);
    EXPECT_EQ(s.pageCount, course->pageCount());
    EXPECT_EQ(s.pagesDone + int(s.pagesLeft.size()) + (nav.pageState(s.testPage) == PageState::Completed ? 0 : 1),
              s.pageCount);
    // A dialogue is done when heard or read, a practice question when answered: paging
    // past them leaves them to do.
    ASSERT_FALSE(s.pagesLeft.isEmpty());
    EXPECT_TRUE(s.pagesLeft.contains(nav.indexOf(QStringLiteral("een-voorbeeld"))));
    EXPECT_FALSE(s.pagesLeft.contains(s.testPage)) << "the test page is judged by the test";
    EXPECT_EQ(s.test, CourseSummary::Test::NotStarted);
    EXPECT_EQ(s.next, CourseSummary::NextStep::FinishPages);
}

TEST(CourseSummary, TheStepFollowsTheTest)
{
    const auto course = module14();
    ASSERT_NE(course, nullptr);
    // Every page completes on sight here: only the test decides.
    Navigator nav;
    walkToTheEndCompletingEveryPage(nav, *course);
    SelfTestSession test(course);

    CourseSummary s = summarize(*course, nav, &test);
    EXPECT_TRUE(s.pagesLeft.isEmpty());
    EXPECT_EQ(s.pagesDone, s.pageCount);
    EXPECT_EQ(s.next, CourseSummary::NextStep::StartTest);

    test.start();
    const Question &q = course->selfTest->questions.first();
    ASSERT_FALSE(test.answer(q.id, {q.correct.first()}).has_value());
    s = summarize(*course, nav, &test);
    EXPECT_EQ(s.test, CourseSummary::Test::InProgress);
    EXPECT_EQ(s.answered, 1);
    EXPECT_EQ(s.questionCount, 10);
    EXPECT_EQ(s.next, CourseSummary::NextStep::ContinueTest);

    answerAll(test, false);
    ASSERT_FALSE(test.submit().has_value());
    s = summarize(*course, nav, &test);
    EXPECT_EQ(s.test, CourseSummary::Test::NotPassed);
    EXPECT_EQ(s.maxPoints, 10);
    EXPECT_LT(s.points, 10);
    EXPECT_EQ(s.next, CourseSummary::NextStep::RetakeTest);

    test.startNew();
    answerAll(test, true);
    ASSERT_FALSE(test.submit().has_value());
    s = summarize(*course, nav, &test);
    EXPECT_EQ(s.test, CourseSummary::Test::Passed);
    EXPECT_EQ(s.points, 10);
    EXPECT_EQ(s.next, CourseSummary::NextStep::Done);
}

TEST(CourseSummary, ACourseWithoutATestIsDoneWhenItsPagesAre)
{
    const auto course = module14();
    ASSERT_NE(course, nullptr);
    Navigator nav;
    walkToTheEndCompletingEveryPage(nav, *course);
    const CourseSummary s = summarize(*course, nav, nullptr);
    EXPECT_EQ(s.test, CourseSummary::Test::None);
    EXPECT_EQ(s.testPage, -1);
    EXPECT_EQ(s.next, CourseSummary::NextStep::Done);
}
