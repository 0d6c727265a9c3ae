#include "core/progress/storeschema.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace leerpad {

namespace {

// Version 1, the first release. Ids are the course file's ids (see course-format.md).
// Lists are stored as compact JSON arrays/objects of ids: they are always read and
// written whole and never queried inside, so a table per list would only add joins.
// Times are milliseconds since the Unix epoch, UTC.
const QStringList kVersion1 = {
    QStringLiteral("CREATE TABLE schema_version ("
                   " version INTEGER PRIMARY KEY,"
                   " applied_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE course ("
                   " course_id TEXT PRIMARY KEY,"
                   " course_version TEXT NOT NULL,"
                   " current_page_id TEXT NOT NULL DEFAULT '',"
                   " updated_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE page_state ("
                   " course_id TEXT NOT NULL,"
                   " page_id TEXT NOT NULL,"
                   " visited INTEGER NOT NULL,"
                   " completed INTEGER NOT NULL,"
                   " PRIMARY KEY (course_id, page_id)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE practice_answer ("
                   " course_id TEXT NOT NULL,"
                   " question_id TEXT NOT NULL,"
                   " option_ids TEXT NOT NULL,"
                   " checked INTEGER NOT NULL,"
                   " PRIMARY KEY (course_id, question_id)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE audio_position ("
                   " course_id TEXT NOT NULL,"
                   " block_id TEXT NOT NULL,"
                   " position_ms INTEGER NOT NULL,"
                   " PRIMARY KEY (course_id, block_id)) WITHOUT ROWID"),
    // shuffle_seed holds the unsigned 64-bit seed bit for bit in SQLite's signed INTEGER.
    QStringLiteral("CREATE TABLE attempt ("
                   " course_id TEXT NOT NULL,"
                   " attempt_id TEXT NOT NULL,"
                   " number INTEGER NOT NULL,"
                   " course_version TEXT NOT NULL,"
                   " started_at INTEGER,"
                   " submitted_at INTEGER,"
                   " shuffle_seed INTEGER NOT NULL,"
                   " question_order TEXT NOT NULL,"
                   " option_order TEXT NOT NULL,"
                   " score INTEGER,"
                   " band_index INTEGER,"
                   " PRIMARY KEY (course_id, attempt_id)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE attempt_answer ("
                   " course_id TEXT NOT NULL,"
                   " attempt_id TEXT NOT NULL,"
                   " question_id TEXT NOT NULL,"
                   " option_ids TEXT NOT NULL,"
                   " PRIMARY KEY (course_id, attempt_id, question_id)) WITHOUT ROWID"),
};

// Version 2: results for the trainer (docs/results.md). Each course row gets its xAPI
// registration (a UUID, new after "Voortgang wissen"); the outbox holds every statement
// until the LRS has it, written in the same transaction as the progress change it
// reports. seq keeps the order the events happened in; statement_id is what the LRS
// deduplicates on, so a statement sent twice is stored once.
const QStringList kVersion2 = {
    QStringLiteral("ALTER TABLE course ADD COLUMN registration TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE TABLE outbox ("
                   " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " statement_id TEXT NOT NULL UNIQUE,"
                   " course_id TEXT NOT NULL,"
                   " registration TEXT NOT NULL,"
                   " body TEXT NOT NULL,"
                   " created_at INTEGER NOT NULL,"
                   " attempts INTEGER NOT NULL DEFAULT 0,"
                   " next_try_at INTEGER NOT NULL DEFAULT 0,"
                   " last_error TEXT NOT NULL DEFAULT '',"
                   " quarantined INTEGER NOT NULL DEFAULT 0)"),
};

// Version 3: one file, several learners (a shared classroom PC). Every progress row is
// keyed by the learner's profile first. SQLite cannot change a primary key, so each
// table is built anew and its rows copied; rows from before profiles get the profile
// id "" and go to the first profile that opens the file (ProgressStore adopts them).
// The outbox keeps a statement once the LRS has it (sent_at, ms since the epoch): a
// results file is the learner's statements, sent or not, exactly as they were sent.
QStringList rebuiltWithProfile(const char *table, const char *columns, const char *key)
{
    const QString t = QString::fromLatin1(table);
    const QString c = QString::fromLatin1(columns);
    return {QStringLiteral("CREATE TABLE %1_v3 (profile_id TEXT NOT NULL, %2,"
                           " PRIMARY KEY (profile_id, %3)) WITHOUT ROWID")
                .arg(t, c, QString::fromLatin1(key)),
            QStringLiteral("INSERT INTO %1_v3 SELECT '', * FROM %1").arg(t),
            QStringLiteral("DROP TABLE %1").arg(t),
            QStringLiteral("ALTER TABLE %1_v3 RENAME TO %1").arg(t)};
}

QStringList version3()
{
    QStringList steps;
    steps << rebuiltWithProfile(
                 "course",
                 "course_id TEXT NOT NULL, course_version TEXT NOT NULL,"
                 " current_page_id TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL,"
                 " registration TEXT NOT NULL DEFAULT ''",
                 "course_id")
          << rebuiltWithProfile(
                 "page_state",
                 "course_id TEXT NOT NULL, page_id TEXT NOT NULL, visited INTEGER NOT NULL,"
                 " completed INTEGER NOT NULL",
                 "course_id, page_id")
          << rebuiltWithProfile("practice_answer",
                                "course_id TEXT NOT NULL, question_id TEXT NOT NULL,"
                                " option_ids TEXT NOT NULL, checked INTEGER NOT NULL",
                                "course_id, question_id")
          << rebuiltWithProfile(
                 "audio_position",
                 "course_id TEXT NOT NULL, block_id TEXT NOT NULL, position_ms INTEGER NOT NULL",
                 "course_id, block_id")
          << rebuiltWithProfile(
                 "attempt",
                 "course_id TEXT NOT NULL, attempt_id TEXT NOT NULL, number INTEGER NOT NULL,"
                 " course_version TEXT NOT NULL, started_at INTEGER, submitted_at INTEGER,"
                 " shuffle_seed INTEGER NOT NULL, question_order TEXT NOT NULL,"
                 " option_order TEXT NOT NULL, score INTEGER, band_index INTEGER",
                 "course_id, attempt_id")
          << rebuiltWithProfile("attempt_answer",
                                "course_id TEXT NOT NULL, attempt_id TEXT NOT NULL,"
                                " question_id TEXT NOT NULL, option_ids TEXT NOT NULL",
                                "course_id, attempt_id, question_id")
          << QStringLiteral("ALTER TABLE outbox ADD COLUMN sent_at INTEGER NOT NULL DEFAULT 0")
          << QStringLiteral("CREATE INDEX outbox_by_registration ON outbox (registration, seq)")
          // The sender and the status line look only at what is not sent yet; sent rows
          // pile up, so they must not be scanned on every page turn.
          << QStringLiteral("CREATE INDEX outbox_unsent ON outbox (quarantined, seq) WHERE sent_at = 0");
    return steps;
}

} // namespace

