#pragma once

// The class report on paper: the learners table with its ✓/✗/– grid and the questions
// table (how many got each right, the wrong answer chosen most, the question, its theory
// page), as an A4 landscape PDF in the hand-out's style (handout.h: the same margins,
// fonts and escaped text), for a staff meeting or a file.

#include "core/model/course.h"
#include "core/results/classreport.h"

#include <QString>

namespace leerpad {

// course: the one the report is about, or null (ids instead of texts). On failure
// returns false and sets *error (Dutch).
bool writeClassReportPdf(const xapi::ClassReport &report, const Course *course,
                         const QString &pdfPath, QString *error);

} // namespace leerpad
