#pragma once

// A learner's results as one file, for classrooms without an LRS: the learner hands in
// the file (File → Resultaten exporteren…, or leerpad --export-results), the trainer
// reads a class's files into a report (classreport.h). Two shapes, described in
// docs/results.md ("The results file"):
//
//  - today's: a JSON array of the learner's xAPI statements for the course, exactly as
//    they are (or would be) POSTed, so any LRS accepts the file as it is
//    (statementsfile.h writes and reads it);
//  - Leerpad 1.2's summary object {"format": "leerpad-results", ...}, still read so
//    that files handed in before keep working.
//
// Reading checks every field and reports what is wrong as FILE:LINE:COL: error: message
// [pointer], like a course file; a file with errors is not used, never half-used.

#include "core/loader/diagnostic.h"
#include "core/results/learnerprofile.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace leerpad::xapi {

struct ResultAttempt
{
    int number = 0;
    QDateTime startedAt;
    QDateTime submittedAt;
    int score = 0;
    std::optional<bool> passed;
    QHash<QString, QStringList> answers; // question id -> chosen option ids
    QStringList wrong;                   // question ids answered wrong or not at all
};

struct LearnerResults
{
    QString file; // where it was read from
    LearnerProfile learner;
    QString courseId;
    QString courseVersion;
    QString courseTitle;
    int pageCount = 0;
    QStringList pagesCompleted;
    QDateTime exportedAt; // a statements file: its last statement's time
    QString registration;
    int otherCourseStatements = 0; // statements of another course, left out
    int practiceChecked = 0;
    int practiceCorrect = 0;
    QString selfTestId;
    std::optional<int> passScore;
    int maxScore = 0;
    QList<ResultAttempt> attempts; // submitted, oldest first

    // The best submitted attempt, or null.
    const ResultAttempt *best() const;
};

struct ResultsReadResult
{
    std::optional<LearnerResults> results; // absent when there are errors
    Diagnostics diagnostics;
};

ResultsReadResult readResultsFile(const QString &path);
ResultsReadResult readResults(const QByteArray &bytes, const QString &fileName);

} // namespace leerpad::xapi
