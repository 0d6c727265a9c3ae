#include "core/progress/storeconnection.h"

#include "core/logging.h"
#include "core/progress/storeschema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace leerpad {

namespace {

// Primary SQLite result codes (https://sqlite.org/rescode.html). Qt reports them as the
// native error code; the mask drops extended-code bits should a driver enable them.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADb = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString describeError(const QSqlError &error)
{
    return QStringLiteral("%1 (SQLite code %2)").arg(error.text(), error.nativeErrorCode());
}

// The sidecar files SQLite keeps next to a database; they belong to it and must move
// with it (a stale -wal next to a fresh file could even be replayed into it).
const QStringList kSidecarSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};

// Which file a path names right now. On Unix a file replaced by rename keeps the path but
// not the inode; elsewhere open files cannot be replaced, so existence is enough.
QString fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QStringLiteral("%1:%2").arg(quint64(info.st_dev)).arg(quint64(info.st_ino));
#else
    return QFileInfo::exists(path) ? QStringLiteral("exists") : QString();
#endif
}

// A non-empty file that does not start with SQLite's magic string is not a database.
// Checked before SQLite sees it: closing a connection to such a file makes SQLite delete
// the -wal next to it, which would lose that file's contents.
bool hasForeignHeader(const QString &path, QString *detail)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0 || !file.open(QIODevice::ReadOnly))
        return false; // nothing there, or unreadable: let SQLite report it
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) == magic)
        return false;
    *detail = QStringLiteral("file is not a database (no SQLite header)");
    return true;
}

} // namespace

bool isCorruptionError(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADb;
}

bool isTransientError(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kSqliteFull || code == kSqliteBusy || code == kSqliteLocked;
}

StoreConnection::StoreConnection(const QString &dataDir, const QString &connectionName,
                                 bool syncEveryCommit)
    : m_dataDir(dataDir)
    , m_path(dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(fileName()))
    , m_name(connectionName)
    , m_syncEveryCommit(syncEveryCommit)
{
}

StoreConnection::~StoreConnection()
{
    close();
}

bool StoreConnection::fileStillThere() const
{
    return !m_fileIdentity.isEmpty() && fileIdentity(m_path) == m_fileIdentity;
}

void StoreConnection::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    m_fileIdentity.clear();
    QSqlDatabase::removeDatabase(m_name);
}

StoreConnection::OpenResult StoreConnection::open()
{
    close();
    OpenResult result;
    // Two rounds: the second one runs on the fresh file after moving a bad one aside.
    for (int round = 0; round < 2; ++round) {
        if (m_dataDir.isEmpty()) {
            result.error = QStringLiteral("no data directory was given");
            return result;
        }
        if (!QDir().mkpath(m_dataDir)) {
            result.error = QStringLiteral("cannot create the data directory %1").arg(m_dataDir);
            return result;
        }
        const QFileInfo info(m_path);
        if (info.exists() && !info.isFile()) {
            result.error = QStringLiteral("%1 exists but is not a file").arg(m_path);
            return result;
        }
        bool fresh = false;
        QString detail;
        const Verdict verdict = hasForeignHeader(m_path, &detail) ? Verdict::Corrupt : tryOpen(&fresh, &detail);
        if (verdict == Verdict::Ok) {
            m_fileIdentity = fileIdentity(m_path);
            result.ok = true;
            result.fresh = fresh;
            return result;
        }
        close();
        if (verdict == Verdict::Unavailable) {
            result.error = detail;
            return result;
        }
        const auto reason = verdict == Verdict::Newer ? StoreRecovery::Reason::NewerSchema
                                                      : StoreRecovery::Reason::Corrupt;
        const QString tag = reason == StoreRecovery::Reason::NewerSchema ? QStringLiteral("newer")
                                                                         : QStringLiteral("corrupt");
        QString backupPath;
        QString moveError;
        if (!moveAside(tag, true, &backupPath, &moveError)) {
            // Keeping the file untouched matters more than saving: run in memory instead.
            result.error = QStringLiteral("%1; moving it aside failed: %2").arg(detail, moveError);
            return result;
        }
        qCWarning(lcStore).noquote() << "moved unusable progress database aside to" << backupPath
                                     << "because:" << detail;
        result.recoveries.append(StoreRecovery{reason, backupPath, detail});
    }
    result.error = QStringLiteral("the new progress database is unusable too");
    return result;
}

