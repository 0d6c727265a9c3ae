// Scoring rules, bands, pass mark and rejection of impossible answers, on small
// hand-built tests and on the real module 1.4 self-test.

#include "core/learning/scoring.h"
#include "core/loader/courseloader.h"

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

Question makeQuestion(const QString &id, Question::Type type, const QStringList &options,
                      const QStringList &correct)
{
    Question q;
    q.id = id;
    q.type = type;
    q.prompt = {InlineRun{InlineRun::Style::Plain, QStringLiteral("Vraag ") + id, {}}};
    for (const QString &o : options)
        q.options.append(Option{o, QStringLiteral("Optie ") + o});
    q.correct = correct;
    return q;
}

// Three questions, one of each type.
SelfTest smallTest()
{
    SelfTest t;
    t.id = QStringLiteral("mini");
    t.questions = {
        makeQuestion("s", Question::Type::Single, {"a", "b", "c"}, {"b"}),
        makeQuestion("tf", Question::Type::TrueFalse, {"juist", "onjuist"}, {"onjuist"}),
        makeQuestion("m", Question::Type::Multiple, {"w", "x", "y", "z"}, {"x", "z"}),
    };
    t.bands = {{0, "Zwak: {{score}}/{{maxScore}}"}, {2, "Goed: {{score}} van {{maxScore}}"}};
    t.passScore = 2;
    return t;
}

const Score &expectScore(const ScoringResult &r)
{
    if (const auto *e = std::get_if<ScoringError>(&r))
        ADD_FAILURE() << "unexpected scoring error: " << e->message.toStdString();
    static const Score empty;
    const Score *s = std::get_if<Score>(&r);
    return s ? *s : empty;
}

ScoringError expectError(const ScoringResult &r)
{
    const auto *e = std::get_if<ScoringError>(&r);
    EXPECT_NE(e, nullptr) << "answers were scored instead of rejected";
    return e ? *e : ScoringError{};
}

} // namespace

TEST(Scoring, AllCorrectScoresMaximum)
{
    const Score s = expectScore(scoreAnswers(smallTest(), {{"s", {"b"}}, {"tf", {"onjuist"}}, {"m", {"z", "x"}}}));
    EXPECT_EQ(s.points, 3);
    EXPECT_EQ(s.maxPoints, 3);
    EXPECT_EQ(s.percentage, 100);
    EXPECT_EQ(s.count(Outcome::Correct), 3);
    EXPECT_EQ(s.band, 1);
    EXPECT_EQ(s.feedback, QStringLiteral("Goed: 3 van 3"));
    ASSERT_TRUE(s.passed.has_value());
    EXPECT_TRUE(*s.passed);
}

TEST(Scoring, AllWrongScoresZero)
{
    const Score s = expectScore(scoreAnswers(smallTest(), {{"s", {"a"}}, {"tf", {"juist"}}, {"m", {"w"}}}));
    EXPECT_EQ(s.points, 0);
    EXPECT_EQ(s.percentage, 0);
    EXPECT_EQ(s.count(Outcome::Incorrect), 3);
    EXPECT_EQ(s.count(Outcome::Unanswered), 0);
    EXPECT_EQ(s.band, 0);
    EXPECT_EQ(s.feedback, QStringLiteral("Zwak: 0/3"));
    EXPECT_EQ(s.passed, std::optional<bool>(false));
}

TEST(Scoring, AllUnansweredScoresZeroAndSaysUnanswered)
{
    const Score s = expectScore(scoreAnswers(smallTest(), {}));
    EXPECT_EQ(s.points, 0);
    EXPECT_EQ(s.maxPoints, 3);
    ASSERT_EQ(s.results.size(), 3);
    for (const QuestionResult &r : s.results) {
        EXPECT_EQ(r.outcome, Outcome::Unanswered) << r.questionId.toStdString();
        EXPECT_TRUE(r.chosen.isEmpty());
        EXPECT_FALSE(r.correct.isEmpty());
    }
    EXPECT_EQ(s.passed, std::optional<bool>(false));
}

