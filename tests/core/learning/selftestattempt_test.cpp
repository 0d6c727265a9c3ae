// Attempt life cycle: start from a seed, answer, submit, and check restored attempts.

#include "core/learning/attempt.h"
#include "core/loader/courseloader.h"

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

SelfTest shuffledTest()
{
    SelfTest t;
    t.shuffleQuestions = true;
    t.shuffleOptions = true;
    t.passScore = 2;
    t.bands = {{0, "{{score}}"}};
    for (int i = 1; i <= 4; ++i) {
        Question q;
        q.id = QStringLiteral("q%1").arg(i);
        q.type = i == 4 ? Question::Type::Multiple : Question::Type::Single;
        q.options = {{"a", "A"}, {"b", "B"}, {"c", "C"}};
        q.correct = i == 4 ? QStringList{"a", "c"} : QStringList{"b"};
        t.questions.append(q);
    }
    return t;
}

const QDateTime kStart(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);

} // namespace

TEST(SelfTestAttempt, StartsUnansweredWithOrdersFromTheSeed)
{
    const SelfTest t = shuffledTest();
    const Attempt a = startAttempt(t, 3, 99, kStart);
    EXPECT_EQ(a.number, 3);
    EXPECT_EQ(a.seed, 99u);
    EXPECT_FALSE(a.id.isEmpty());
    EXPECT_EQ(a.startedAt, kStart);
    EXPECT_EQ(a.startedAt.timeSpec(), Qt::UTC);
    EXPECT_FALSE(a.isSubmitted());
    EXPECT_TRUE(a.answers.isEmpty());
    EXPECT_FALSE(a.score.has_value());
    EXPECT_EQ(a.questionOrder.size(), 4);
    EXPECT_EQ(a.optionOrder.size(), 4);
    EXPECT_FALSE(attemptMismatch(t, a).has_value());
}

TEST(SelfTestAttempt, StartTimeIsStoredInUtc)
{
    const QDateTime local(QDate(2025, 3, 14), QTime(10, 30), Qt::OffsetFromUTC, 3600);
    const Attempt a = startAttempt(shuffledTest(), 1, 1, local);
    EXPECT_EQ(a.startedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(a.startedAt, kStart);
}

TEST(SelfTestAttempt, ReplayingTheSeedReproducesTheAttempt)
{
    const SelfTest t = shuffledTest();
    Attempt original = startAttempt(t, 1, 0xabcdef, kStart);
    ASSERT_FALSE(setAnswer(t, original, "q2", {"b"}));
    ASSERT_FALSE(submitAttempt(t, original, kStart.addSecs(120)));

    // What a store keeps: id, number, seed, times and answers. Everything else
    // must come back identically.
    Attempt replay = startAttempt(t, original.number, original.seed, original.startedAt);
    replay.id = original.id;
    replay.answers = original.answers;
    ASSERT_FALSE(submitAttempt(t, replay, original.submittedAt));
    EXPECT_EQ(replay, original);
}

TEST(SelfTestAttempt, NewSeedsDiffer)
{
    EXPECT_NE(newAttemptSeed(), newAttemptSeed());
}

TEST(SelfTestAttempt, SetAnswerValidatesAndEmptyClears)
{
    const SelfTest t = shuffledTest();
    Attempt a = startAttempt(t, 1, 5, kStart);
    EXPECT_FALSE(setAnswer(t, a, "q1", {"a"}));
    EXPECT_TRUE(a.isAnswered("q1"));
    EXPECT_FALSE(setAnswer(t, a, "q1", {"c"}));
    EXPECT_EQ(a.answers.value("q1"), QSet<QString>{"c"});

    const auto tooMany = setAnswer(t, a, "q1", {"a", "b"});
    ASSERT_TRUE(tooMany.has_value());
    EXPECT_EQ(tooMany->kind, ScoringError::Kind::TooManyOptions);
    EXPECT_EQ(a.answers.value("q1"), QSet<QString>{"c"}) << "a rejected answer must not change the attempt";

    EXPECT_EQ(setAnswer(t, a, "q9", {"a"})->kind, ScoringError::Kind::UnknownQuestion);
    EXPECT_EQ(setAnswer(t, a, "q4", {"a", "z"})->kind, ScoringError::Kind::UnknownOption);
    EXPECT_FALSE(a.answers.contains("q9"));

    EXPECT_FALSE(setAnswer(t, a, "q1", {}));
    EXPECT_FALSE(a.answers.contains("q1"));
    EXPECT_FALSE(a.isAnswered("q1"));
}

TEST(SelfTestAttempt, SubmitScoresAndStampsTheTime)
{
    const SelfTest t = shuffledTest();
    Attempt a = startAttempt(t, 1, 5, kStart);
    setAnswer(t, a, "q1", {"b"});
    setAnswer(t, a, "q4", {"a", "c"});
    setAnswer(t, a, "q3", {"a"});
    ASSERT_FALSE(submitAttempt(t, a, kStart.addSecs(300)));
    EXPECT_TRUE(a.isSubmitted());
    EXPECT_EQ(a.submittedAt, kStart.addSecs(300));
    ASSERT_TRUE(a.score.has_value());
    EXPECT_EQ(a.score->points, 2);
    EXPECT_EQ(a.score->passed, std::optional<bool>(true));
    EXPECT_EQ(a.score->result("q3")->outcome, Outcome::Incorrect);
    EXPECT_EQ(a.score->result("q2")->outcome, Outcome::Unanswered);
}

TEST(SelfTestAttempt, SubmitWithCorruptAnswersChangesNothing)
{
    const SelfTest t = shuffledTest();
    Attempt a = startAttempt(t, 1, 5, kStart);
    a.answers.insert("q1", {"a", "b"}); // as a corrupted store might hand it back
    const Attempt before = a;
    const auto error = submitAttempt(t, a, kStart.addSecs(60));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, ScoringError::Kind::TooManyOptions);
    EXPECT_EQ(a, before);
    EXPECT_FALSE(a.isSubmitted());
}

