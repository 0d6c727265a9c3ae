#pragma once

// What the progress store keeps per course, as plain values. Deliberately free of the
// player's own types (NavigationState, Attempt): the store must be able to read back
// what an older or newer player wrote, so it speaks in ids and strings only and the
// caller maps them.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace leerpad {

struct StoredNavigation
{
    QString currentPageId; // empty: never opened
    QSet<QString> visited;
    QSet<QString> completed;

    bool operator==(const StoredNavigation &) const = default;
};

struct PracticeAnswer
{
    QStringList optionIds; // chosen options; empty when the learner cleared the choice
    bool checked = false;  // "Controleer" pressed for this choice

    bool operator==(const PracticeAnswer &) const = default;
};

struct StoredAttempt
{
    QString id;            // unique within the course
    int number = 0;        // 1-based, in the order attempts were started
    QString courseVersion; // filled in by the store: the course version it was taken under
    QDateTime startedAt;   // UTC, millisecond precision
    QDateTime submittedAt; // UTC; invalid while the attempt is in progress
    quint64 shuffleSeed = 0;
    QStringList questionOrder;               // question ids in the order shown
    QHash<QString, QStringList> optionOrder; // question id -> option ids in the order shown
    QHash<QString, QStringList> answers;     // question id -> chosen option ids
    std::optional<int> score;                // points; set when submitted
    std::optional<int> bandIndex;            // index into the test's bands; set when submitted

    bool isSubmitted() const { return submittedAt.isValid(); }
    bool operator==(const StoredAttempt &) const = default;
};

struct CourseProgress
{
    QString courseId;
    QString courseVersion;
    StoredNavigation navigation;
    QHash<QString, PracticeAnswer> practice; // question id -> answer
    QHash<QString, qint64> audioPositions;   // audio block id -> position in ms
    QList<StoredAttempt> attempts;           // by start time, oldest first

    bool isEmpty() const;
    const StoredAttempt *attempt(const QString &attemptId) const;
    bool operator==(const CourseProgress &) const = default;
};

// The ids a course has right now. Progress for any other id is dropped when a course is
// opened, so a re-published course keeps everything that still fits it.
struct CourseKeys
{
    QString courseId;
    QString courseVersion;
    QSet<QString> pageIds;
    QHash<QString, QSet<QString>> questionOptions; // every question id (practice and self-test) -> its option ids
    QSet<QString> audioBlockIds;
};

// What opening a course had to drop because the ids no longer exist.
struct ReconcileReport
{
    bool versionChanged = false;
    QString previousVersion;
    int droppedPages = 0;    // visited/completed/current page entries
    int droppedAnswers = 0;  // practice answers (question or a chosen option gone)
    int droppedAudio = 0;    // audio positions
    int droppedAttempts = 0; // self-test attempts that no longer fit the test

    int droppedTotal() const { return droppedPages + droppedAnswers + droppedAudio + droppedAttempts; }
    bool operator==(const ReconcileReport &) const = default;
};

struct CourseResume
{
    CourseProgress progress;
    ReconcileReport report;
    bool resumed = false; // earlier progress was found (show "Verder waar je gebleven was")
};

// A database file the store could not use and moved aside instead of deleting.
struct StoreRecovery
{
    enum class Reason { Corrupt, NewerSchema };
    Reason reason = Reason::Corrupt;
    QString backupPath; // where progress.sqlite now lives
    QString detail;     // technical cause, for logs

    bool operator==(const StoreRecovery &) const = default;
};

} // namespace leerpad
