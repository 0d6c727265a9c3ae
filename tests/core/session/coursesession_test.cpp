// A learner's session without a display: open, act, close, reopen. Expectations come
// from what the test does, and what was saved is read back with plain SQL.

#include "core/learning/navigator.h"
#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/session/coursesession.h"
#include "support/storefile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;
using leerpad::test::StoreFile;

namespace {

const QString kCourse = QStringLiteral("module-1.4");

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

using Kind = LearnerEvent::Kind;

struct Events
{
    QList<LearnerEvent> all;
    QObject context; // disconnects when the recorder goes, before the session closes
    explicit Events(CourseSession &session)
    {
        QObject::connect(&session, &CourseSession::learnerEvent, &context,
                         [this](const LearnerEvent &e) { all << e; });
    }
    QList<Kind> kinds() const
    {
        QList<Kind> out;
        for (const LearnerEvent &e : all)
            out << e.kind;
        return out;
    }
    int count(Kind kind) const { return int(kinds().count(kind)); }
    const LearnerEvent *last(Kind kind) const
    {
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->kind == kind)
                return &*it;
        }
        return nullptr;
    }
};

QSet<QString> set(std::initializer_list<const char *> ids)
{
    QSet<QString> out;
    for (const char *id : ids)
        out.insert(QString::fromLatin1(id));
    return out;
}

} // namespace

TEST(CourseSession, AFreshStartCommitsTheFirstPageAndSaysSo)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    CourseSession session(module14(), &store);
    Events events(session);
    EXPECT_FALSE(session.wasResumed());
    EXPECT_TRUE(StoreFile(data.path()).currentPage(kCourse).isEmpty()) << "nothing before begin()";
    session.begin();
    StoreFile file(data.path());
    EXPECT_EQ(file.currentPage(kCourse), QStringLiteral("inleiding"));
    EXPECT_EQ(file.visited(kCourse), set({"inleiding"}));
    // The first page has nothing to do, so showing it finished it.
    EXPECT_EQ(events.kinds(), (QList<Kind>{Kind::CourseOpened, Kind::PageSeen, Kind::PageCompleted}));
    EXPECT_EQ(events.all.at(1).pageId, QStringLiteral("inleiding"));
    EXPECT_EQ(events.all.last().pageId, QStringLiteral("inleiding"));
    EXPECT_EQ(events.all.first().courseId, kCourse);
}

TEST(CourseSession, EverythingTheLearnerDidIsBackInTheNextSession)
{
    QTemporaryDir data;
    QString attemptId;
    {
        ProgressStore store(data.path());
        CourseSession session(module14(), &store);
        session.begin();
        Navigator *nav = session.navigator();
        ASSERT_TRUE(nav->goTo(QStringLiteral("leerdoelen")));
        ASSERT_TRUE(nav->goTo(QStringLiteral("opdracht-1")));
        session.answerPractice(QStringLiteral("oefen-1"), {QStringLiteral("collega")}, true);
        session.answerPractice(QStringLiteral("oefen-2"), {QStringLiteral("onjuist")}, false);
        session.keepAudioPosition(QStringLiteral("dialoog-het-gaat-fout"), 33'000);
        ASSERT_NE(session.selfTest(), nullptr);
        attemptId = session.selfTest()->start().id;
        const Question &q = session.selfTest()->test().questions.first();
        ASSERT_FALSE(session.selfTest()->answer(q.id, {q.correct.first()}).has_value());
        session.close();
    }
    ProgressStore store(data.path());
    CourseSession again(module14(), &store);
    EXPECT_TRUE(again.wasResumed());
    const Navigator *nav = again.navigator();
    EXPECT_EQ(nav->currentPageId(), QStringLiteral("opdracht-1"));
    EXPECT_EQ(nav->state().visited, set({"inleiding", "leerdoelen", "opdracht-1"}));
    // oefen-1 was checked, so its page is finished; the text pages finished on sight.
    EXPECT_EQ(nav->state().completed, set({"inleiding", "leerdoelen", "opdracht-1"}));
    EXPECT_EQ(again.practiceAnswer(QStringLiteral("oefen-1")),
              (PracticeAnswer{{QStringLiteral("collega")}, true}));
    EXPECT_EQ(again.practiceAnswer(QStringLiteral("oefen-2")),
              (PracticeAnswer{{QStringLiteral("onjuist")}, false}));
    EXPECT_EQ(again.audioPosition(QStringLiteral("dialoog-het-gaat-fout")), 33'000);
    ASSERT_NE(again.selfTest()->current(), nullptr);
    EXPECT_EQ(again.selfTest()->current()->id, attemptId);
    EXPECT_EQ(again.selfTest()->current()->answers.size(), 1);
}

TEST(CourseSession, AClosedSessionNeverWritesAgain)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    CourseSession session(module14(), &store);
    session.begin();
    session.navigator()->next();
    session.close();
    const QStringList before = StoreFile(data.path()).dump(kCourse);
    ASSERT_FALSE(before.isEmpty());
    session.navigator()->next();
    session.navigator()->markCompleted(QStringLiteral("opdracht-3"));
    session.answerPractice(QStringLiteral("oefen-1"), {QStringLiteral("collega")}, true);
    session.keepAudioPosition(QStringLiteral("dialoog-het-gaat-fout"), 5'000);
    session.finishDialogue(QStringLiteral("dialoog-het-gaat-fout"));
    session.selfTest()->start();
    session.resetProgress();
    EXPECT_EQ(StoreFile(data.path()).dump(kCourse), before);
}

TEST(CourseSession, ACheckedPracticeAnswerFinishesItsPageAndIsJudged)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    CourseSession session(module14(), &store);
    Events events(session);
    session.begin();
    ASSERT_TRUE(session.navigator()->goTo(QStringLiteral("opdracht-1")));
    EXPECT_FALSE(session.navigator()->isCompleted(QStringLiteral("opdracht-1")));
    session.answerPractice(QStringLiteral("oefen-1"), {QStringLiteral("klant")}, false);
    EXPECT_FALSE(session.navigator()->isCompleted(QStringLiteral("opdracht-1")));
    session.answerPractice(QStringLiteral("oefen-1"), {QStringLiteral("collega")}, true);
    EXPECT_TRUE(session.navigator()->isCompleted(QStringLiteral("opdracht-1")));
    EXPECT_TRUE(StoreFile(data.path()).completed(kCourse).contains(QStringLiteral("opdracht-1")));
    const LearnerEvent *answered = events.last(Kind::PracticeAnswered);
    ASSERT_NE(answered, nullptr);
    EXPECT_EQ(answered->questionId, QStringLiteral("oefen-1"));
    EXPECT_EQ(answered->pageId, QStringLiteral("opdracht-1"));
    EXPECT_EQ(answered->correct, std::optional<bool>(true));
    EXPECT_EQ(events.count(Kind::PracticeChanged), 1);
    EXPECT_EQ(events.last(Kind::PageCompleted)->pageId, QStringLiteral("opdracht-1"));
    // An answer for a question the course does not have changes nothing.
    session.answerPractice(QStringLiteral("no-such-question"), {QStringLiteral("x")}, true);
    EXPECT_FALSE(session.practiceAnswer(QStringLiteral("no-such-question")).has_value());
}

TEST(CourseSession, AHeardDialogueFinishesItsPage)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    CourseSession session(module14(), &store);
    session.begin();
    ASSERT_TRUE(session.navigator()->goTo(QStringLiteral("een-voorbeeld")));
    EXPECT_FALSE(session.navigator()->isCompleted(QStringLiteral("een-voorbeeld")));
    session.finishDialogue(QStringLiteral("dialoog-het-gaat-fout"));
    EXPECT_TRUE(session.navigator()->isCompleted(QStringLiteral("een-voorbeeld")));
    EXPECT_TRUE(StoreFile(data.path()).completed(kCourse).contains(QStringLiteral("een-voorbeeld")));
}

