// The store's everyday behaviour: what goes in comes back, each save is committed when
// the call returns, courses are independent, reset forgets one course.

#include "core/progress/progressstore.h"
#include "storetesthelpers.h"
#include "support/storefile.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::storetest;

namespace {

CourseKeys demoKeys(const QString &courseId = QStringLiteral("demo"))
{
    CourseKeys k;
    k.courseId = courseId;
    k.courseVersion = QStringLiteral("1.0.0");
    k.pageIds = {QStringLiteral("intro"), QStringLiteral("p2"), QStringLiteral("p3")};
    k.questionOptions.insert(QStringLiteral("q1"), {QStringLiteral("juist"), QStringLiteral("onjuist")});
    k.questionOptions.insert(QStringLiteral("q2"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    k.questionOptions.insert(QStringLiteral("zt-1"), {QStringLiteral("x"), QStringLiteral("y")});
    k.audioBlockIds = {QStringLiteral("dialoog")};
    return k;
}

Attempt demoAttempt()
{
    Attempt a;
    a.id = QStringLiteral("0b6f1c9e-attempt");
    a.number = 1;
    a.startedAt = QDateTime::fromMSecsSinceEpoch(1'717'000'000'123LL, Qt::UTC);
    a.seed = 0xFEDCBA9876543210ull; // above 2^63: must survive SQLite's signed INTEGER
    a.questionOrder = {QStringLiteral("zt-1"), QStringLiteral("q2")};
    a.optionOrder.insert(QStringLiteral("zt-1"), {QStringLiteral("y"), QStringLiteral("x")});
    a.optionOrder.insert(QStringLiteral("q2"), {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")});
    return a;
}

} // namespace

TEST(ProgressStore, FreshStoreSavesIntoProgressSqliteInTheDataDir)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    EXPECT_TRUE(store.isSaving()) << store.lastError().toStdString();
    EXPECT_TRUE(store.savingWarning().isEmpty());
    EXPECT_TRUE(store.recoveries().isEmpty());
    EXPECT_EQ(store.databasePath(), dir.filePath(QStringLiteral("progress.sqlite")));
    EXPECT_TRUE(QFileInfo(store.databasePath()).isFile());
}

TEST(ProgressStore, NewCourseIsNotResumed)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const CourseResume resume = store.openCourse(demoKeys());
    EXPECT_FALSE(resume.resumed);
    EXPECT_TRUE(resume.progress.isEmpty());
    EXPECT_EQ(resume.progress.courseId, QStringLiteral("demo"));
    EXPECT_EQ(resume.report, ReconcileReport{});
}

Score scoreOf(int points, int band)
{
    Score s;
    s.points = points;
    s.maxPoints = 2;
    s.band = band;
    return s;
}

TEST(ProgressStore, EverythingSavedComesBackInANewInstance)
{
    QTemporaryDir dir;
    // What the actions below must leave, written out independently of the store.
    CourseProgress expected;
    expected.courseId = QStringLiteral("demo");
    expected.courseVersion = QStringLiteral("1.0.0");
    expected.navigation = {QStringLiteral("p2"), {QStringLiteral("intro"), QStringLiteral("p2")},
                           {QStringLiteral("intro")}};
    expected.practice.insert(QStringLiteral("q1"), {{QStringLiteral("onjuist")}, true});
    expected.practice.insert(QStringLiteral("q2"), {{QStringLiteral("a"), QStringLiteral("c")}, false});
    expected.audioPositions.insert(QStringLiteral("dialoog"), 83'250);
    {
        Attempt first = demoAttempt();
        first.courseVersion = QStringLiteral("1.0.0");
        first.answers.insert(QStringLiteral("zt-1"), {QStringLiteral("x")});
        first.answers.insert(QStringLiteral("q2"), {QStringLiteral("b")});
        first.submittedAt = first.startedAt.addSecs(95);
        Attempt second = demoAttempt();
        second.id = QStringLiteral("second");
        second.number = 2;
        second.courseVersion = QStringLiteral("1.0.0");
        second.startedAt = first.submittedAt.addSecs(10);
        expected.attempts = {first, second}; // read back without a score: see storetypes.h
    }
    {
        ProgressStore store(dir.path());
        store.openCourse(demoKeys());
        NavigationState nav{QStringLiteral("p2"), {QStringLiteral("intro"), QStringLiteral("p2")},
                            {QStringLiteral("intro")}};
        ASSERT_TRUE(store.saveNavigation(QStringLiteral("demo"), nav));
        ASSERT_TRUE(store.savePracticeAnswer(QStringLiteral("demo"), QStringLiteral("q1"),
                                             {{QStringLiteral("onjuist")}, true}));
        ASSERT_TRUE(store.savePracticeAnswer(QStringLiteral("demo"), QStringLiteral("q2"),
                                             {{QStringLiteral("a"), QStringLiteral("c")}, false}));
        ASSERT_TRUE(store.saveAudioPosition(QStringLiteral("demo"), QStringLiteral("dialoog"), 83'250));
        Attempt a = demoAttempt();
        ASSERT_TRUE(store.saveAttempt(QStringLiteral("demo"), a));
        a.answers.insert(QStringLiteral("zt-1"), {QStringLiteral("x")});
        ASSERT_TRUE(store.saveAttempt(QStringLiteral("demo"), a));
        a.answers.insert(QStringLiteral("q2"), {QStringLiteral("b")});
        a.submittedAt = a.startedAt.addSecs(95);
        a.score = scoreOf(1, 0);
        ASSERT_TRUE(store.saveAttempt(QStringLiteral("demo"), a));
        Attempt second = demoAttempt();
        second.id = QStringLiteral("second");
        second.number = 2;
        second.startedAt = a.submittedAt.addSecs(10);
        ASSERT_TRUE(store.saveAttempt(QStringLiteral("demo"), second));
    }
    ProgressStore again(dir.path());
    const CourseResume resume = again.openCourse(demoKeys());
    EXPECT_TRUE(resume.resumed);
    EXPECT_EQ(resume.progress, expected);
    EXPECT_EQ(resume.progress.navigation.currentPageId, QStringLiteral("p2"));
    EXPECT_EQ(resume.progress.practice.value(QStringLiteral("q1")).checked, true);
    EXPECT_EQ(resume.progress.audioPositions.value(QStringLiteral("dialoog")), 83'250);
    ASSERT_EQ(resume.progress.attempts.size(), 2);
    const Attempt &first = resume.progress.attempts.first();
    EXPECT_EQ(first.seed, 0xFEDCBA9876543210ull);
    EXPECT_EQ(first.courseVersion, QStringLiteral("1.0.0"));
    EXPECT_EQ(first.answers.value(QStringLiteral("q2")), QSet<QString>{QStringLiteral("b")});
    const Attempt &open = resume.progress.attempts.last();
    EXPECT_FALSE(open.isSubmitted());
    // The points and band are in the file for people who read it; the store itself
    // gives attempts back without them (they are rescored from the answers).
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    db.setDatabaseName(dir.filePath(QStringLiteral("progress.sqlite")));
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT score, band_index FROM attempt ORDER BY number")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
        EXPECT_EQ(q.value(1).toInt(), 0);
        ASSERT_TRUE(q.next());
        EXPECT_TRUE(q.value(0).isNull());
        EXPECT_TRUE(q.value(1).isNull());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

TEST(ProgressStore, ANavigationChangeWritesWhatChanged)
{
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        store.openCourse(demoKeys());
        ASSERT_TRUE(store.saveNavigation(QStringLiteral("demo"),
                                         {QStringLiteral("intro"), {QStringLiteral("intro")},
                                          {QStringLiteral("intro")}}));
        ASSERT_TRUE(store.saveNavigationChange(
            QStringLiteral("demo"),
            {QStringLiteral("p2"), true, {{QStringLiteral("p2"), PageState::Visited}}}));
        ASSERT_TRUE(store.saveNavigationChange(
            QStringLiteral("demo"),
            {QStringLiteral("p2"), false, {{QStringLiteral("p2"), PageState::Completed}}}));
    }
    // Read back with plain SQL: the rows the three actions leave.
    test::StoreFile file(dir.path());
    EXPECT_EQ(file.currentPage(QStringLiteral("demo")), QStringLiteral("p2"));
    EXPECT_EQ(file.visited(QStringLiteral("demo")),
              (QSet<QString>{QStringLiteral("intro"), QStringLiteral("p2")}));
    EXPECT_EQ(file.completed(QStringLiteral("demo")),
              (QSet<QString>{QStringLiteral("intro"), QStringLiteral("p2")}));
}

TEST(ProgressStore, EachSaveIsCommittedWhenTheCallReturns)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    store.openCourse(demoKeys());
    // A second connection only sees committed data: an open transaction would hide it.
    ASSERT_TRUE(store.savePracticeAnswer(QStringLiteral("demo"), QStringLiteral("q1"),
                                         {{QStringLiteral("juist")}, false}));
    EXPECT_EQ(queryValue(store.databasePath(), QStringLiteral("SELECT option_ids FROM practice_answer "
                                                              "WHERE question_id = 'q1'")),
              QStringLiteral("[\"juist\"]"));
    ASSERT_TRUE(store.savePracticeAnswer(QStringLiteral("demo"), QStringLiteral("q1"),
                                         {{QStringLiteral("juist")}, true}));
    EXPECT_EQ(queryValue(store.databasePath(),
                         QStringLiteral("SELECT checked FROM practice_answer WHERE question_id = 'q1'")),
              QStringLiteral("1"));
    ASSERT_TRUE(store.saveNavigation(QStringLiteral("demo"), {QStringLiteral("p3"), {QStringLiteral("p3")}, {}}));
    EXPECT_EQ(queryValue(store.databasePath(), QStringLiteral("SELECT current_page_id FROM course")),
              QStringLiteral("p3"));
}

TEST(ProgressStore, UsesWriteAheadLogging)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    EXPECT_EQ(queryValue(store.databasePath(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
}

// The power-loss promise (docs/progress-store.md) is a setting of the store's own
// connection: a second connection would report its own default, so ask the store's.
TEST(ProgressStore, SyncsEveryCommitUnlessToldOtherwise)
{
    const auto synchronousOf = [](const ProgressStore &store) {
        QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
        return q.exec(QStringLiteral("PRAGMA synchronous")) && q.next() ? q.value(0).toInt() : -1;
    };
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        EXPECT_EQ(synchronousOf(store), 2) << "FULL";
    }
    ProgressStore store(dir.path(), ProgressStore::Durability::ProcessCrash);
    EXPECT_EQ(synchronousOf(store), 1) << "NORMAL";
}

TEST(ProgressStore, NavigationDropsPagesTheCallerNoLongerLists)
{
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        store.openCourse(demoKeys());
        ASSERT_TRUE(store.saveNavigation(QStringLiteral("demo"),
                                         {QStringLiteral("p2"), {QStringLiteral("intro"), QStringLiteral("p2")},
                                          {QStringLiteral("intro")}}));
        // The navigator forgot "intro" (e.g. its own reset): the file must follow.
        ASSERT_TRUE(store.saveNavigation(QStringLiteral("demo"), {QStringLiteral("p2"), {QStringLiteral("p2")}, {}}));
    }
    ProgressStore again(dir.path());
    const NavigationState nav = again.openCourse(demoKeys()).progress.navigation;
    EXPECT_EQ(nav, (NavigationState{QStringLiteral("p2"), {QStringLiteral("p2")}, {}}));
}

TEST(ProgressStore, ClearedAttemptAnswerIsRemoved)
{
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        store.openCourse(demoKeys());
        Attempt a = demoAttempt();
        a.answers.insert(QStringLiteral("zt-1"), {QStringLiteral("x")});
        a.answers.insert(QStringLiteral("q2"), {QStringLiteral("a")});
        ASSERT_TRUE(store.saveAttempt(QStringLiteral("demo"), a));
        a.answers.remove(QStringLiteral("zt-1"));
        ASSERT_TRUE(store.saveAttempt(QStringLiteral("demo"), a));
    }
    ProgressStore again(dir.path());
    const CourseProgress p = again.openCourse(demoKeys()).progress;
    ASSERT_EQ(p.attempts.size(), 1);
    EXPECT_EQ(p.attempts.first().answers.keys(), QStringList{QStringLiteral("q2")});
}

TEST(ProgressStore, AttemptKeepsTheCourseVersionItWasStartedUnder)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    store.openCourse(demoKeys());
    Attempt a = demoAttempt();
    a.courseVersion = QStringLiteral("ignored: the store decides");
    ASSERT_TRUE(store.saveAttempt(QStringLiteral("demo"), a));

    CourseKeys newer = demoKeys();
    newer.courseVersion = QStringLiteral("1.1.0");
    store.openCourse(newer);
    a.submittedAt = a.startedAt.addSecs(60);
    a.score = scoreOf(0, 0);
    ASSERT_TRUE(store.saveAttempt(QStringLiteral("demo"), a));
    Attempt b = demoAttempt();
    b.id = QStringLiteral("b");
    b.startedAt = a.submittedAt.addSecs(1);
    ASSERT_TRUE(store.saveAttempt(QStringLiteral("demo"), b));

    ProgressStore again(dir.path());
    const CourseProgress p = again.openCourse(newer).progress;
    ASSERT_EQ(p.attempts.size(), 2);
    EXPECT_EQ(p.attempts.at(0).courseVersion, QStringLiteral("1.0.0"));
    EXPECT_EQ(p.attempts.at(1).courseVersion, QStringLiteral("1.1.0"));
}

TEST(ProgressStore, ResetForgetsOneCourseAndKeepsTheOthers)
{
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        store.openCourse(demoKeys());
        store.openCourse(demoKeys(QStringLiteral("other")));
        for (const QString &course : {QStringLiteral("demo"), QStringLiteral("other")}) {
            ASSERT_TRUE(store.saveNavigation(course, {QStringLiteral("p3"), {QStringLiteral("p3")}, {}}));
            ASSERT_TRUE(store.savePracticeAnswer(course, QStringLiteral("q1"), {{QStringLiteral("juist")}, true}));
            ASSERT_TRUE(store.saveAudioPosition(course, QStringLiteral("dialoog"), 1000));
            ASSERT_TRUE(store.saveAttempt(course, demoAttempt()));
        }
        ASSERT_TRUE(store.reset(QStringLiteral("demo")));
        EXPECT_TRUE(store.progress(QStringLiteral("demo"))->isEmpty());
    }
    ProgressStore again(dir.path());
    const CourseResume demo = again.openCourse(demoKeys());
    EXPECT_FALSE(demo.resumed);
    EXPECT_TRUE(demo.progress.isEmpty());
    EXPECT_FALSE(demo.report.versionChanged) << "reset keeps the version, so no 'course changed' notice";
    const CourseResume other = again.openCourse(demoKeys(QStringLiteral("other")));
    EXPECT_TRUE(other.resumed);
    EXPECT_EQ(other.progress.navigation.currentPageId, QStringLiteral("p3"));
    EXPECT_EQ(other.progress.attempts.size(), 1);
    for (const char *table : {"page_state", "practice_answer", "audio_position", "attempt", "attempt_answer"}) {
        EXPECT_EQ(queryValue(again.databasePath(),
                             QStringLiteral("SELECT COUNT(*) FROM %1 WHERE course_id = 'demo'").arg(QLatin1String(table))),
                  QStringLiteral("0"))
            << table;
    }
}

TEST(ProgressStore, ConnectionNamesAreUniqueAndRemovedWithTheStore)
{
    QTemporaryDir a;
    QTemporaryDir b;
    QString nameA;
    QString nameB;
    {
        ProgressStore storeA(a.path());
        ProgressStore storeB(b.path());
        nameA = storeA.connectionName();
        nameB = storeB.connectionName();
        EXPECT_NE(nameA, nameB);
        EXPECT_TRUE(QSqlDatabase::contains(nameA));
        EXPECT_TRUE(QSqlDatabase::contains(nameB));
    }
    EXPECT_FALSE(QSqlDatabase::contains(nameA));
    EXPECT_FALSE(QSqlDatabase::contains(nameB));
}

TEST(ProgressStore, TwoStoresOnOneFileSeeEachOthersCommits)
{
    // A second player window or a crashed one still holding the file must not block.
    QTemporaryDir dir;
    ProgressStore first(dir.path());
    ProgressStore second(dir.path());
    first.openCourse(demoKeys());
    ASSERT_TRUE(first.saveAudioPosition(QStringLiteral("demo"), QStringLiteral("dialoog"), 42));
    EXPECT_EQ(second.openCourse(demoKeys()).progress.audioPositions.value(QStringLiteral("dialoog")), 42);
    ASSERT_TRUE(second.saveAudioPosition(QStringLiteral("demo"), QStringLiteral("dialoog"), 43));
    EXPECT_EQ(first.openCourse(demoKeys()).progress.audioPositions.value(QStringLiteral("dialoog")), 43);
}
