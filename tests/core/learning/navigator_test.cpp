#include "core/learning/navigator.h"
#include "core/loader/courseloader.h"
#include "core/model/course.h"

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

Block textBlock(const QString &id)
{
    Block b;
    b.id = id;
    b.content = TextBlock{{TextElement{TextElement::Type::Paragraph, {{InlineRun::Style::Plain, id, {}}}, {}}}};
    return b;
}

Block questionBlock(const QString &id)
{
    Block b;
    b.id = id;
    Question q;
    q.id = id;
    q.options = {{QStringLiteral("a"), QStringLiteral("A")}, {QStringLiteral("b"), QStringLiteral("B")}};
    q.correct = {QStringLiteral("a")};
    b.content = q;
    return b;
}

Block audioBlock(const QString &id)
{
    Block b;
    b.id = id;
    b.content = AudioBlock{};
    return b;
}

// Two sections: intro (t1, t2), practice (q1 with one question, mix with text+audio+question).
Course sampleCourse()
{
    Course c;
    c.title = QStringLiteral("Sample");
    Section intro{QStringLiteral("intro"), QStringLiteral("Intro"), {}};
    intro.pages.append({QStringLiteral("t1"), QStringLiteral("T1"), {textBlock(QStringLiteral("t1-b"))}});
    intro.pages.append({QStringLiteral("t2"), QStringLiteral("T2"), {textBlock(QStringLiteral("t2-b"))}});
    Section practice{QStringLiteral("practice"), QStringLiteral("Practice"), {}};
    practice.pages.append({QStringLiteral("q1"), QStringLiteral("Q1"), {questionBlock(QStringLiteral("q1-b"))}});
    practice.pages.append({QStringLiteral("mix"),
                           QStringLiteral("Mix"),
                           {textBlock(QStringLiteral("mix-t")), audioBlock(QStringLiteral("mix-a")),
                            questionBlock(QStringLiteral("mix-q"))}});
    c.sections = {intro, practice};
    c.index = CourseIndex(c);
    return c;
}

// Records emissions without QtTest: core tests link QtCore only.
struct Recorder
{
    QList<int> currentIndexes;
    QList<QPair<int, PageState>> states;
    QList<double> progress;

    explicit Recorder(Navigator &nav)
    {
        QObject::connect(&nav, &Navigator::currentChanged,
                         [this](int index, const QString &) { currentIndexes << index; });
        QObject::connect(&nav, &Navigator::pageStateChanged,
                         [this](int index, PageState s) { states.append({index, s}); });
        QObject::connect(&nav, &Navigator::progressChanged,
                         [this](double f) { progress << f; });
    }
};

} // namespace

TEST(Navigator, CompletionBlocksAreTheInteractiveOnes)
{
    const Course c = sampleCourse();
    EXPECT_TRUE(c.index.completionBlocks(0).isEmpty());
    EXPECT_EQ(c.index.completionBlocks(3),
              (QStringList{QStringLiteral("mix-a"), QStringLiteral("mix-q")}));
}

TEST(Navigator, StartsOnFirstPageAndCompletesTextPagesWhenShown)
{
    Navigator nav;
    nav.setCourse(sampleCourse().index);
    EXPECT_EQ(nav.pageCount(), 4);
    EXPECT_EQ(nav.currentIndex(), 0);
    EXPECT_EQ(nav.currentPageId(), QStringLiteral("t1"));
    EXPECT_EQ(nav.pageState(QStringLiteral("t1")), PageState::Completed);
    EXPECT_EQ(nav.pageState(QStringLiteral("t2")), PageState::NotVisited);
    EXPECT_FALSE(nav.canGoPrevious());
    EXPECT_TRUE(nav.canGoNext());
    EXPECT_DOUBLE_EQ(nav.progress(), 0.25);
}

TEST(Navigator, NextPreviousFirstLastStopAtTheEnds)
{
    Navigator nav;
    nav.setCourse(sampleCourse().index);
    EXPECT_FALSE(nav.previous());
    EXPECT_TRUE(nav.next());
    EXPECT_EQ(nav.currentPageId(), QStringLiteral("t2"));
    EXPECT_TRUE(nav.last());
    EXPECT_EQ(nav.currentPageId(), QStringLiteral("mix"));
    EXPECT_FALSE(nav.canGoNext());
    EXPECT_FALSE(nav.next());
    EXPECT_FALSE(nav.last()); // already there: no change, no signal
    EXPECT_TRUE(nav.previous());
    EXPECT_EQ(nav.currentPageId(), QStringLiteral("q1"));
    EXPECT_TRUE(nav.first());
    EXPECT_EQ(nav.currentIndex(), 0);
}

