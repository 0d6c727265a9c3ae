#include "core/learning/attempt.h"

#include "core/learning/selftestshuffle.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace leerpad {

namespace {

bool samePermutation(QStringList a, QStringList b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

quint64 newAttemptSeed()
{
    return QRandomGenerator::system()->generate64();
}

Attempt startAttempt(const SelfTest &test, int number, quint64 seed, const QDateTime &startedAt)
{
    const AttemptOrder order = attemptOrder(test, seed);
    Attempt a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.number = number;
    a.seed = seed;
    a.startedAt = startedAt.toUTC();
    a.questionOrder = order.questions;
    a.optionOrder = order.options;
    return a;
}

std::optional<ScoringError> setAnswer(const SelfTest &test, Attempt &attempt,
                                      const QString &questionId, const QSet<QString> &optionIds)
{
    if (auto error = validateAnswers(test, Answers{{questionId, optionIds}}))
        return error;
    if (optionIds.isEmpty())
        attempt.answers.remove(questionId);
    else
        attempt.answers.insert(questionId, optionIds);
    return std::nullopt;
}

std::optional<ScoringError> submitAttempt(const SelfTest &test, Attempt &attempt,
                                          const QDateTime &submittedAt)
{
    ScoringResult result = scoreAnswers(test, attempt.answers);
    if (auto *error = std::get_if<ScoringError>(&result))
        return *error;
    attempt.score = std::get<Score>(std::move(result));
    attempt.submittedAt = submittedAt.toUTC();
    return std::nullopt;
}

QList<int> unansweredNumbers(const Attempt &attempt)
{
    QList<int> numbers;
    for (int i = 0; i < attempt.questionOrder.size(); ++i) {
        if (!attempt.isAnswered(attempt.questionOrder[i]))
            numbers.append(i + 1);
    }
    return numbers;
}

std::optional<QString> attemptMismatch(const SelfTest &test, const Attempt &attempt)
{
    QStringList ids;
    for (const Question &q : test.questions)
        ids.append(q.id);
    if (!samePermutation(ids, attempt.questionOrder))
        return QStringLiteral("question order does not match the test's questions");
    for (const Question &q : test.questions) {
        QStringList optionIds;
        for (const Option &o : q.options)
            optionIds.append(o.id);
        if (!samePermutation(optionIds, attempt.optionOrder.value(q.id)))
            return QStringLiteral("option order of '%1' does not match its options").arg(q.id);
    }
    if (auto error = validateAnswers(test, attempt.answers))
        return error->message;
    return std::nullopt;
}

} // namespace leerpad
