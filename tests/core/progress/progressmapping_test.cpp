#include "core/learning/scoring.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressmapping.h"

#include <gtest/gtest.h>

using namespace leerpad;

TEST(ProgressMapping, NavigationRoundTrips)
{
    NavigationState n{QStringLiteral("p2"), {QStringLiteral("p1"), QStringLiteral("p2")}, {QStringLiteral("p1")}};
    EXPECT_EQ(fromStored(toStored(n)), n);
}

TEST(ProgressMapping, SubmittedAttemptRoundTripsAndRescoresTheSame)
{
    const LoadResult r = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"));
    ASSERT_TRUE(r.ok());
    const SelfTest &test = *r.course->selfTest;
    Attempt a = startAttempt(test, 3, 0xC0FFEEULL, QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
    ASSERT_FALSE(setAnswer(test, a, QStringLiteral("zt-01"), {QStringLiteral("u-is-norm")}));
    ASSERT_FALSE(setAnswer(test, a, QStringLiteral("zt-03"), {QStringLiteral("nooit")}));
    ASSERT_FALSE(submitAttempt(test, a, QDateTime::fromMSecsSinceEpoch(1'700'000'060'000, Qt::UTC)));
    ASSERT_TRUE(a.score);

    const StoredAttempt stored = toStored(a);
    EXPECT_EQ(stored.shuffleSeed, 0xC0FFEEULL);
    EXPECT_EQ(stored.score, a.score->points);
    EXPECT_EQ(stored.answers.value(QStringLiteral("zt-03")), QStringList{QStringLiteral("nooit")});

    Attempt back = fromStored(stored);
    EXPECT_FALSE(back.score);
    const ScoringResult rescored = scoreAnswers(test, back.answers);
    ASSERT_TRUE(std::holds_alternative<Score>(rescored));
    back.score = std::get<Score>(rescored);
    EXPECT_EQ(back, a);
}
