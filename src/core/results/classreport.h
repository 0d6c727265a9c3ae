#pragma once

// How a class did, from the results files its learners handed in (resultsfile.h): one
// row per learner (the latest file of each) with a right/wrong mark per self-test question
// of their best attempt, and per question how many best attempts got it wrong and which
// wrong answer was chosen most, so the trainer sees which rule to explain again.

#include "core/results/resultsfile.h"

#include <QHash>
#include <QList>
#include <QString>

namespace leerpad::xapi {

struct ClassRow
{
    QString learner;       // name, else student number, else profile id
    QString studentNumber;
    int pagesCompleted = 0;
    int pageCount = 0;
    int practiceCorrect = 0;
    int practiceChecked = 0;
    int attempts = 0;
    std::optional<int> bestScore;
    std::optional<bool> passed; // of the best attempt
    QDateTime exportedAt; // the last statement (or a 1.2 file's export): the newest counts
    QString file;
    // Self-test question id -> right in the best attempt; absent without an attempt.
    QHash<QString, bool> right;
};

struct QuestionStat
{
    QString questionId;
    int wrong = 0;    // best attempts that got it wrong
    int answered = 0; // best attempts in all
    // The wrong answer (option ids joined by "+") most best attempts chose, and how many.
    QString commonWrongAnswer;
    int commonWrongCount = 0;
};

struct ClassReport
{
    QString courseId;
    QString courseTitle;
    int maxScore = 0;
    QList<ClassRow> rows;           // by learner name
    QList<QuestionStat> questions;  // most often wrong first
    QStringList questionIds;        // the grid's columns: ids in natural order (v2 before v10)
    QStringList skipped;            // files of another course, or older copies, and why
};

// results: files that were read without errors. The course is the first file's; files
// of another course are skipped (said in `skipped`), and of one learner (same profile)
// only the newest export counts.
ClassReport buildClassReport(const QList<LearnerResults> &results);

// The report as two tables of text cells, each with its header row: the learners (with
// a column per question: 1 right, 0 wrong, empty without an attempt), then the questions.
QList<QList<QStringList>> classReportTables(const ClassReport &report);

// The tables as tab-separated text, a blank line between them: for a terminal.
QString classReportText(const ClassReport &report);

// The tables as CSV (RFC 4180: commas, CRLF, fields with quotes, commas or line breaks
// quoted) in UTF-8 with a byte order mark, so a spreadsheet opens the names' accents
// right by double-click; a blank line between the tables.
QByteArray classReportCsv(const ClassReport &report);

} // namespace leerpad::xapi