TEST(Navigator, GoToUnknownPageChangesNothing)
{
    Navigator nav;
    nav.setCourse(sampleCourse().index);
    Recorder rec(nav);
    EXPECT_FALSE(nav.goTo(QStringLiteral("nope")));
    EXPECT_FALSE(nav.goToIndex(99));
    EXPECT_FALSE(nav.goToIndex(-1));
    EXPECT_TRUE(rec.currentIndexes.isEmpty());
    EXPECT_EQ(nav.currentPageId(), QStringLiteral("t1"));
}

TEST(Navigator, InteractivePagesAreVisitedUntilEveryRequiredBlockIsDone)
{
    Navigator nav;
    nav.setCourse(sampleCourse().index);
    ASSERT_TRUE(nav.goTo(QStringLiteral("mix")));
    EXPECT_EQ(nav.pageState(QStringLiteral("mix")), PageState::Visited);

    Recorder rec(nav);
    nav.markBlockDone(QStringLiteral("mix"), QStringLiteral("mix-t")); // text: not required
    nav.markBlockDone(QStringLiteral("mix"), QStringLiteral("mix-a"));
    EXPECT_EQ(nav.pageState(QStringLiteral("mix")), PageState::Visited);
    EXPECT_TRUE(rec.states.isEmpty());
    nav.markBlockDone(QStringLiteral("mix"), QStringLiteral("mix-q"));
    EXPECT_EQ(nav.pageState(QStringLiteral("mix")), PageState::Completed);
    ASSERT_EQ(rec.states.size(), 1);
    EXPECT_EQ(rec.states.at(0).first, 3);
    EXPECT_EQ(rec.states.at(0).second, PageState::Completed);
    EXPECT_EQ(nav.completedCount(), 2); // t1 and mix
}

TEST(Navigator, ProgressSignalFollowsCompletion)
{
    Navigator nav;
    nav.setCourse(sampleCourse().index);
    Recorder rec(nav);
    nav.next(); // t2, text
    ASSERT_EQ(rec.progress.size(), 1);
    EXPECT_DOUBLE_EQ(rec.progress.last(), 0.5);
    nav.next(); // q1, not complete yet
    EXPECT_EQ(rec.progress.size(), 1);
    nav.markCompleted(QStringLiteral("q1"));
    EXPECT_DOUBLE_EQ(rec.progress.last(), 0.75);
    nav.markCompleted(QStringLiteral("q1")); // idempotent
    EXPECT_EQ(rec.progress.size(), 2);
}

TEST(Navigator, BackReturnsAlongTheHistoryOfJumps)
{
    Navigator nav;
    nav.setCourse(sampleCourse().index);
    EXPECT_FALSE(nav.canGoBack());
    EXPECT_FALSE(nav.back());
    nav.goTo(QStringLiteral("mix"));
    nav.goTo(QStringLiteral("t2"));
    EXPECT_TRUE(nav.canGoBack());
    EXPECT_TRUE(nav.back());
    EXPECT_EQ(nav.currentPageId(), QStringLiteral("mix"));
    EXPECT_TRUE(nav.back());
    EXPECT_EQ(nav.currentPageId(), QStringLiteral("t1"));
    EXPECT_FALSE(nav.canGoBack());
}

TEST(Navigator, HistoryIsBounded)
{
    Navigator nav;
    QList<Navigator::PageEntry> pages;
    for (int i = 0; i < 10; ++i)
        pages.append({QStringLiteral("p%1").arg(i), {}});
    nav.setPages(pages);
    for (int i = 0; i < 1000; ++i)
        nav.goToIndex(i % 2 == 0 ? 9 : 0);
    int steps = 0;
    while (nav.back())
        ++steps;
    EXPECT_GT(steps, 0);
    EXPECT_LT(steps, 1000);
}

TEST(Navigator, StateRoundTrips)
{
    Navigator a;
    a.setCourse(sampleCourse().index);
    a.goTo(QStringLiteral("q1"));
    a.markBlockDone(QStringLiteral("q1"), QStringLiteral("q1-b"));
    a.goTo(QStringLiteral("mix"));
    const NavigationState saved = a.state();
    EXPECT_EQ(saved.currentPageId, QStringLiteral("mix"));
    EXPECT_EQ(saved.visited, (QSet<QString>{QStringLiteral("t1"), QStringLiteral("q1"), QStringLiteral("mix")}));
    EXPECT_EQ(saved.completed, (QSet<QString>{QStringLiteral("t1"), QStringLiteral("q1")}));

    Navigator b;
    b.setCourse(sampleCourse().index);
    Recorder rec(b);
    b.restore(saved);
    EXPECT_EQ(b.state(), saved);
    EXPECT_EQ(b.currentPageId(), QStringLiteral("mix"));
    EXPECT_EQ(b.pageState(QStringLiteral("t2")), PageState::NotVisited);
    EXPECT_FALSE(b.canGoBack());
    EXPECT_EQ(rec.currentIndexes, QList<int>{3});
}

