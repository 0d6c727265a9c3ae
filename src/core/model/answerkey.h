#pragma once

// The answer key as plain text for trainers and scripts: one line per question,
// "<question id>\t<correct option id(s)>\t<correct option text>".

#include "core/model/course.h"

#include <QStringList>

namespace leerpad {

// Practice questions in course order, then self-test questions not already listed.
// Several correct options are joined with "," (ids) and " | " (texts). Tabs and line
// breaks inside course text become spaces so every question stays on one line.
QStringList answerKeyLines(const Course &course);

// Every question of the course in that same order, each once.
QList<const Question *> allQuestions(const Course &course);

} // namespace leerpad