TEST(SelfTestAttempt, UnansweredNumbersFollowTheShownOrder)
{
    const SelfTest t = shuffledTest();
    Attempt a = startAttempt(t, 1, 77, kStart);
    EXPECT_EQ(unansweredNumbers(a), QList<int>({1, 2, 3, 4}));
    // Answer whatever is shown second and fourth.
    setAnswer(t, a, a.questionOrder[1], {"a"});
    setAnswer(t, a, a.questionOrder[3], {"a"});
    EXPECT_EQ(unansweredNumbers(a), QList<int>({1, 3}));
}

TEST(SelfTestAttempt, MismatchFlagsAttemptsFromAnotherVersionOfTheTest)
{
    const SelfTest t = shuffledTest();
    Attempt a = startAttempt(t, 1, 3, kStart);
    setAnswer(t, a, "q1", {"a"});

    SelfTest fewer = t;
    fewer.questions.removeLast();
    EXPECT_TRUE(attemptMismatch(fewer, a).has_value());

    SelfTest renamedOption = t;
    renamedOption.questions[1].options[2].id = "d";
    const auto reason = attemptMismatch(renamedOption, a);
    ASSERT_TRUE(reason.has_value());
    EXPECT_TRUE(reason->contains("q2"));

    Attempt badAnswer = a;
    badAnswer.answers.insert("q2", {"x"});
    EXPECT_TRUE(attemptMismatch(t, badAnswer).has_value());
    EXPECT_FALSE(attemptMismatch(t, a).has_value());
}

TEST(SelfTestAttempt, Module14KeepsQuestionOrderAndShufflesChoiceOptions)
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    const auto course = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
    ASSERT_TRUE(course && course->selfTest);
    const SelfTest &t = *course->selfTest;
    ASSERT_FALSE(t.shuffleQuestions); // the test follows the theory's order
    ASSERT_TRUE(t.shuffleOptions);    // but no answer sits in the same place every time
    QSet<QString> firstOptions;
    for (quint64 seed : {1ULL, 2ULL, 3ULL, 0xdeadbeefULL}) {
        const Attempt a = startAttempt(t, 1, seed, kStart);
        for (int i = 0; i < t.questions.size(); ++i) {
            const Question &q = t.questions[i];
            EXPECT_EQ(a.questionOrder[i], q.id);
            const QStringList order = a.optionOrder.value(q.id);
            if (q.type == Question::Type::TrueFalse) {
                EXPECT_EQ(order.first(), q.options.first().id) << q.id.toStdString();
            } else if (q.id == QStringLiteral("zt-01")) {
                firstOptions.insert(order.first());
            }
        }
    }
    EXPECT_GT(firstOptions.size(), 1) << "zt-01's options moved with the seed";
}
