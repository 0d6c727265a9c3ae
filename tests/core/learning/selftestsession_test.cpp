// The self-test rules without a display: starting and resuming, answering, submitting,
// and what stored attempts become when a learner comes back.

#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

const QDateTime kStart = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000LL, Qt::UTC);

// A session with a clock that ticks a second per call and seeds 1, 2, 3, ...
struct Fixture
{
    std::shared_ptr<const Course> course = module14();
    SelfTestSession session{course};
    int ticks = 0;
    quint64 seeds = 0;
    QList<QString> signals_;

    Fixture()
    {
        SelfTestSession::Environment env;
        env.now = [this] { return kStart.addSecs(ticks++); };
        env.newSeed = [this] { return ++seeds; };
        session.setEnvironment(env);
        QObject::connect(&session, &SelfTestSession::attemptStarted,
                         [this](const Attempt &a) { signals_ << QStringLiteral("started %1").arg(a.number); });
        QObject::connect(&session, &SelfTestSession::answered, [this](const Attempt &, const QString &q) {
            signals_ << QStringLiteral("answered %1").arg(q);
        });
        QObject::connect(&session, &SelfTestSession::attemptSubmitted, [this](const Attempt &a) {
            signals_ << QStringLiteral("submitted %1").arg(a.number);
        });
    }
    const SelfTest &test() const { return *course->selfTest; }
    QSet<QString> right(const Question &q) const { return {q.correct.first()}; }
    QSet<QString> wrong(const Question &q) const
    {
        for (const Option &o : q.options) {
            if (!q.isCorrectOption(o.id))
                return {o.id};
        }
        return {};
    }
    // Answers the first `rightCount` questions (in the test's order) right, the rest wrong.
    void answerAll(int rightCount)
    {
        for (int i = 0; i < test().questions.size(); ++i) {
            const Question &q = test().questions[i];
            EXPECT_FALSE(session.answer(q.id, i < rightCount ? right(q) : wrong(q)).has_value());
        }
    }
};

Attempt storedAttempt(const SelfTest &test, int number, bool submitted, int answered)
{
    Attempt a = startAttempt(test, number, quint64(number), kStart.addSecs(number * 100));
    for (int i = 0; i < answered; ++i)
        a.answers.insert(test.questions[i].id, {test.questions[i].correct.first()});
    if (submitted)
        a.submittedAt = a.startedAt.addSecs(60);
    return a;
}

} // namespace

TEST(SelfTestSession, StartsAnAttemptWithItsSeedTimeAndCourseVersion)
{
    Fixture f;
    ASSERT_TRUE(SelfTestSession::hasSelfTest(*f.course));
    EXPECT_EQ(f.session.current(), nullptr);
    const Attempt &a = f.session.start();
    EXPECT_EQ(a.number, 1);
    EXPECT_EQ(a.seed, 1u);
    EXPECT_EQ(a.startedAt, kStart);
    EXPECT_EQ(a.courseVersion, f.course->version);
    EXPECT_EQ(a.questionOrder.size(), 10);
    EXPECT_EQ(f.session.current(), &a);
    EXPECT_EQ(f.session.openQuestions().size(), 10);
    EXPECT_EQ(f.signals_, QList<QString>{QStringLiteral("started 1")});
}

TEST(SelfTestSession, StartResumesTheAttemptInProgress)
{
    Fixture f;
    const QString id = f.session.start().id;
    EXPECT_EQ(f.session.start().id, id);
    EXPECT_EQ(f.signals_.size(), 1);
}

TEST(SelfTestSession, AnswersAreRecordedOnceAndRefusedWhenTheyCannotBeScored)
{
    Fixture f;
    const Question &q1 = f.test().questions.first();
    EXPECT_TRUE(f.session.answer(q1.id, f.right(q1)).has_value()) << "no attempt yet";
    f.session.start();
    EXPECT_FALSE(f.session.answer(q1.id, f.right(q1)).has_value());
    EXPECT_FALSE(f.session.answer(q1.id, f.right(q1)).has_value()); // the same again: no change
    EXPECT_EQ(f.signals_.count(QStringLiteral("answered %1").arg(q1.id)), 1);
    EXPECT_EQ(f.session.current()->answers.value(q1.id), f.right(q1));

    const auto unknownOption = f.session.answer(q1.id, {QStringLiteral("no-such-option")});
    ASSERT_TRUE(unknownOption.has_value());
    EXPECT_EQ(unknownOption->kind, ScoringError::Kind::UnknownOption);
    const auto unknownQuestion = f.session.answer(QStringLiteral("no-such-question"), {});
    ASSERT_TRUE(unknownQuestion.has_value());
    EXPECT_EQ(unknownQuestion->kind, ScoringError::Kind::UnknownQuestion);
    QSet<QString> two;
    for (const Option &o : q1.options)
        two.insert(o.id);
    ASSERT_NE(q1.type, Question::Type::Multiple);
    const auto tooMany = f.session.answer(q1.id, two);
    ASSERT_TRUE(tooMany.has_value());
    EXPECT_EQ(tooMany->kind, ScoringError::Kind::TooManyOptions);
    EXPECT_EQ(f.session.current()->answers.value(q1.id), f.right(q1)); // unchanged

    EXPECT_FALSE(f.session.answer(q1.id, {}).has_value()); // cleared
    EXPECT_FALSE(f.session.current()->isAnswered(q1.id));
}

