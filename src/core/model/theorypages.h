#pragma once

// The theory pages a question's explanation points to. Explanations name them the way a
// writer does — "Zie ‘Normen en waarden’ …" — so a quoted phrase (‘…’, “…” or "…") that
// is a page's title, ignoring case, is a reference to that page (the first page with
// that title, in course order). The trainer's class report links each question to them,
// so the trainer can open the rule to explain again.

#include "core/model/course.h"

#include <QStringList>

namespace leerpad {

// Page ids, in the order the explanation names them, each once.
QStringList theoryPagesOf(const Course &course, const Question &question);

} // namespace leerpad
