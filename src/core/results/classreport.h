#pragma once

// How a class did, from the results files its learners handed in (resultsfile.h): one
// row per learner (the latest file of each), and per self-test question how many of the
// learners' best attempts got it wrong, so the trainer sees which rule to explain again.

#include "core/results/resultsfile.h"

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
    QDateTime exportedAt;
    QString file;
};

struct QuestionStat
{
    QString questionId;
    int wrong = 0;    // best attempts that got it wrong
    int answered = 0; // best attempts in all
};

struct ClassReport
{
    QString courseId;
    QString courseTitle;
    int maxScore = 0;
    QList<ClassRow> rows;           // by learner name
    QList<QuestionStat> questions;  // most often wrong first
    QStringList skipped;            // files of another course, or older copies, and why
};

// results: files that were read without errors. The course is the first file's; files
// of another course are skipped (said in `skipped`), and of one learner (same profile)
// only the newest export counts.
ClassReport buildClassReport(const QList<LearnerResults> &results);

// The report as tab-separated text with a header line: for a spreadsheet or a terminal.
QString classReportText(const ClassReport &report);

} // namespace leerpad::xapi
