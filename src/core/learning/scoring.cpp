#include "core/learning/scoring.h"

namespace leerpad {

namespace {

const Question *findQuestion(const SelfTest &test, const QString &id)
{
    for (const Question &q : test.questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

ScoringError makeError(ScoringError::Kind kind, const QString &questionId,
                       const QString &optionId, const QString &message)
{
    return ScoringError{kind, questionId, optionId, message};
}

// Chosen ids in definition order, so results do not depend on QSet's hash order.
QStringList inDefinitionOrder(const Question &q, const QSet<QString> &ids)
{
    QStringList out;
    for (const Option &o : q.options) {
        if (ids.contains(o.id))
            out.append(o.id);
    }
    return out;
}

QStringList correctInDefinitionOrder(const Question &q)
{
    QStringList out;
    for (const Option &o : q.options) {
        if (q.correct.contains(o.id))
            out.append(o.id);
    }
    return out;
}

Outcome judge(const QStringList &chosen, const QStringList &correct)
{
    if (chosen.isEmpty())
        return Outcome::Unanswered;
    // Both lists are in definition order, so set equality is list equality. For
    // single/truefalse validation already guarantees at most one chosen id.
    return chosen == correct ? Outcome::Correct : Outcome::Incorrect;
}

} // namespace

const QuestionResult *Score::result(const QString &questionId) const
{
    for (const QuestionResult &r : results) {
        if (r.questionId == questionId)
            return &r;
    }
    return nullptr;
}

int Score::count(Outcome outcome) const
{
    int n = 0;
    for (const QuestionResult &r : results)
        n += r.outcome == outcome ? 1 : 0;
    return n;
}

std::optional<ScoringError> validateAnswers(const SelfTest &test, const Answers &answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const Question *q = findQuestion(test, it.key());
        if (!q) {
            return makeError(ScoringError::Kind::UnknownQuestion, it.key(), {},
                             QStringLiteral("answer for unknown question '%1'").arg(it.key()));
        }
        // Sorted so the reported option is the same on every run.
        QStringList ids = it.value().values();
        ids.sort();
        for (const QString &optionId : std::as_const(ids)) {
            if (!q->option(optionId)) {
                return makeError(ScoringError::Kind::UnknownOption, q->id, optionId,
                                 QStringLiteral("question '%1' has no option '%2'")
                                     .arg(q->id, optionId));
            }
        }
        if (q->type != Question::Type::Multiple && ids.size() > 1) {
            return makeError(ScoringError::Kind::TooManyOptions, q->id, {},
                             QStringLiteral("question '%1' takes one option, got %2 (%3)")
                                 .arg(q->id)
                                 .arg(ids.size())
                                 .arg(ids.join(QLatin1String(", "))));
        }
    }
    return std::nullopt;
}

int bandFor(const QList<ScoreBand> &bands, int points)
{
    // The loader keeps bands ascending, but picking the highest fitting lower bound
    // explicitly keeps this correct for any hand-built test too.
    int best = -1;
    for (int i = 0; i < bands.size(); ++i) {
        if (bands[i].minScore <= points && (best < 0 || bands[i].minScore > bands[best].minScore))
            best = i;
    }
    return best;
}

QString fillScorePlaceholders(const QString &feedback, int points, int maxPoints)
{
    QString out = feedback;
    out.replace(QLatin1String("{{score}}"), QString::number(points));
    out.replace(QLatin1String("{{maxScore}}"), QString::number(maxPoints));
    return out;
}

BandRange bandRange(const SelfTest &test, int band)
{
    const int maxPoints = int(test.questions.size());
    BandRange range{test.bands.value(band).minScore, maxPoints};
    // Bands are ascending (see bandFor()), but look at all of them to be sure.
    for (const ScoreBand &other : test.bands) {
        if (other.minScore > range.low && other.minScore - 1 < range.high)
            range.high = other.minScore - 1;
    }
    return range;
}

QString bandRangeText(const SelfTest &test, int band)
{
    const BandRange range = bandRange(test, band);
    return range.low >= range.high ? QString::number(range.low)
                                   : QStringLiteral("%1\u2013%2").arg(range.low).arg(range.high);
}

QString bandFeedbackForRange(const SelfTest &test, int band)
{
    QString out = test.bands.value(band).feedback;
    out.replace(QLatin1String("{{score}}"), bandRangeText(test, band));
    out.replace(QLatin1String("{{maxScore}}"), QString::number(test.questions.size()));
    return out;
}

Outcome judgeAnswer(const Question &question, const QSet<QString> &chosen)
{
    return judge(inDefinitionOrder(question, chosen), correctInDefinitionOrder(question));
}

ScoringResult scoreAnswers(const SelfTest &test, const Answers &answers)
{
    if (auto error = validateAnswers(test, answers))
        return *error;

    Score score;
    score.maxPoints = int(test.questions.size());
    for (const Question &q : test.questions) {
        QuestionResult r;
        r.questionId = q.id;
        r.chosen = inDefinitionOrder(q, answers.value(q.id));
        r.correct = correctInDefinitionOrder(q);
        r.outcome = judge(r.chosen, r.correct);
        score.points += r.outcome == Outcome::Correct ? 1 : 0;
        score.results.append(r);
    }
    score.percentage = score.maxPoints > 0
        ? (200 * score.points + score.maxPoints) / (2 * score.maxPoints) // round half up
        : 0;
    score.band = bandFor(test.bands, score.points);
    if (score.band >= 0)
        score.feedback = fillScorePlaceholders(test.bands[score.band].feedback, score.points,
                                               score.maxPoints);
    if (test.passScore)
        score.passed = score.points >= *test.passScore;
    return score;
}

} // namespace leerpad
