#pragma once

// The store's one SQLite connection: opens progress.sqlite in the data directory,
// configures it (WAL, synchronous, schema up to date) and, when the file cannot be used
// (damaged, not ours, or from a newer Leerpad), moves it and its -wal/-shm aside to a
// timestamped backup and starts a fresh one. Never deletes a file.

#include "core/progress/storetypes.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace leerpad {

// SQLite result codes that say "this file is not a usable database", as opposed to
// "cannot reach or write it right now".
bool isCorruptionError(const QSqlError &error);
// Errors after which the connection itself is still fine (disk full, another process
// holding the lock): keep it and just retry later.
bool isTransientError(const QSqlError &error);

class StoreConnection
{
public:
    StoreConnection(const QString &dataDir, const QString &connectionName, bool syncEveryCommit);
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    static QString fileName() { return QStringLiteral("progress.sqlite"); }

    struct OpenResult
    {
        bool ok = false;
        bool fresh = false;               // the database was just created: it holds nothing
        QList<StoreRecovery> recoveries; // files moved aside while opening
        QString error;                    // why it is not open (when !ok)
    };
    OpenResult open();
    // Callers must have destroyed every QSqlQuery on the connection first.
    void close();
    // close() for when fileStillThere() turned false. SQLite leaves the -wal/-shm of a
    // database that was unlinked while open at the path, where they would be replayed
    // into whatever file is there next; they are moved aside (as "orphaned-…").
    void closeLostFile();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db; }
    QString filePath() const { return m_path; }
    QString connectionName() const { return m_name; }
    // False when the file was deleted, renamed or replaced under the open connection:
    // writes would then go to a file nobody will ever open again.
    bool fileStillThere() const;

private:
    enum class Verdict { Ok, Unavailable, Corrupt, Newer };
    Verdict tryOpen(bool *fresh, QString *detail);
    // Renames the file (withMain) and its sidecars to <file>.<tag>-<timestamp>[-n].
    bool moveAside(const QString &tag, bool withMain, QString *backupPath, QString *error) const;

    QString m_dataDir;
    QString m_path;
    QString m_name;
    bool m_syncEveryCommit = true;
    QSqlDatabase m_db;
    QString m_fileIdentity; // device and inode where available, taken when opened
};

} // namespace leerpad