TEST(Scoring, EmptySetCountsAsUnanswered)
{
    const Score s = expectScore(scoreAnswers(smallTest(), {{"s", {}}, {"m", {}}}));
    EXPECT_EQ(s.result("s")->outcome, Outcome::Unanswered);
    EXPECT_EQ(s.result("m")->outcome, Outcome::Unanswered);
}

TEST(Scoring, MultipleIsAllOrNothing)
{
    const SelfTest t = smallTest();
    const auto outcomeFor = [&](const QSet<QString> &chosen) {
        return expectScore(scoreAnswers(t, {{"m", chosen}})).result("m")->outcome;
    };
    EXPECT_EQ(outcomeFor({"x", "z"}), Outcome::Correct);
    EXPECT_EQ(outcomeFor({"x"}), Outcome::Incorrect) << "a correct subset earns nothing";
    EXPECT_EQ(outcomeFor({"z"}), Outcome::Incorrect);
    EXPECT_EQ(outcomeFor({"x", "y", "z"}), Outcome::Incorrect) << "a superset earns nothing";
    EXPECT_EQ(outcomeFor({"w", "x", "y", "z"}), Outcome::Incorrect) << "ticking everything earns nothing";
    EXPECT_EQ(outcomeFor({"w", "y"}), Outcome::Incorrect);
}

TEST(Scoring, ResultsListChosenAndCorrectInDefinitionOrder)
{
    const Score s = expectScore(scoreAnswers(smallTest(), {{"s", {"c"}}, {"m", {"z", "y", "w"}}}));
    ASSERT_EQ(s.results.size(), 3);
    EXPECT_EQ(s.results[0].questionId, QStringLiteral("s"));
    EXPECT_EQ(s.results[0].chosen, QStringList({"c"}));
    EXPECT_EQ(s.results[0].correct, QStringList({"b"}));
    EXPECT_EQ(s.results[0].outcome, Outcome::Incorrect);
    EXPECT_EQ(s.results[2].chosen, QStringList({"w", "y", "z"}));
    EXPECT_EQ(s.results[2].correct, QStringList({"x", "z"}));
}

TEST(Scoring, PercentageRoundsHalfUp)
{
    SelfTest t;
    for (int i = 0; i < 8; ++i)
        t.questions.append(makeQuestion(QString::number(i), Question::Type::Single, {"j", "n"}, {"j"}));
    const auto percentFor = [&](int correctCount) {
        Answers answers;
        for (int i = 0; i < correctCount; ++i)
            answers.insert(QString::number(i), {"j"});
        return expectScore(scoreAnswers(t, answers)).percentage;
    };
    EXPECT_EQ(percentFor(1), 13); // 12.5
    EXPECT_EQ(percentFor(3), 38); // 37.5
    EXPECT_EQ(percentFor(5), 63); // 62.5
    EXPECT_EQ(percentFor(8), 100);
    t.questions.resize(3);
    const Score third = expectScore(scoreAnswers(t, {{"0", {"j"}}}));
    EXPECT_EQ(third.percentage, 33);
    const Score twoThirds = expectScore(scoreAnswers(t, {{"0", {"j"}}, {"1", {"j"}}}));
    EXPECT_EQ(twoThirds.percentage, 67);
}

TEST(Scoring, PassedIsUnsetWithoutPassScore)
{
    SelfTest t = smallTest();
    t.passScore.reset();
    EXPECT_FALSE(expectScore(scoreAnswers(t, {{"s", {"b"}}})).passed.has_value());
    t.passScore = 0;
    EXPECT_EQ(expectScore(scoreAnswers(t, {})).passed, std::optional<bool>(true));
}

