#include "core/learning/coursesummary.h"

#include "core/learning/navigator.h"
#include "core/learning/selftestsession.h"
#include "core/model/course.h"

namespace leerpad {

CourseSummary summarize(const Course &course, const Navigator &navigator, const SelfTestSession *test)
{
    CourseSummary s;
    s.pageCount = navigator.pageCount();
    s.testPage = test ? course.index.selfTestPage() : -1;
    for (int i = 0; i < s.pageCount; ++i) {
        if (navigator.pageState(i) == PageState::Completed)
            ++s.pagesDone;
        else if (i != s.testPage)
            s.pagesLeft << i;
    }

    if (test) {
        const Attempt *latest = test->latestSubmitted();
        if (latest && latest->score) {
            s.points = latest->score->points;
            s.maxPoints = latest->score->maxPoints;
        }
        if (const Attempt *current = test->current()) {
            s.test = CourseSummary::Test::InProgress;
            s.questionCount = int(current->questionOrder.size());
            s.answered = s.questionCount - int(unansweredNumbers(*current).size());
        } else if (test->hasPassed()) {
            s.test = CourseSummary::Test::Passed;
        } else if (latest && latest->score && latest->score->passed.has_value()) {
            s.test = CourseSummary::Test::NotPassed;
        } else if (latest) {
            s.test = CourseSummary::Test::Submitted; // a test without a pass mark
        } else {
            s.test = CourseSummary::Test::NotStarted;
        }
    }

    // One step, the most useful first: the pages teach what the test asks.
    if (!s.pagesLeft.isEmpty())
        s.next = CourseSummary::NextStep::FinishPages;
    else if (s.test == CourseSummary::Test::InProgress)
        s.next = CourseSummary::NextStep::ContinueTest;
    else if (s.test == CourseSummary::Test::NotStarted)
        s.next = CourseSummary::NextStep::StartTest;
    else if (s.test == CourseSummary::Test::NotPassed)
        s.next = CourseSummary::NextStep::RetakeTest;
    else
        s.next = CourseSummary::NextStep::Done;
    return s;
}

} // namespace leerpad
