#pragma once

// A learner's answer to a practice question: what is chosen and whether it was checked.
// Practice is never scored; whether a checked answer is right follows from the
// question (see judgeAnswer() in scoring.h).

#include <QStringList>

namespace leerpad {

struct PracticeAnswer
{
    QStringList optionIds; // chosen options; empty when the learner cleared the choice
    bool checked = false;  // "Controleren" pressed for this choice

    friend bool operator==(const PracticeAnswer &, const PracticeAnswer &) = default;
};

} // namespace leerpad
