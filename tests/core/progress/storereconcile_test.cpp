// A re-published course keeps the progress whose ids still exist, drops the rest (from
// the file too) and says so.

#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/progress/storekeys.h"
#include "core/progress/storereconcile.h"
#include "storetesthelpers.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::storetest;

namespace {

const QString kCourse = QStringLiteral("demo");

CourseKeys version1()
{
    CourseKeys k;
    k.courseId = kCourse;
    k.courseVersion = QStringLiteral("1.0");
    k.pageIds = {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")};
    k.questionOptions.insert(QStringLiteral("q1"), {QStringLiteral("a"), QStringLiteral("b")});
    k.questionOptions.insert(QStringLiteral("q2"), {QStringLiteral("a"), QStringLiteral("b")});
    k.questionOptions.insert(QStringLiteral("t1"), {QStringLiteral("x"), QStringLiteral("y")});
    k.questionOptions.insert(QStringLiteral("t2"), {QStringLiteral("x"), QStringLiteral("y")});
    k.audioBlockIds = {QStringLiteral("audio1"), QStringLiteral("audio2")};
    return k;
}

Attempt attempt(const QString &id, const QStringList &questions, int startSecond)
{
    Attempt a;
    a.id = id;
    a.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + startSecond * 1000LL, Qt::UTC);
    a.questionOrder = questions;
    for (const QString &q : questions) {
        a.optionOrder.insert(q, {QStringLiteral("y"), QStringLiteral("x")});
        a.answers.insert(q, {QStringLiteral("x")});
    }
    return a;
}

void saveEverything(ProgressStore &store)
{
    store.openCourse(version1());
    ASSERT_TRUE(store.saveNavigation(
        kCourse, {QStringLiteral("p3"), {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")},
                  {QStringLiteral("p1"), QStringLiteral("p2")}}));
    ASSERT_TRUE(store.savePracticeAnswer(kCourse, QStringLiteral("q1"), {{QStringLiteral("b")}, true}));
    ASSERT_TRUE(store.savePracticeAnswer(kCourse, QStringLiteral("q2"), {{QStringLiteral("a")}, true}));
    ASSERT_TRUE(store.saveAudioPosition(kCourse, QStringLiteral("audio1"), 10));
    ASSERT_TRUE(store.saveAudioPosition(kCourse, QStringLiteral("audio2"), 20));
    ASSERT_TRUE(store.saveAttempt(kCourse, attempt(QStringLiteral("a1"), {QStringLiteral("t1")}, 1)));
    ASSERT_TRUE(store.saveAttempt(kCourse, attempt(QStringLiteral("a2"), {QStringLiteral("t1"), QStringLiteral("t2")}, 2)));
}

// What saveEverything() leaves, written out from its actions (not read from the store).
CourseProgress everythingSaved()
{
    CourseProgress p;
    p.courseId = kCourse;
    p.courseVersion = QStringLiteral("1.0");
    p.navigation = {QStringLiteral("p3"), {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")},
                    {QStringLiteral("p1"), QStringLiteral("p2")}};
    p.practice.insert(QStringLiteral("q1"), {{QStringLiteral("b")}, true});
    p.practice.insert(QStringLiteral("q2"), {{QStringLiteral("a")}, true});
    p.audioPositions.insert(QStringLiteral("audio1"), 10);
    p.audioPositions.insert(QStringLiteral("audio2"), 20);
    for (Attempt a : {attempt(QStringLiteral("a1"), {QStringLiteral("t1")}, 1),
                      attempt(QStringLiteral("a2"), {QStringLiteral("t1"), QStringLiteral("t2")}, 2)}) {
        a.courseVersion = QStringLiteral("1.0"); // the version it was started under
        p.attempts << a;
    }
    return p;
}

} // namespace

TEST(StoreReconcile, SameCourseKeepsEverythingAndSaysNothing)
{
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        saveEverything(store);
    }
    ProgressStore again(dir.path());
    const CourseResume resume = again.openCourse(version1());
    EXPECT_TRUE(resume.resumed);
    EXPECT_EQ(resume.report, ReconcileReport{});
    EXPECT_EQ(resume.progress, everythingSaved());
    EXPECT_TRUE(ProgressStore::describe(resume.report).isEmpty());
}

TEST(StoreReconcile, NewVersionKeepsWhatStillExistsAndCountsTheRest)
{
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        saveEverything(store);
    }
    CourseKeys version2 = version1();
    version2.courseVersion = QStringLiteral("2.0");
    version2.pageIds.remove(QStringLiteral("p3"));                   // current page gone
    version2.questionOptions[QStringLiteral("q1")].remove(QStringLiteral("b")); // chosen option gone
    version2.questionOptions.remove(QStringLiteral("t2"));           // attempt a2 no longer fits
    version2.audioBlockIds.remove(QStringLiteral("audio2"));

    ProgressStore store(dir.path());
    const CourseResume resume = store.openCourse(version2);
    EXPECT_TRUE(resume.report.versionChanged);
    EXPECT_EQ(resume.report.previousVersion, QStringLiteral("1.0"));
    EXPECT_EQ(resume.report.droppedPages, 1);
    EXPECT_EQ(resume.report.droppedAnswers, 1);
    EXPECT_EQ(resume.report.droppedAudio, 1);
    EXPECT_EQ(resume.report.droppedAttempts, 1);
    EXPECT_EQ(resume.report.droppedTotal(), 4);

