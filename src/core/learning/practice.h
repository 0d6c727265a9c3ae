#pragma once

// A learner's answer to a practice question: what is chosen and whether it was checked.
// Practice is never scored; whether a checked answer is right follows from the
// question (see judgeAnswer() in scoring.h).

#include <QStringList>

namespace leerpad {

struct Question;

struct PracticeAnswer
{
    QStringList optionIds; // chosen options; empty when the learner cleared the choice
    bool checked = false;  // "Controleren" pressed for this choice

    friend bool operator==(const PracticeAnswer &, const PracticeAnswer &) = default;
};

// The order a practice question's options are shown in: a fixed shuffle per question,
// seeded from its id, so the right answer is not always in the place the author wrote
// it, yet the question looks the same every time (answers are kept by id, never by
// place). Definition order for truefalse and for a question with "shuffle": false.
QStringList practiceOptionOrder(const Question &question);

} // namespace leerpad
