// The schema version table and the migration runner: a fresh file gets the latest
// version; an older file is brought up to date in one transaction, keeping its data; a
// failing step leaves the file exactly as it was.

#include "core/progress/progressstore.h"
#include "core/progress/storeschema.h"
#include "storetesthelpers.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::storetest;

namespace {

// A raw connection for driving the migration runner directly; removed on destruction.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("schema-test-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
};

// The real migrations plus one more, as a future release would append it.
QList<StoreMigration> withStep(const StoreMigration &next)
{
    QList<StoreMigration> migrations = storeMigrations();
    migrations.append(next);
    return migrations;
}

QString createCurrentFile(const QTemporaryDir &dir)
{
    ProgressStore store(dir.path());
    CourseKeys keys;
    keys.courseId = QStringLiteral("c");
    keys.courseVersion = QStringLiteral("1");
    keys.pageIds = {QStringLiteral("p")};
    store.openCourse(keys);
    store.saveNavigation(QStringLiteral("c"), {QStringLiteral("p"), {QStringLiteral("p")}, {}});
    return store.databasePath();
}

} // namespace

TEST(StoreSchema, MigrationsStartAtOneAndAscend)
{
    const QList<StoreMigration> &migrations = storeMigrations();
    ASSERT_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i)
        EXPECT_EQ(migrations.at(i).version, int(i) + 1);
    EXPECT_EQ(latestSchemaVersion(), migrations.constLast().version);
}

TEST(StoreSchema, FreshFileGetsTheLatestVersion)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    ASSERT_TRUE(store.isSaving());
    EXPECT_EQ(queryValue(store.databasePath(), QStringLiteral("SELECT MAX(version) FROM schema_version")),
              QString::number(latestSchemaVersion()));
    const QStringList tables = query(store.databasePath(),
                                     QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    EXPECT_EQ(tables, (QStringList{QStringLiteral("attempt"), QStringLiteral("attempt_answer"),
                                   QStringLiteral("audio_position"), QStringLiteral("course"),
                                   QStringLiteral("outbox"), QStringLiteral("page_state"),
                                   QStringLiteral("practice_answer"), QStringLiteral("schema_version"),
                                   QStringLiteral("sqlite_sequence")}));
}

TEST(StoreSchema, ReadSchemaStateTellsEmptyOursAndForeignApart)
{
    QTemporaryDir dir;
    {
        RawDatabase empty(dir.filePath(QStringLiteral("empty.sqlite")));
        EXPECT_EQ(readSchemaState(empty.db()).kind, SchemaState::Kind::Empty);
    }
    {
        RawDatabase foreign(dir.filePath(QStringLiteral("foreign.sqlite")));
        QSqlQuery(foreign.db()).exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        EXPECT_EQ(readSchemaState(foreign.db()).kind, SchemaState::Kind::Foreign);
    }
    RawDatabase ours(createCurrentFile(dir));
    const SchemaState state = readSchemaState(ours.db());
    EXPECT_EQ(state.kind, SchemaState::Kind::Versioned);
    EXPECT_EQ(state.version, latestSchemaVersion());
}

TEST(StoreSchema, OlderFileIsUpgradedKeepingItsData)
{
    const int latest = latestSchemaVersion();
    QTemporaryDir dir;
    const QString path = createCurrentFile(dir);
    RawDatabase raw(path);
    const QList<StoreMigration> migrations =
        withStep({latest + 1, {QStringLiteral("ALTER TABLE course ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
                               QStringLiteral("UPDATE course SET title = 'from v2'")}});
    QSqlError error;
    ASSERT_TRUE(applyMigrations(raw.db(), migrations, latest, &error)) << error.text().toStdString();
    EXPECT_EQ(readSchemaState(raw.db()).version, latest + 1);
    QSqlQuery q(raw.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT current_page_id, title FROM course WHERE course_id = 'c'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("p"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("from v2"));
    q.finish();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
    QList<int> versions;
    while (q.next())
        versions << q.value(0).toInt();
    EXPECT_EQ(versions.size(), latest + 1);
    EXPECT_EQ(versions.constLast(), latest + 1);
}

TEST(StoreSchema, FailingStepLeavesTheFileAsItWas)
{
    const int latest = latestSchemaVersion();
    QTemporaryDir dir;
    const QString path = createCurrentFile(dir);
    RawDatabase raw(path);
    const QList<StoreMigration> migrations =
        withStep({latest + 1, {QStringLiteral("ALTER TABLE course ADD COLUMN title TEXT"),
                               QStringLiteral("THIS IS NOT SQL")}});
    QSqlError error;
    EXPECT_FALSE(applyMigrations(raw.db(), migrations, latest, &error));
    EXPECT_FALSE(error.text().isEmpty());
    EXPECT_EQ(readSchemaState(raw.db()).version, latest);
    QSqlQuery q(raw.db());
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT title FROM course"))) << "the first step must be rolled back too";
}

TEST(StoreSchema, UpToDateFileIsLeftAlone)
{
    QTemporaryDir dir;
    const QString path = createCurrentFile(dir);
    const QStringList appliedBefore = query(path, QStringLiteral("SELECT applied_at FROM schema_version"));
    {
        ProgressStore again(dir.path());
        ASSERT_TRUE(again.isSaving());
    }
    EXPECT_EQ(query(path, QStringLiteral("SELECT applied_at FROM schema_version")), appliedBefore);
}

// A file exactly as the release before results wrote it (schema version 1, progress
// in it): the store brings it to the latest version, keeps every row, and gives the
// course a registration that stays.
TEST(StoreSchema, AVersion1FileKeepsItsProgressAndGetsARegistration)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ProgressStore::fileName());
    {
        RawDatabase raw(path);
        QSqlError error;
        ASSERT_TRUE(applyMigrations(raw.db(), storeMigrations().mid(0, 1), 0, &error)) << error.text().toStdString();
        QSqlQuery q(raw.db());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO course VALUES ('c', '1', 'p2', 0)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO page_state VALUES ('c', 'p1', 1, 1)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO page_state VALUES ('c', 'p2', 1, 0)")));
    }
    QString registration;
    {
        ProgressStore store(dir.path());
        ASSERT_TRUE(store.isSaving()) << store.lastError().toStdString();
        CourseKeys keys;
        keys.courseId = QStringLiteral("c");
        keys.courseVersion = QStringLiteral("1");
        keys.pageIds = {QStringLiteral("p1"), QStringLiteral("p2")};
        const CourseResume resume = store.openCourse(keys);
        EXPECT_TRUE(resume.resumed);
        EXPECT_EQ(resume.progress.navigation.currentPageId, QStringLiteral("p2"));
        EXPECT_EQ(resume.progress.navigation.completed, QSet<QString>{QStringLiteral("p1")});
        registration = store.registration(QStringLiteral("c"));
        EXPECT_EQ(registration.size(), 36);
        store.saveNavigation(QStringLiteral("c"), resume.progress.navigation);
    }
    EXPECT_EQ(queryValue(path, QStringLiteral("SELECT MAX(version) FROM schema_version")),
              QString::number(latestSchemaVersion()));
    EXPECT_EQ(queryValue(path, QStringLiteral("SELECT registration FROM course WHERE course_id = 'c'")), registration);
    ProgressStore again(dir.path());
    again.openCourse({QStringLiteral("c"), QStringLiteral("1"), {QStringLiteral("p1"), QStringLiteral("p2")}, {}, {}});
    EXPECT_EQ(again.registration(QStringLiteral("c")), registration) << "the registration is kept, not made anew";
}