TEST(Scoring, BandIsTheHighestLowerBoundNotAboveTheScore)
{
    const QList<ScoreBand> bands = {{0, "a"}, {6, "b"}, {8, "c"}};
    EXPECT_EQ(bandFor(bands, 0), 0);
    EXPECT_EQ(bandFor(bands, 5), 0);
    EXPECT_EQ(bandFor(bands, 6), 1);
    EXPECT_EQ(bandFor(bands, 7), 1);
    EXPECT_EQ(bandFor(bands, 8), 2);
    EXPECT_EQ(bandFor(bands, 10), 2);
    // Hand-built tests need not be sorted; the rule still holds.
    const QList<ScoreBand> unsorted = {{8, "c"}, {0, "a"}, {6, "b"}};
    EXPECT_EQ(bandFor(unsorted, 7), 2);
    EXPECT_EQ(bandFor(unsorted, 9), 0);
    EXPECT_EQ(bandFor(unsorted, 1), 1);
    EXPECT_EQ(bandFor({}, 3), -1);
    EXPECT_EQ(bandFor({{2, "x"}}, 1), -1);
}

TEST(Scoring, NoBandsMeansNoFeedback)
{
    SelfTest t = smallTest();
    t.bands.clear();
    const Score s = expectScore(scoreAnswers(t, {{"s", {"b"}}}));
    EXPECT_EQ(s.band, -1);
    EXPECT_TRUE(s.feedback.isEmpty());
    EXPECT_EQ(s.points, 1);
}

TEST(Scoring, PlaceholdersAreFilledEverywhereAndOnlyThere)
{
    EXPECT_EQ(fillScorePlaceholders("{{score}}/{{maxScore}}, nogmaals {{score}}", 7, 10),
              QStringLiteral("7/10, nogmaals 7"));
    EXPECT_EQ(fillScorePlaceholders("{score} {{Score}} <b>{{maxScore}}</b>", 1, 2),
              QStringLiteral("{score} {{Score}} <b>2</b>"));
}

// On paper there is no one score: a band says the range it covers.
TEST(Scoring, BandFeedbackForPaperNamesTheBandsRange)
{
    SelfTest t;
    for (int i = 0; i < 10; ++i)
        t.questions << Question{};
    t.bands = {{0, QStringLiteral("{{score}} van {{maxScore}}: onvoldoende")},
               {6, QStringLiteral("{{score}} van {{maxScore}}: voldoende")},
               {8, QStringLiteral("{{score}} van {{maxScore}}: goed")},
               {10, QStringLiteral("{{score}} van {{maxScore}}: alles goed")}};
    EXPECT_EQ(bandFeedbackForRange(t, 0), QStringLiteral("0\u20135 van 10: onvoldoende"));
    EXPECT_EQ(bandFeedbackForRange(t, 1), QStringLiteral("6\u20137 van 10: voldoende"));
    EXPECT_EQ(bandFeedbackForRange(t, 2), QStringLiteral("8\u20139 van 10: goed"));
    EXPECT_EQ(bandFeedbackForRange(t, 3), QStringLiteral("10 van 10: alles goed"));
    EXPECT_EQ(bandRange(t, 1).low, 6);
    EXPECT_EQ(bandRange(t, 1).high, 7);
}

TEST(Scoring, RejectsUnknownQuestion)
{
    const ScoringError e = expectError(scoreAnswers(smallTest(), {{"s", {"b"}}, {"bestaat-niet", {"a"}}}));
    EXPECT_EQ(e.kind, ScoringError::Kind::UnknownQuestion);
    EXPECT_EQ(e.questionId, QStringLiteral("bestaat-niet"));
    EXPECT_TRUE(e.message.contains("bestaat-niet"));
}

TEST(Scoring, RejectsUnknownOption)
{
    const ScoringError e = expectError(scoreAnswers(smallTest(), {{"m", {"x", "q"}}}));
    EXPECT_EQ(e.kind, ScoringError::Kind::UnknownOption);
    EXPECT_EQ(e.questionId, QStringLiteral("m"));
    EXPECT_EQ(e.optionId, QStringLiteral("q"));
    EXPECT_TRUE(e.message.contains("'q'"));
    // An option of another question is just as unknown here.
    EXPECT_EQ(expectError(scoreAnswers(smallTest(), {{"s", {"x"}}})).kind,
              ScoringError::Kind::UnknownOption);
}

