#pragma once

// What the progress store keeps per course. It stores the learner's own types
// (NavigationState, PracticeAnswer, Attempt) as they are: one type per concept. What
// an older or newer player wrote is read back in ids and strings that the store
// checks against the course as it is now (see CourseKeys and storereconcile.h).

#include "core/learning/attempt.h"
#include "core/learning/navigationstate.h"
#include "core/learning/practice.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace leerpad {

struct CourseProgress
{
    QString courseId;
    QString courseVersion;
    // The xAPI registration this learner's work in the course is reported under: made
    // when the course is first opened, new after a reset (docs/results.md).
    QString registration;
    NavigationState navigation;
    QHash<QString, PracticeAnswer> practice; // question id -> answer
    QHash<QString, qint64> audioPositions;   // audio block id -> position in ms
    // By start time, oldest first. Read back without a score: the points follow from the
    // answers (SelfTestSession rescores), so the file holds nothing it could get wrong.
    QList<Attempt> attempts;

    bool isEmpty() const;
    const Attempt *attempt(const QString &attemptId) const;
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

// One xAPI statement on its way to the LRS. body is the exact JSON that is sent, so a
// statement sent again after a crash is byte for byte the one sent before.
struct OutboxStatement
{
    QString id; // the statement's UUID
    QString courseId;
    QString registration;
    QByteArray body;
    bool operator==(const OutboxStatement &) const = default;
};

struct OutboxEntry
{
    qint64 seq = 0; // order of the events
    OutboxStatement statement;
    int attempts = 0;
    QString lastError;
    qint64 nextTryAtMs = 0;
};

struct OutboxStatus
{
    int waiting = 0;        // still to be sent
    int quarantined = 0;    // refused by the LRS as invalid; kept for the trainer
    QString lastError;      // of the oldest waiting or quarantined statement
    qint64 nextTryAtMs = 0; // when the oldest waiting one is due (ms since the epoch)
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