const QList<StoreMigration> &storeMigrations()
{
    static const QList<StoreMigration> migrations = {
        {1, kVersion1},
        {2, kVersion2},
        {3, version3()},
    };
    return migrations;
}

int latestSchemaVersion(const QList<StoreMigration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

SchemaState readSchemaState(const QSqlDatabase &db)
{
    SchemaState state;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        state.error = tables.lastError();
        return state;
    }
    bool any = false;
    bool versioned = false;
    while (tables.next()) {
        any = true;
        versioned = versioned || tables.value(0).toString() == QLatin1String("schema_version");
    }
    if (!any) {
        state.kind = SchemaState::Kind::Empty;
        return state;
    }
    if (!versioned) {
        state.kind = SchemaState::Kind::Foreign;
        return state;
    }
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !version.next()) {
        state.error = version.lastError();
        return state;
    }
    state.kind = SchemaState::Kind::Versioned;
    state.version = version.value(0).toInt(); // NULL (no rows) reads as 0
    return state;
}

bool applyMigrations(QSqlDatabase &db, const QList<StoreMigration> &migrations, int fromVersion,
                     QSqlError *error)
{
    if (fromVersion >= latestSchemaVersion(migrations))
        return true;
    if (!db.transaction()) {
        *error = db.lastError();
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const StoreMigration &step : migrations) {
        if (step.version <= fromVersion)
            continue;
        for (const QString &sql : step.statements) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                *error = q.lastError();
                db.rollback();
                return false;
            }
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(step.version);
        record.addBindValue(now);
        if (!record.exec()) {
            *error = record.lastError();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace leerpad
