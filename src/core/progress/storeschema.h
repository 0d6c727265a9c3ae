#pragma once

// The progress database's schema and its history. Every schema the player ever shipped
// is a step in storeMigrations(); a database is brought up to date by applying the
// steps above its recorded version, all in one transaction, so it is either fully on
// the old version or fully on the new one.

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace leerpad {

struct StoreMigration
{
    int version = 0;        // the schema version this step produces
    QStringList statements; // executed in order inside the migration transaction
};

// Steps from version 1 on, ascending. Append only: a shipped step never changes.
const QList<StoreMigration> &storeMigrations();

// The version the given steps end at (the last one's).
int latestSchemaVersion(const QList<StoreMigration> &migrations = storeMigrations());

struct SchemaState
{
    enum class Kind {
        Empty,     // no tables at all: a new file
        Versioned, // ours, at `version`
        Foreign,   // has tables but no version table: not a Leerpad progress database
        Error,     // could not be read; see `error`
    };
    Kind kind = Kind::Error;
    int version = 0;
    QSqlError error;
};

SchemaState readSchemaState(const QSqlDatabase &db);

// Applies every step whose version is above fromVersion and records each in the version
// table. On failure the database is left exactly as it was and *error says why.
bool applyMigrations(QSqlDatabase &db, const QList<StoreMigration> &migrations, int fromVersion,
                     QSqlError *error);

} // namespace leerpad
