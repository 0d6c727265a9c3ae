#pragma once

// Where a learner stands at the end of a course: how many pages are done, which are
// left, how the self-test went, and the one step to take next. The last page shows it;
// the decision is made here, without a display.

#include <QList>

#include <optional>

namespace leerpad {

class Navigator;
class SelfTestSession;
struct Course;

struct CourseSummary
{
    enum class Test { None, NotStarted, InProgress, Passed, NotPassed, Submitted };
    enum class NextStep { Done, FinishPages, StartTest, ContinueTest, RetakeTest };

    int pagesDone = 0;
    int pageCount = 0;
    QList<int> pagesLeft; // course order; the self-test page is judged by the test instead
    Test test = Test::None;
    int testPage = -1;
    int points = 0;        // of the latest submitted attempt
    int maxPoints = 0;
    int answered = 0;      // of the attempt in progress
    int questionCount = 0;
    NextStep next = NextStep::Done;
};

// test may be null (a course without a self-test).
CourseSummary summarize(const Course &course, const Navigator &navigator, const SelfTestSession *test);

} // namespace leerpad