    const CourseProgress &p = resume.progress;
    EXPECT_TRUE(resume.resumed);
    EXPECT_EQ(p.courseVersion, QStringLiteral("2.0"));
    EXPECT_EQ(p.navigation, (NavigationState{{}, {QStringLiteral("p1"), QStringLiteral("p2")},
                                              {QStringLiteral("p1"), QStringLiteral("p2")}}));
    EXPECT_EQ(p.practice.keys(), QStringList{QStringLiteral("q2")});
    EXPECT_EQ(p.audioPositions.keys(), QStringList{QStringLiteral("audio1")});
    ASSERT_EQ(p.attempts.size(), 1);
    EXPECT_EQ(p.attempts.first().id, QStringLiteral("a1"));
    // Everything else exactly as saved.
    CourseProgress expected = everythingSaved();
    expected.courseVersion = QStringLiteral("2.0");
    expected.navigation = {{}, {QStringLiteral("p1"), QStringLiteral("p2")}, {QStringLiteral("p1"), QStringLiteral("p2")}};
    expected.practice.remove(QStringLiteral("q1"));
    expected.audioPositions.remove(QStringLiteral("audio2"));
    expected.attempts.removeLast(); // a2 (t2 is gone); a1 keeps the version it started under
    EXPECT_EQ(p, expected);

    const QString message = ProgressStore::describe(resume.report);
    EXPECT_TRUE(message.contains(QStringLiteral("4 onderdelen"))) << message.toStdString();

    // The file was rewritten: the next start has nothing left to drop.
    ProgressStore later(dir.path());
    const CourseResume next = later.openCourse(version2);
    EXPECT_EQ(next.report, ReconcileReport{});
    EXPECT_EQ(next.progress, expected);
    EXPECT_EQ(queryValue(later.databasePath(), QStringLiteral("SELECT COUNT(*) FROM attempt_answer")),
              QStringLiteral("1"));
    EXPECT_EQ(queryValue(later.databasePath(), QStringLiteral("SELECT course_version FROM course")),
              QStringLiteral("2.0"));
}

TEST(StoreReconcile, NewVersionWithNothingRemovedIsReportedOnce)
{
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        saveEverything(store);
    }
    CourseKeys version2 = version1();
    version2.courseVersion = QStringLiteral("1.1");
    version2.pageIds.insert(QStringLiteral("p4")); // only additions
    {
        ProgressStore store(dir.path());
        const CourseResume resume = store.openCourse(version2);
        EXPECT_TRUE(resume.report.versionChanged);
        EXPECT_EQ(resume.report.droppedTotal(), 0);
        EXPECT_TRUE(ProgressStore::describe(resume.report).contains(QStringLiteral("Al je voortgang is bewaard")));
    }
    ProgressStore store(dir.path());
    EXPECT_FALSE(store.openCourse(version2).report.versionChanged);
}

TEST(StoreReconcile, OneDroppedItemIsDescribedInTheSingular)
{
    ReconcileReport report;
    report.droppedAudio = 1;
    EXPECT_TRUE(ProgressStore::describe(report).contains(QStringLiteral("één onderdeel")));
}

TEST(StoreReconcile, AttemptFitsOnlyWhenAllItsQuestionsAndOptionsExist)
{
    const CourseKeys keys = version1();
    Attempt a = attempt(QStringLiteral("a"), {QStringLiteral("t1"), QStringLiteral("t2")}, 0);
    EXPECT_TRUE(attemptFits(a, keys));
    Attempt unknownOption = a;
    unknownOption.answers.insert(QStringLiteral("t1"), {QStringLiteral("z")});
    EXPECT_FALSE(attemptFits(unknownOption, keys));
    Attempt unknownInOrder = a;
    unknownInOrder.optionOrder.insert(QStringLiteral("t2"), {QStringLiteral("x"), QStringLiteral("gone")});
    EXPECT_FALSE(attemptFits(unknownInOrder, keys));
    Attempt unknownQuestion = a;
    unknownQuestion.questionOrder << QStringLiteral("t9");
    EXPECT_FALSE(attemptFits(unknownQuestion, keys));
}

TEST(StoreReconcile, KeysOfTheBundledCourseKeepItsOwnProgress)
{
    const LoadResult loaded = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"));
    ASSERT_TRUE(loaded.ok());
    const Course &course = *loaded.course;
    const CourseKeys keys = courseKeys(course);
    EXPECT_EQ(keys.courseId, course.id);
    EXPECT_EQ(keys.courseVersion, course.version);
    EXPECT_EQ(keys.pageIds.size(), course.pageCount());
    EXPECT_EQ(keys.audioBlockIds.size(), 2);
    ASSERT_TRUE(course.selfTest.has_value());

    // Progress that touches every page, question and audio block of the real course.
    CourseProgress p;
    p.courseId = course.id;
    p.courseVersion = course.version;
    for (const Section &section : course.sections) {
        for (const Page &page : section.pages) {
            p.navigation.visited.insert(page.id);
            p.navigation.currentPageId = page.id;
            for (const Block &block : page.blocks) {
                if (const Question *q = block.question())
                    p.practice.insert(q->id, {{q->options.last().id}, true});
                if (block.audio())
                    p.audioPositions.insert(block.id, 1);
            }
        }
    }
    Attempt a;
    a.id = QStringLiteral("a");
    for (const Question &q : course.selfTest->questions) {
        a.questionOrder << q.id;
        a.answers.insert(q.id, {q.options.first().id});
    }
    p.attempts << a;
    ASSERT_EQ(p.practice.size(), 6);

    const CourseProgress before = p;
    EXPECT_EQ(reconcileProgress(p, keys), ReconcileReport{});
    EXPECT_EQ(p, before);
}
