// The kill test's victim: opens a progress store and performs the scripted session
// (storescript.h), reporting each step, so the test can kill it anywhere and know what
// must have survived.
//
//   store_driver DATA_DIR FIRST COUNT full|normal [--changed] [--kill-before N] [--die-at-end]
//   store_driver --upgrade DATA_DIR [--kill-before N]
//
// The first form opens the store (creating, migrating or recovering the file as needed),
// opens the scripted course (--changed: a re-published version of it, so opening
// reconciles the file) and performs interactions FIRST .. FIRST+COUNT-1. The second
// applies the real migrations plus one test step (the latest version + 1) that upgrades a
// populated file, as the store's opening would.
//
// Output, one flushed line each ("ops": file-changing calls so far, see killpoints.h):
//   phase opening ops X      before the store is constructed
//   synchronous S            PRAGMA synchronous of the store's own connection (2 = FULL)
//   phase opened ops X       the store is open (and saving)
//   phase resumed ops X      the course is open (and reconciled)
//   committed N syncs S ops X   interaction N was committed; S fsync/fdatasync calls so far
//   done ops X               all done (then the store is closed normally)
//   phase migrating ops X / phase migrated ops X   (--upgrade)
// --kill-before N: SIGKILL just before the N-th file-changing call. --die-at-end: SIGKILL
// after the last interaction instead of closing, leaving the file as a crash does.
//
// Exit codes: 0 all done, 2 usage, 3 the store is not saving or a step failed.

#include "core/progress/progressstore.h"
#include "core/progress/storeschema.h"
#include "killpoints.h"
#include "storescript.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>

#include <unistd.h>

using namespace leerpad;

namespace {

void report(const char *line)
{
    std::printf("%s ops %ld\n", line, killpoints::operations());
    std::fflush(stdout);
}

int usage()
{
    std::fprintf(stderr, "usage: store_driver DATA_DIR FIRST COUNT full|normal [--changed] [--kill-before N] "
                         "[--die-at-end]\n       store_driver --upgrade DATA_DIR [--kill-before N]\n");
    return 2;
}

// Version 2 as a future release might append it: a new column filled from existing
// rows and a new table, so the step rewrites every page of the populated tables.
QList<StoreMigration> withUpgradeStep()
{
    QList<StoreMigration> migrations = storeMigrations();
    migrations.append(storescript::upgradeStep());
    return migrations;
}

int upgrade(const QString &dataDir)
{
    const QString name = QStringLiteral("upgrade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(ProgressStore::fileName()));
        if (!db.open())
            return 3;
        QSqlQuery q(db);
        // As the store configures its connection.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return 3;
        q.finish();
        const SchemaState state = readSchemaState(db);
        report("phase migrating");
        QSqlError error;
        if (state.kind != SchemaState::Kind::Versioned || !applyMigrations(db, withUpgradeStep(), state.version, &error)) {
            std::fprintf(stderr, "store_driver: upgrade failed: %s\n", qPrintable(error.text()));
            return 3;
        }
        report("phase migrated");
    }
    QSqlDatabase::removeDatabase(name);
    report("done");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    bool changed = false;
    bool dieAtEnd = false;
    bool upgradeMode = false;
    for (qsizetype i = 0; i < args.size();) {
        const QString a = args.at(i);
        if (a == QLatin1String("--kill-before") && i + 1 < args.size()) {
            killpoints::killBefore(args.at(i + 1).toLong());
            args.remove(i, 2);
        } else if (a == QLatin1String("--changed") || a == QLatin1String("--die-at-end") ||
                   a == QLatin1String("--upgrade")) {
            changed = changed || a == QLatin1String("--changed");
            dieAtEnd = dieAtEnd || a == QLatin1String("--die-at-end");
            upgradeMode = upgradeMode || a == QLatin1String("--upgrade");
            args.remove(i);
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage();
        } else {
            ++i;
        }
    }
    if (upgradeMode)
        return args.size() == 1 ? upgrade(args.at(0)) : usage();
    if (args.size() != 4)
        return usage();

    const int first = args.at(1).toInt();
    const int count = args.at(2).toInt();
    const auto durability = args.at(3) == QLatin1String("normal") ? ProgressStore::Durability::ProcessCrash
                                                                   : ProgressStore::Durability::PowerLoss;
    report("phase opening");
    ProgressStore store(args.at(0), durability);
    if (!store.isSaving()) {
        std::fprintf(stderr, "store_driver: not saving: %s\n", qPrintable(store.lastError()));
        return 3;
    }
    {
        // Asked of the store's own connection: the setting is per connection.
        QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
        const bool read = q.exec(QStringLiteral("PRAGMA synchronous")) && q.next();
        std::printf("synchronous %d\n", read ? q.value(0).toInt() : -1);
    }
    report("phase opened");
    CourseProgress progress =
        store.openCourse(changed ? storescript::changedKeys() : storescript::keys()).progress;
    report("phase resumed");
    for (int i = first; i < first + count; ++i) {
        if (!storescript::step(i, progress, &store)) {
            std::fprintf(stderr, "store_driver: interaction %d not saved: %s\n", i, qPrintable(store.lastError()));
            return 3;
        }
        // Only now is it "accepted": the line is the test's proof of commitment.
        std::printf("committed %d syncs %ld ops %ld\n", i, killpoints::syncs(), killpoints::operations());
        std::fflush(stdout);
    }
    if (dieAtEnd)
        ::kill(::getpid(), SIGKILL);
    report("done");
    return 0;
}
