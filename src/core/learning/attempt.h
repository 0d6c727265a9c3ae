#pragma once

// One learner's go at the self-test. A plain value: the self-test session changes it
// through the functions below, which keep its invariants (orders that match the test,
// answers that can be scored), and the progress store keeps it as it is.

#include "core/learning/scoring.h"
#include "core/model/course.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace leerpad {

struct Attempt
{
    QString id;                             // unique key for a store (a UUID, no braces)
    int number = 0;                         // 1-based, in the order attempts were started
    quint64 seed = 0;                       // replays questionOrder/optionOrder exactly
    QString courseVersion;                  // the course version it was started under
    QDateTime startedAt;                    // UTC
    QDateTime submittedAt;                  // UTC; invalid while the attempt is in progress
    QStringList questionOrder;              // question ids in the order shown
    QMap<QString, QStringList> optionOrder; // per question id: option ids in the order shown
    Answers answers;                        // chosen option ids per question id
    std::optional<Score> score;             // set when submitted (and when rescored)

    bool isSubmitted() const { return submittedAt.isValid(); }
    bool isAnswered(const QString &questionId) const { return !answers.value(questionId).isEmpty(); }

    bool operator==(const Attempt &) const = default;
};

// A fresh seed from the system's entropy source.
quint64 newAttemptSeed();

// A new, unanswered attempt whose orders follow from the seed and the test's flags.
Attempt startAttempt(const SelfTest &test, int number, quint64 seed, const QDateTime &startedAt);

// Records (or, with an empty set, clears) the answer to one question. Refused with an
// error, leaving the attempt unchanged, when the answer could not be scored.
std::optional<ScoringError> setAnswer(const SelfTest &test, Attempt &attempt,
                                      const QString &questionId, const QSet<QString> &optionIds);

// Scores the answers and stamps the submit time; the attempt is unchanged on error.
std::optional<ScoringError> submitAttempt(const SelfTest &test, Attempt &attempt,
                                          const QDateTime &submittedAt);

// 1-based positions (as shown to the learner) of the questions without an answer.
QList<int> unansweredNumbers(const Attempt &attempt);

// Why a stored attempt no longer fits the test (the course changed since), or nothing
// when it can be shown and scored as is.
std::optional<QString> attemptMismatch(const SelfTest &test, const Attempt &attempt);

} // namespace leerpad
