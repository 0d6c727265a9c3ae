#pragma once

// The class report's two tables as widgets: the learners (a row each, a ✓/✗/– column
// per self-test question) and the questions (how many got each right, the wrong answer
// chosen most, the question, the theory page it points to). Every cell is plain text
// from the files; numbers sort as numbers. With the course the files are about, the
// question, option and page texts and the score bands are shown, not only ids.

#include "core/model/course.h"
#include "core/results/classreport.h"

#include <QStringList>

class QTableWidget;
class QWidget;

namespace leerpad::classreport {

// The learners table's columns before the one-per-question grid.
QStringList learnerHeaders();
QStringList questionHeaders();
inline constexpr int kTheoryColumn = 3; // in the questions table; Qt::UserRole holds the page id

QTableWidget *makeTable(const QStringList &headers, const QString &accessibleName, QWidget *parent);

// course: the one open in the window, or null (then ids only).
void fillLearners(QTableWidget *table, const xapi::ClassReport &report, const Course *course);
void fillQuestions(QTableWidget *table, const xapi::ClassReport &report, const Course *course);

} // namespace leerpad::classreport
