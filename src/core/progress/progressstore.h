#pragma once

// The learner's progress, saved after every interaction. One SQLite file
// (progress.sqlite) in the data directory holds all courses. Each save call is one
// transaction, committed before it returns: there is no save timer and nothing depends
// on a clean exit. See docs/progress-store.md for the schema and durability policy.
//
// The store also keeps every course it has seen this session in memory. When the file
// cannot be written (read-only or missing folder, full disk, a file deleted underneath
// it) the learner keeps working, isSaving() turns false, and every later call retries;
// once saving works again the in-memory state is written in full. A file it cannot use
// (damaged, not a progress file, from a newer Leerpad) is moved aside, never deleted.
//
// Not thread-safe: use it from the thread that created it (the GUI thread).

#include "core/progress/storetypes.h"

#include <QHash>
#include <QObject>
#include <QSqlError>

#include <functional>
#include <memory>

namespace leerpad {

class StoreConnection;
class StoreOutbox;
class StoreWriter;

class ProgressStore : public QObject
{
    Q_OBJECT
public:
    enum class Durability {
        PowerLoss,    // synchronous=FULL: a commit is on disk when the call returns
        ProcessCrash, // synchronous=NORMAL: survives a killed or crashed player, not power loss
    };

    // Opens (creating if needed) dataDir/progress.sqlite right away, so isSaving() and
    // recoveries() are meaningful as soon as the constructor returns.
    // The file holds every learner profile of the data directory; a store reads and
    // writes the rows of one (profileId). Rows saved before there were profiles belong
    // to the first profile that opens the file. Without a profile id the store uses the
    // rows no profile has claimed (tests and tools with one learner).
    explicit ProgressStore(const QString &dataDir, QObject *parent = nullptr);
    ProgressStore(const QString &dataDir, Durability durability, QObject *parent = nullptr);
    ProgressStore(const QString &dataDir, const QString &profileId, Durability durability,
                  QObject *parent = nullptr);
    ~ProgressStore() override;

    static QString fileName();
    QString databasePath() const;
    QString connectionName() const; // unique per instance; removed by the destructor
    QString profileId() const { return m_profileId; }

    // --- Status -----------------------------------------------------------------------
    bool isSaving() const { return m_saving; }
    // Learner text (Dutch) for a persistent warning; empty while saving works.
    QString savingWarning() const;
    QString lastError() const { return m_lastError; } // technical, for logs
    // Every unusable file this instance moved aside, oldest first.
    QList<StoreRecovery> recoveries() const { return m_recoveries; }
    static QString describe(const StoreRecovery &recovery); // learner text (Dutch)
    static QString describe(const ReconcileReport &report); // learner text; empty: nothing to say

    // --- Courses ----------------------------------------------------------------------
    // The saved progress of a course, fitted to the ids it has now (see CourseKeys);
    // what no longer fits is dropped from the file too and reported.
    CourseResume openCourse(const CourseKeys &keys);
    // The state the store holds for a course this session, or null. Valid until the
    // next call on the store.
    const CourseProgress *progress(const QString &courseId) const;

    // Each call is one learner action and one committed transaction. They return whether
    // it reached the file; the in-memory state is updated either way. Saving for a
    // course that was not opened first works, but its version stays unknown.
    bool saveNavigation(const QString &courseId, const NavigationState &navigation);
    // One learner action's navigation: the current page and the pages that changed. Its
    // cost does not grow with the number of pages seen.
    bool saveNavigationChange(const QString &courseId, const NavigationChange &change);
    bool savePracticeAnswer(const QString &courseId, const QString &questionId,
                            const PracticeAnswer &answer);
    bool saveAudioPosition(const QString &courseId, const QString &blockId, qint64 positionMs);
    // Start, answer or submit: the whole attempt, keyed by its id. The store keeps the
    // course version the attempt was first saved under.
    bool saveAttempt(const QString &courseId, const Attempt &attempt);
    // "Voortgang wissen": forgets everything of one course (other courses stay) and
    // starts a new registration. Statements already in the outbox still go out.
    bool reset(const QString &courseId);

    // --- Results: the outbox of xAPI statements (docs/results.md) --------------------
    // The registration the course's statements are reported under, made when first
    // asked for and saved with the course's next change.
    QString registration(const QString &courseId);
    // Statements that report the next save call: written in its transaction, so a saved
    // change and its statements are on file together or not at all. While the file
    // cannot be written they wait in memory with the progress, and go in with it.
    void stageStatements(const QList<OutboxStatement> &statements);
    // Statements of an event that changes no progress (the course closed): one commit.
    bool saveStatements(const QString &courseId, const QList<OutboxStatement> &statements);
    // For the sender, oldest first; empty while the oldest is not due at nowMs.
    QList<OutboxEntry> dueStatements(int limit, qint64 nowMs);
    bool markSent(const QList<qint64> &seqs);
    bool markRetry(const QList<qint64> &seqs, const QString &error, qint64 nextTryAtMs);
    bool markQuarantined(qint64 seq, const QString &error);
    OutboxStatus outboxStatus();
    QList<OutboxEntry> quarantinedStatements();
    // The trainer fixed what the LRS refused (or the LRS itself): every quarantined
    // statement goes back in line, in its old place in the event order.
    bool retryQuarantined();
    // Everything the course's current registration reported, sent or not, in event
    // order (also what waits in memory while the file cannot be written): the
    // learner's results file. Not the statements the LRS refused as invalid. Open the
    // course first: its registration is read with it.
    QList<OutboxStatement> statementsOf(const QString &courseId);

signals:
    void savingChanged(bool saving);
    void recovered(const leerpad::StoreRecovery &recovery);
    // Statements were added to the outbox file, or left it.
    void outboxChanged();

private:
    struct Slot
    {
        CourseProgress progress;
        bool fromFile = false; // progress was read from the file, so it is complete
    };
    // How a course must be written when saving works again.
    enum class Pending { Merge, Replace };

    Slot &slot(const QString &courseId);
    bool ensureOpen();
    bool writePending();
    bool commit(const QString &courseId, Pending how, const std::function<bool(StoreWriter &)> &change);
    bool transact(const std::function<bool(StoreWriter &)> &body, QSqlError *error);
    bool outboxWrite(const char *what, const std::function<bool(StoreOutbox &)> &change);
    void markPending(const QString &courseId, Pending how);
    void fail(const QString &message, bool keepConnection);
    void setSaving(bool saving);

    QString m_dataDir;
    QString m_profileId;
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<StoreWriter> m_writer;
    QHash<QString, Slot> m_courses;
    QHash<QString, Pending> m_pending;
    QList<OutboxStatement> m_staged;  // for the next commit
    QList<OutboxStatement> m_unsaved; // staged for commits that did not reach the file
    bool m_saving = false;
    QString m_lastError;
    QList<StoreRecovery> m_recoveries;
};

} // namespace leerpad