TEST(SelfTestSession, SubmittingScoresAndMovesTheAttemptToTheHistory)
{
    Fixture f;
    f.session.start();
    f.answerAll(7);
    ASSERT_FALSE(f.session.submit().has_value());
    EXPECT_EQ(f.session.current(), nullptr);
    ASSERT_EQ(f.session.history().size(), 1);
    const Attempt &done = f.session.history().first();
    ASSERT_TRUE(done.score.has_value());
    EXPECT_EQ(done.score->points, 7);
    EXPECT_EQ(done.score->passed, std::optional<bool>(true)); // pass mark 6
    EXPECT_TRUE(done.isSubmitted());
    EXPECT_EQ(f.session.latestSubmitted(), &done);
    EXPECT_TRUE(f.session.hasPassed());
    EXPECT_EQ(f.signals_.last(), QStringLiteral("submitted 1"));
    EXPECT_TRUE(f.session.submit().has_value()) << "nothing left to submit";
}

TEST(SelfTestSession, AFailedRetakeKeepsTheEarlierPass)
{
    Fixture f;
    f.session.start();
    f.answerAll(9);
    ASSERT_FALSE(f.session.submit().has_value());
    const Attempt &retake = f.session.startNew();
    EXPECT_EQ(retake.number, 2);
    EXPECT_EQ(retake.seed, 2u);
    f.answerAll(2);
    ASSERT_FALSE(f.session.submit().has_value());
    EXPECT_FALSE(f.session.latestSubmitted()->score->passed.value_or(true));
    EXPECT_TRUE(f.session.hasPassed());
}

TEST(SelfTestSession, RestoreRescoresSubmittedAttemptsAndResumesTheNewestOpenOne)
{
    Fixture f;
    const Attempt first = storedAttempt(f.test(), 1, true, 8);
    const Attempt open = storedAttempt(f.test(), 2, false, 3);
    ASSERT_FALSE(first.score.has_value()); // as read from a file
    EXPECT_EQ(f.session.restore({open, first}), 0);
    ASSERT_EQ(f.session.history().size(), 1);
    ASSERT_TRUE(f.session.history().first().score.has_value());
    EXPECT_EQ(f.session.history().first().score->points, 8);
    ASSERT_NE(f.session.current(), nullptr);
    EXPECT_EQ(f.session.current()->id, open.id);
    EXPECT_EQ(f.session.openQuestions().first(), 4);
    EXPECT_EQ(f.session.start().id, open.id);
    EXPECT_TRUE(f.signals_.isEmpty()) << "restoring is not a change";
}

TEST(SelfTestSession, AnOpenAttemptOlderThanASubmittedOneWasAbandoned)
{
    Fixture f;
    f.session.restore({storedAttempt(f.test(), 1, false, 2), storedAttempt(f.test(), 2, true, 5)});
    EXPECT_EQ(f.session.current(), nullptr);
    EXPECT_EQ(f.session.history().size(), 1);
    EXPECT_EQ(f.session.start().number, 3);
}

TEST(SelfTestSession, StoredAttemptsThatNoLongerFitTheTestAreSkipped)
{
    Fixture f;
    Attempt unknownQuestion = storedAttempt(f.test(), 1, true, 0);
    unknownQuestion.questionOrder.last() = QStringLiteral("removed-question");
    Attempt unknownOption = storedAttempt(f.test(), 2, true, 1);
    unknownOption.answers.insert(f.test().questions.first().id, {QStringLiteral("removed-option")});
    const Attempt fine = storedAttempt(f.test(), 3, true, 10);
    EXPECT_EQ(f.session.restore({unknownQuestion, unknownOption, fine}), 2);
    ASSERT_EQ(f.session.history().size(), 1);
    EXPECT_EQ(f.session.history().first().score->points, 10);
}

TEST(SelfTestSession, ClearForgetsEverything)
{
    Fixture f;
    f.session.start();
    f.answerAll(10);
    f.session.submit();
    f.session.start();
    f.session.clear();
    EXPECT_EQ(f.session.current(), nullptr);
    EXPECT_TRUE(f.session.history().isEmpty());
    EXPECT_FALSE(f.session.hasPassed());
    EXPECT_EQ(f.session.start().number, 1);
}