TEST(Scoring, RejectsTwoOptionsForSingleAndTrueFalse)
{
    const ScoringError single = expectError(scoreAnswers(smallTest(), {{"s", {"a", "b"}}}));
    EXPECT_EQ(single.kind, ScoringError::Kind::TooManyOptions);
    EXPECT_EQ(single.questionId, QStringLiteral("s"));
    const ScoringError tf = expectError(scoreAnswers(smallTest(), {{"tf", {"juist", "onjuist"}}}));
    EXPECT_EQ(tf.kind, ScoringError::Kind::TooManyOptions);
    EXPECT_EQ(tf.questionId, QStringLiteral("tf"));
    EXPECT_FALSE(validateAnswers(smallTest(), {{"m", {"w", "x", "y"}}}).has_value());
}

// --- the real module 1.4 self-test -------------------------------------------------

namespace {

const SelfTest &module14()
{
    static const std::shared_ptr<const Course> course = [] {
        LoadOptions options;
        options.openWithMissingMedia = true;
        return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
    }();
    if (!course || !course->selfTest) {
        ADD_FAILURE() << "module 1.4 or its self-test did not load";
        static const SelfTest none;
        return none;
    }
    return *course->selfTest;
}

// The answer key, written down independently of course.json.
const QList<std::pair<QString, QString>> kModule14Key = {
    {"zt-01", "u-is-norm"}, {"zt-02", "overheid-ddma-organisatie"}, {"zt-03", "controle"},
    {"zt-04", "juist"},     {"zt-05", "waarde-overheid"},           {"zt-06", "onjuist"},
    {"zt-07", "klant"},     {"zt-08", "onjuist"},                   {"zt-09", "naam-en-bedanken"},
    {"zt-10", "onjuist"},
};

QString wrongOptionFor(const Question &q)
{
    for (const Option &o : q.options) {
        if (!q.isCorrectOption(o.id))
            return o.id;
    }
    return {};
}

// The first `correctCount` questions right, the others wrong.
Answers module14Answers(int correctCount)
{
    Answers answers;
    const SelfTest &t = module14();
    for (int i = 0; i < t.questions.size(); ++i) {
        const Question &q = t.questions[i];
        answers.insert(q.id, {i < correctCount ? kModule14Key.value(i).second : wrongOptionFor(q)});
    }
    return answers;
}

} // namespace

TEST(ScoringModule14, AnswerKeyMatchesTheCourse)
{
    const SelfTest &t = module14();
    ASSERT_EQ(t.questions.size(), kModule14Key.size());
    for (int i = 0; i < t.questions.size(); ++i) {
        EXPECT_EQ(t.questions[i].id, kModule14Key[i].first);
        EXPECT_EQ(t.questions[i].correct, QStringList{kModule14Key[i].second}) << t.questions[i].id.toStdString();
    }
    EXPECT_EQ(t.passScore, std::optional<int>(6));
    ASSERT_EQ(t.bands.size(), 3);
    EXPECT_EQ(t.bands[0].minScore, 0);
    EXPECT_EQ(t.bands[1].minScore, 6);
    EXPECT_EQ(t.bands[2].minScore, 8);
}

TEST(ScoringModule14, AllCorrectIsTenOutOfTen)
{
    const Score s = expectScore(scoreAnswers(module14(), module14Answers(10)));
    EXPECT_EQ(s.points, 10);
    EXPECT_EQ(s.maxPoints, 10);
    EXPECT_EQ(s.percentage, 100);
    EXPECT_EQ(s.band, 2);
    EXPECT_EQ(s.passed, std::optional<bool>(true));
    EXPECT_TRUE(s.feedback.startsWith(QStringLiteral("Je hebt 10 van de 10 vragen goed.")));
}

TEST(ScoringModule14, AllWrongIsZero)
{
    const Score s = expectScore(scoreAnswers(module14(), module14Answers(0)));
    EXPECT_EQ(s.points, 0);
    EXPECT_EQ(s.count(Outcome::Incorrect), 10);
    EXPECT_EQ(s.band, 0);
    EXPECT_EQ(s.passed, std::optional<bool>(false));
}

