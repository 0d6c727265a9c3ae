#pragma once

// Scoring of the course self-test. Pure functions over the course model: no
// widgets, no clock, no randomness, so a stored attempt always rescores the same.
//
// Rules (one point per question):
//  - single and truefalse: 1 when the one correct option is chosen;
//  - multiple: 1 only when exactly the correct set is chosen (all-or-nothing, no
//    partial credit, no penalty beyond losing the point);
//  - unanswered (no entry, or an empty set): 0.
// Answers that cannot come from the test itself (an unknown question or option id,
// more than one option for single/truefalse) are rejected, never scored: they mean a
// corrupted store or a course that changed under a saved attempt.

#include "core/model/course.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace leerpad {

// Chosen option ids per question id. An empty set counts as unanswered. A QMap keeps
// iteration (and so persistence) in a stable order.
using Answers = QMap<QString, QSet<QString>>;

enum class Outcome { Correct, Incorrect, Unanswered };

struct QuestionResult
{
    QString questionId;
    Outcome outcome = Outcome::Unanswered;
    QStringList chosen;  // chosen option ids, in the question's definition order
    QStringList correct; // correct option ids, in the question's definition order

    bool operator==(const QuestionResult &) const = default;
};

struct Score
{
    QList<QuestionResult> results; // one per question, in the test's definition order
    int points = 0;
    int maxPoints = 0;
    int percentage = 0;            // points / maxPoints, rounded to a whole percent
    int band = -1;                 // index into SelfTest::bands, -1 when there are none
    QString feedback;              // the band's feedback with {{score}}/{{maxScore}} filled in
    std::optional<bool> passed;    // set only when the test has a passScore

    const QuestionResult *result(const QString &questionId) const;
    int count(Outcome outcome) const;

    bool operator==(const Score &) const = default;
};

struct ScoringError
{
    enum class Kind { UnknownQuestion, UnknownOption, TooManyOptions };
    Kind kind = Kind::UnknownQuestion;
    QString questionId;
    QString optionId; // for UnknownOption
    QString message;  // for logs and developers; not learner text

    bool operator==(const ScoringError &) const = default;
};

using ScoringResult = std::variant<Score, ScoringError>;

// The first problem with these answers, or nothing when they can be scored.
std::optional<ScoringError> validateAnswers(const SelfTest &test, const Answers &answers);

ScoringResult scoreAnswers(const SelfTest &test, const Answers &answers);

// The rule above for one question: the same for practice and the self-test.
Outcome judgeAnswer(const Question &question, const QSet<QString> &chosen);

// The band whose minScore is the highest one not above points; -1 when none fits.
int bandFor(const QList<ScoreBand> &bands, int points);

// Replaces {{score}} and {{maxScore}} in a band's feedback.
QString fillScorePlaceholders(const QString &feedback, int points, int maxPoints);

// The scores a band covers: from its minScore up to the next band's, or to the maximum.
struct BandRange
{
    int low = 0;
    int high = 0;
};
BandRange bandRange(const SelfTest &test, int band);
// That range as text: "6–7", or "6" when the band holds one score. An en dash reads
// the same in any course language.
QString bandRangeText(const SelfTest &test, int band);

// A band's feedback for paper, where there is no one score: {{score}} becomes the
// band's range ("6–7", or "6" when it holds one score) and {{maxScore}} the maximum.
QString bandFeedbackForRange(const SelfTest &test, int band);

} // namespace leerpad
