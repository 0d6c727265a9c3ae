#pragma once

// Learner-facing wording of the self-test, in one place so the widgets stay thin and
// the exact sentences (the submit confirmation above all) can be tested without
// opening a dialog. Course strings passed in are data: every function that returns
// rich text escapes them.

#include "core/learning/attempt.h"
#include "core/model/course.h"

#include <QCoreApplication>
#include <QString>

namespace leerpad {

class SelfTestText
{
    Q_DECLARE_TR_FUNCTIONS(SelfTestText)
public:
    // "7 van de 10 goed (70%)".
    static QString scoreSummary(const Score &score);

    // The question of the "Inleveren" dialog; names unanswered questions by number.
    static QString submitConfirmation(const QList<int> &unansweredNumbers, int questionCount);

    // "2, 5 en 9".
    static QString numberList(const QList<int> &numbers);

    // Option texts for ids, in the given order, or "(niet beantwoord)" when empty.
    static QString optionTexts(const Question &question, const QStringList &optionIds);

    // "✓ Goed" / "✗ Fout" / "– Niet beantwoord": symbol and word, never colour alone.
    static QString outcomeLabel(Outcome outcome);

    // "Poging 2 · 14-3-2025 10:30 · 7 van de 10 goed (70%)", in local time.
    static QString attemptLabel(const Attempt &attempt);
    static QString dateTime(const QDateTime &utc);
};

} // namespace leerpad