StoreConnection::Verdict StoreConnection::tryOpen(bool *fresh, QString *detail)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_db.isValid()) {
        *detail = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
        return Verdict::Unavailable;
    }
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));

    const auto fail = [detail](const QSqlError &error) {
        *detail = describeError(error);
        return isCorruptionError(error) ? Verdict::Corrupt : Verdict::Unavailable;
    };
    if (!m_db.open())
        return fail(m_db.lastError());

    // The first statement reads the header, so it is where "not a database" shows up.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return fail(q.lastError());
    if (q.next() && q.value(0).toString() != QLatin1String("wal"))
        qCWarning(lcStore) << "WAL is not available here; journal mode is" << q.value(0).toString();
    // See docs/progress-store.md: FULL also survives power loss, NORMAL survives a
    // killed or crashed player only.
    if (!q.exec(m_syncEveryCommit ? QStringLiteral("PRAGMA synchronous = FULL")
                                  : QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(q.lastError());

    // A truncated or scribbled-on file can still have a readable header; quick_check
    // walks every page (milliseconds for a progress file) and catches it up front.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return fail(q.lastError());
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")}) {
        *detail = QStringLiteral("integrity check failed: %1").arg(problems.mid(0, 5).join(QStringLiteral("; ")));
        return Verdict::Corrupt;
    }
    q.finish();

    const SchemaState schema = readSchemaState(m_db);
    switch (schema.kind) {
    case SchemaState::Kind::Error:
        return fail(schema.error);
    case SchemaState::Kind::Foreign:
        *detail = QStringLiteral("not a Leerpad progress database (no schema_version table)");
        return Verdict::Corrupt;
    case SchemaState::Kind::Versioned:
        if (schema.version > latestSchemaVersion()) {
            *detail = QStringLiteral("schema version %1 is newer than this Leerpad knows (%2)")
                          .arg(schema.version)
                          .arg(latestSchemaVersion());
            return Verdict::Newer;
        }
        break;
    case SchemaState::Kind::Empty:
        break;
    }
    QSqlError error;
    if (!applyMigrations(m_db, storeMigrations(), schema.version, &error))
        return fail(error);
    *fresh = schema.kind == SchemaState::Kind::Empty;
    return Verdict::Ok;
}

void StoreConnection::closeLostFile()
{
    close();
    QString backupPath;
    QString error;
    if (!moveAside(QStringLiteral("orphaned"), false, &backupPath, &error))
        qCWarning(lcStore).noquote() << "could not move the orphaned log aside:" << error;
    else if (!backupPath.isEmpty())
        qCWarning(lcStore).noquote() << "moved the log of the lost progress file aside to" << backupPath;
}

bool StoreConnection::moveAside(const QString &tag, bool withMain, QString *backupPath, QString *error) const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QStringLiteral("%1.%2-%3").arg(m_path, tag, stamp);
    const auto taken = [](const QString &candidate) {
        if (QFileInfo::exists(candidate))
            return true;
        for (const QString &suffix : kSidecarSuffixes) {
            if (QFileInfo::exists(candidate + suffix))
                return true;
        }
        return false;
    };
    QString target = base;
    for (int n = 2; taken(target); ++n)
        target = QStringLiteral("%1-%2").arg(base).arg(n);

    // Sidecars first, the database last; undo on failure so the set stays together.
    QList<QPair<QString, QString>> moved;
    const auto undo = [&moved] {
        for (const auto &[from, to] : moved)
            QFile::rename(to, from);
    };
    for (const QString &suffix : kSidecarSuffixes) {
        const QString from = m_path + suffix;
        if (!QFileInfo::exists(from))
            continue;
        QFile file(from);
        if (!file.rename(target + suffix)) {
            *error = QStringLiteral("%1: %2").arg(from, file.errorString());
            undo();
            return false;
        }
        moved.append({from, target + suffix});
    }
    if (!withMain) {
        *backupPath = moved.isEmpty() ? QString() : target;
        return true;
    }
    QFile db(m_path);
    if (!db.rename(target)) {
        *error = QStringLiteral("%1: %2").arg(m_path, db.errorString());
        undo();
        return false;
    }
    *backupPath = target;
    return true;
}

} // namespace leerpad