TEST(ScoringModule14, AllUnansweredIsZero)
{
    const Score s = expectScore(scoreAnswers(module14(), {}));
    EXPECT_EQ(s.points, 0);
    EXPECT_EQ(s.count(Outcome::Unanswered), 10);
    EXPECT_EQ(s.band, 0);
    EXPECT_TRUE(s.feedback.startsWith(QStringLiteral("Je hebt 0 van de 10 vragen goed.")));
}

namespace {

struct BandCase
{
    int points;
    int band;
    bool passed;
};

// Readable test names in ctest instead of raw bytes.
[[maybe_unused]] void PrintTo(const BandCase &c, std::ostream *os)
{
    *os << c.points << " points, band " << c.band << (c.passed ? ", passed" : ", failed");
}

} // namespace

class ScoringModule14Bands : public ::testing::TestWithParam<BandCase>
{
};

TEST_P(ScoringModule14Bands, ScoreLandsInTheRightBand)
{
    const BandCase c = GetParam();
    const SelfTest &t = module14();
    const Score s = expectScore(scoreAnswers(t, module14Answers(c.points)));
    EXPECT_EQ(s.points, c.points);
    EXPECT_EQ(s.percentage, c.points * 10);
    EXPECT_EQ(s.band, c.band);
    EXPECT_EQ(s.passed, std::optional<bool>(c.passed));
    ASSERT_GE(s.band, 0);
    QString expected = t.bands[c.band].feedback;
    expected.replace("{{score}}", QString::number(c.points)).replace("{{maxScore}}", "10");
    EXPECT_EQ(s.feedback, expected);
    EXPECT_FALSE(s.feedback.contains("{{"));
    EXPECT_TRUE(s.feedback.contains(QStringLiteral("Je hebt %1 van de 10").arg(c.points)));
}

INSTANTIATE_TEST_SUITE_P(Boundaries, ScoringModule14Bands,
                         ::testing::Values(BandCase{5, 0, false}, BandCase{6, 1, true},
                                           BandCase{7, 1, true}, BandCase{8, 2, true},
                                           BandCase{10, 2, true}),
                         [](const auto &info) { return "Score" + std::to_string(info.param.points); });

TEST(ScoringModule14, WrongAnswersAreReportedPerQuestion)
{
    Answers answers = module14Answers(10);
    answers["zt-04"] = {"onjuist"};
    answers.remove("zt-09");
    const Score s = expectScore(scoreAnswers(module14(), answers));
    EXPECT_EQ(s.points, 8);
    EXPECT_EQ(s.result("zt-04")->outcome, Outcome::Incorrect);
    EXPECT_EQ(s.result("zt-04")->chosen, QStringList{"onjuist"});
    EXPECT_EQ(s.result("zt-04")->correct, QStringList{"juist"});
    EXPECT_EQ(s.result("zt-09")->outcome, Outcome::Unanswered);
    EXPECT_EQ(s.result("zt-09")->correct, QStringList{"naam-en-bedanken"});
}

TEST(ScoringModule14, RejectsInvalidIds)
{
    Answers answers = module14Answers(10);
    answers["zt-11"] = {"juist"};
    EXPECT_EQ(expectError(scoreAnswers(module14(), answers)).kind, ScoringError::Kind::UnknownQuestion);

    answers = module14Answers(10);
    answers["zt-01"] = {"u-is-normen"};
    const ScoringError e = expectError(scoreAnswers(module14(), answers));
    EXPECT_EQ(e.kind, ScoringError::Kind::UnknownOption);
    EXPECT_EQ(e.questionId, QStringLiteral("zt-01"));
    EXPECT_EQ(e.optionId, QStringLiteral("u-is-normen"));

    answers = module14Answers(10);
    answers["zt-06"] = {"juist", "onjuist"};
    EXPECT_EQ(expectError(scoreAnswers(module14(), answers)).kind, ScoringError::Kind::TooManyOptions);
}