TEST(Navigator, RestoreIgnoresPagesThatNoLongerExist)
{
    Navigator nav;
    nav.setCourse(sampleCourse().index);
    NavigationState old;
    old.currentPageId = QStringLiteral("removed-page");
    old.visited = {QStringLiteral("t2"), QStringLiteral("gone")};
    old.completed = {QStringLiteral("q1"), QStringLiteral("also-gone")};
    nav.restore(old);
    EXPECT_EQ(nav.currentPageId(), QStringLiteral("t1")); // fallback: first page
    const NavigationState now = nav.state();
    EXPECT_FALSE(now.visited.contains(QStringLiteral("gone")));
    EXPECT_FALSE(now.completed.contains(QStringLiteral("also-gone")));
    EXPECT_TRUE(now.completed.contains(QStringLiteral("q1")));
    EXPECT_TRUE(now.visited.contains(QStringLiteral("q1"))); // completed implies visited
    EXPECT_TRUE(now.visited.contains(QStringLiteral("t2")));
    EXPECT_TRUE(now.completed.contains(QStringLiteral("t1"))); // shown again after restore
    EXPECT_DOUBLE_EQ(nav.progress(), 0.5);
}

TEST(Navigator, EmptyCourseHasNoCurrentPage)
{
    Navigator nav;
    nav.setPages({});
    EXPECT_EQ(nav.currentIndex(), -1);
    EXPECT_TRUE(nav.currentPageId().isEmpty());
    EXPECT_FALSE(nav.next());
    EXPECT_FALSE(nav.first());
    EXPECT_DOUBLE_EQ(nav.progress(), 0.0);
    nav.restore({QStringLiteral("x"), {}, {}});
    EXPECT_EQ(nav.currentIndex(), -1);
}

TEST(Navigator, WalksModuleOnePointFourInCourseOrder)
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    const LoadResult r = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options);
    ASSERT_TRUE(r.ok());
    Navigator nav;
    nav.setCourse(r.course->index);
    ASSERT_EQ(nav.pageCount(), r.course->pageCount());
    QStringList expected;
    for (const Section &s : r.course->sections) {
        for (const Page &p : s.pages)
            expected << p.id;
    }
    QStringList walked{nav.currentPageId()};
    while (nav.next())
        walked << nav.currentPageId();
    EXPECT_EQ(walked, expected);
    EXPECT_EQ(nav.visitedCount(), nav.pageCount());
    EXPECT_LT(nav.completedCount(), nav.pageCount()); // questions and dialogues still open
}

TEST(Navigator, EachActionAnnouncesWhatItChangedOnce)
{
    Navigator nav;
    nav.setCourse(sampleCourse().index);
    QList<NavigationChange> changes;
    QObject::connect(&nav, &Navigator::changed,
                     [&changes](const NavigationChange &c) { changes << c; });

    ASSERT_TRUE(nav.next()); // t2: text, so seen and finished at once
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0], (NavigationChange{QStringLiteral("t2"), true,
                                            {{QStringLiteral("t2"), PageState::Completed}}}));
    ASSERT_TRUE(nav.next()); // q1: a question waits for its answer
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[1], (NavigationChange{QStringLiteral("q1"), true,
                                            {{QStringLiteral("q1"), PageState::Visited}}}));
    nav.markBlockDone(QStringLiteral("q1"), QStringLiteral("q1-b"));
    ASSERT_EQ(changes.size(), 3);
    EXPECT_EQ(changes[2], (NavigationChange{QStringLiteral("q1"), false,
                                            {{QStringLiteral("q1"), PageState::Completed}}}));
    ASSERT_TRUE(nav.previous()); // back to a finished page: only the place changes
    ASSERT_EQ(changes.size(), 4);
    EXPECT_EQ(changes[3], (NavigationChange{QStringLiteral("t2"), true, {}}));
    nav.markBlockDone(QStringLiteral("q1"), QStringLiteral("q1-b")); // nothing new
    nav.markCompleted(QStringLiteral("t1"));                          // already
    EXPECT_EQ(changes.size(), 4);
    // A reset is not a change: listeners re-read everything on reset().
    nav.restore({QStringLiteral("mix"), {QStringLiteral("t1")}, {}});
    EXPECT_EQ(changes.size(), 4);
}