TEST(CourseSession, ASubmittedSelfTestFinishesItsPageWhateverTheScore)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    CourseSession session(module14(), &store);
    Events events(session);
    session.begin();
    SelfTestSession *test = session.selfTest();
    test->start();
    ASSERT_FALSE(test->submit().has_value()); // nothing answered: 0 points
    EXPECT_TRUE(session.navigator()->isCompleted(QStringLiteral("test-jezelf-intro")));
    StoreFile file(data.path());
    EXPECT_TRUE(file.completed(kCourse).contains(QStringLiteral("test-jezelf-intro")));
    EXPECT_EQ(file.attemptCount(kCourse), 1);
    EXPECT_EQ(file.openAttemptAnswerCount(kCourse), -1) << "the attempt is submitted";
    const LearnerEvent *submitted = events.last(Kind::AttemptSubmitted);
    ASSERT_NE(submitted, nullptr);
    ASSERT_TRUE(submitted->attempt.has_value());
    EXPECT_EQ(submitted->attempt->score->points, 0);
    EXPECT_EQ(submitted->correct, std::optional<bool>(false));
}

TEST(CourseSession, EveryPageFinishedCompletesTheCourseOnce)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    CourseSession session(module14(), &store);
    Events events(session);
    session.begin();
    Navigator *nav = session.navigator();
    for (int i = 0; i < nav->pageCount(); ++i)
        nav->markCompleted(nav->pageId(i));
    EXPECT_EQ(nav->completedCount(), nav->pageCount());
    EXPECT_EQ(events.count(Kind::CourseCompleted), 1);
    EXPECT_DOUBLE_EQ(events.last(Kind::CourseCompleted)->progress, 1.0);
    EXPECT_EQ(StoreFile(data.path()).completed(kCourse).size(), nav->pageCount());
}

TEST(CourseSession, ResetForgetsThisCourseAndStartsOnTheFirstPage)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    CourseSession session(module14(), &store);
    session.begin();
    ASSERT_TRUE(session.navigator()->goTo(QStringLiteral("opdracht-1")));
    session.answerPractice(QStringLiteral("oefen-1"), {QStringLiteral("collega")}, true);
    session.selfTest()->start();
    session.resetProgress();
    EXPECT_EQ(session.navigator()->currentPageId(), QStringLiteral("inleiding"));
    EXPECT_EQ(session.navigator()->visitedCount(), 1);
    EXPECT_FALSE(session.practiceAnswer(QStringLiteral("oefen-1")).has_value());
    EXPECT_EQ(session.selfTest()->current(), nullptr);
    StoreFile file(data.path());
    EXPECT_EQ(file.visited(kCourse), set({"inleiding"}));
    EXPECT_EQ(file.attemptCount(kCourse), 0);
    EXPECT_TRUE(file.practiceOptions(kCourse, QStringLiteral("oefen-1")).isEmpty());
}

TEST(CourseSession, ClosingSaysHowLongTheSessionLasted)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    CourseSession session(module14(), &store);
    Events events(session);
    QDateTime now = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000LL, Qt::UTC);
    session.setClock([&now] { return now; });
    session.begin();
    now = now.addSecs(90);
    session.close();
    session.close(); // once only
    ASSERT_EQ(events.count(Kind::CourseClosed), 1);
    EXPECT_EQ(events.last(Kind::CourseClosed)->durationMs, 90'000);
    EXPECT_EQ(events.last(Kind::CourseClosed)->time, now);
}
