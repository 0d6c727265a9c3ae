// The self-test's sentences: the submit confirmation names open questions, the score
// summary, and course text escaped when it becomes rich text.

#include "ui/page/inlinehtml.h"
#include "ui/selftest/selftesttext.h"

#include <gtest/gtest.h>

using namespace leerpad;

TEST(SelfTestText, ConfirmationWhenEverythingIsAnswered)
{
    const QString text = SelfTestText::submitConfirmation({}, 10);
    EXPECT_TRUE(text.contains(QStringLiteral("alle 10 vragen beantwoord"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("nog niet")));
}

TEST(SelfTestText, ConfirmationNamesOneOpenQuestion)
{
    const QString text = SelfTestText::submitConfirmation({4}, 10);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Vraag 4 heb je nog niet beantwoord."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("telt als fout")));
}

TEST(SelfTestText, ConfirmationNamesEveryOpenQuestion)
{
    EXPECT_TRUE(SelfTestText::submitConfirmation({2, 9}, 10).startsWith(QStringLiteral("De vragen 2 en 9 heb je")));
    const QString three = SelfTestText::submitConfirmation({3, 6, 10}, 10);
    EXPECT_TRUE(three.startsWith(QStringLiteral("De vragen 3, 6 en 10 heb je nog niet beantwoord.")))
        << three.toStdString();
}

TEST(SelfTestText, NumberListUsesDutchEn)
{
    EXPECT_EQ(SelfTestText::numberList({}), QString());
    EXPECT_EQ(SelfTestText::numberList({7}), QStringLiteral("7"));
    EXPECT_EQ(SelfTestText::numberList({1, 2}), QStringLiteral("1 en 2"));
    EXPECT_EQ(SelfTestText::numberList({1, 5, 8, 9}), QStringLiteral("1, 5, 8 en 9"));
}

TEST(SelfTestText, ScoreSummary)
{
    Score s;
    s.points = 7;
    s.maxPoints = 10;
    s.percentage = 70;
    EXPECT_EQ(SelfTestText::scoreSummary(s), QStringLiteral("7 van de 10 goed (70%)"));
}

TEST(SelfTestText, InlineTextIsEscaped)
{
    const InlineText text = {
        {InlineRun::Style::Plain, QStringLiteral("<script>a & b</script> "), {}},
        {InlineRun::Style::Strong, QStringLiteral("<b>vet</b>"), {}},
        {InlineRun::Style::Term, QStringLiteral("norm"), QStringLiteral("norm")},
    };
    const QString html = inlineToHtml(text);
    EXPECT_FALSE(html.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;a &amp; b&lt;/script&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("<b>&lt;b&gt;vet&lt;/b&gt;</b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<u>norm</u>")));
}

TEST(SelfTestText, OptionTextsAndOutcomeWords)
{
    Question q;
    q.options = {{"a", "Eerste"}, {"b", "Tweede"}, {"c", "Derde"}};
    EXPECT_EQ(SelfTestText::optionTexts(q, {"c", "a"}), QStringLiteral("Derde; Eerste"));
    EXPECT_EQ(SelfTestText::optionTexts(q, {}), QStringLiteral("(niet beantwoord)"));
    // Words, not only colour: every outcome label carries its meaning in text.
    EXPECT_TRUE(SelfTestText::outcomeLabel(Outcome::Correct).contains(QStringLiteral("Goed")));
    EXPECT_TRUE(SelfTestText::outcomeLabel(Outcome::Incorrect).contains(QStringLiteral("Fout")));
    EXPECT_TRUE(SelfTestText::outcomeLabel(Outcome::Unanswered).contains(QStringLiteral("Niet beantwoord")));
}

TEST(SelfTestText, AttemptLabelHasNumberDateAndScore)
{
    Attempt a;
    a.number = 2;
    a.startedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 0), Qt::UTC);
    a.submittedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 12), Qt::UTC);
    a.score = Score{};
    a.score->points = 8;
    a.score->maxPoints = 10;
    a.score->percentage = 80;
    const QString label = SelfTestText::attemptLabel(a);
    EXPECT_TRUE(label.startsWith(QStringLiteral("Poging 2 · "))) << label.toStdString();
    EXPECT_TRUE(label.contains(a.submittedAt.toLocalTime().toString(QStringLiteral("d-M-yyyy HH:mm"))));
    EXPECT_TRUE(label.endsWith(QStringLiteral("8 van de 10 goed (80%)")));
}
