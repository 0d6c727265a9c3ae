// Faults in the file itself: one the store cannot use (random bytes, truncated, from a
// newer Leerpad, another program's database, replaced while open) is moved aside with its
// -wal/-shm, never deleted, the learner is told in Dutch, and a fresh file is used.

#include "core/progress/progressstore.h"
#include "storetesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>

using namespace leerpad;
using namespace leerpad::storetest;

namespace {

const QString kCourse = QStringLiteral("demo");

CourseKeys demoKeys()
{
    return smallCourseKeys(kCourse);
}

QByteArray randomBytes(int size, unsigned seed)
{
    std::mt19937 rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng() & 0xff);
    return bytes;
}

// Saves a course with many attempts so the file spans many pages.
void fillStore(const QString &dir, int attempts)
{
    ProgressStore store(dir);
    store.openCourse(demoKeys());
    ASSERT_TRUE(store.saveNavigation(kCourse, {QStringLiteral("p2"), {QStringLiteral("p1"), QStringLiteral("p2")}, {}}));
    for (int i = 0; i < attempts; ++i) {
        Attempt a;
        a.id = QStringLiteral("attempt-%1").arg(i);
        a.number = i + 1;
        a.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + i, Qt::UTC);
        a.questionOrder = QStringList(20, QStringLiteral("q1"));
        a.answers.insert(QStringLiteral("q1"), {QStringLiteral("a")});
        ASSERT_TRUE(store.saveAttempt(kCourse, a));
    }
}

void expectBackupName(const QString &backupPath, const QString &dir, const QString &tag)
{
    EXPECT_EQ(QFileInfo(backupPath).absolutePath(), QFileInfo(dir).absoluteFilePath());
    const QRegularExpression pattern(QStringLiteral("^progress\\.sqlite\\.%1-\\d{8}-\\d{6}(-\\d+)?$").arg(tag));
    EXPECT_TRUE(pattern.match(QFileInfo(backupPath).fileName()).hasMatch()) << backupPath.toStdString();
}

// The fresh file the store continues with must really work.
void expectFreshStoreWorks(ProgressStore &store, const QString &dir)
{
    EXPECT_TRUE(store.isSaving()) << store.lastError().toStdString();
    const CourseResume resume = store.openCourse(demoKeys());
    EXPECT_FALSE(resume.resumed);
    ASSERT_TRUE(store.savePracticeAnswer(kCourse, QStringLiteral("q1"), {{QStringLiteral("b")}, true}));
    ProgressStore again(dir);
    EXPECT_TRUE(again.recoveries().isEmpty());
    EXPECT_TRUE(again.openCourse(demoKeys()).progress.practice.value(QStringLiteral("q1")).checked);
}

} // namespace

TEST(StoreFaults, RandomBytesAreMovedAsideWithTheirWalAndShm)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    const QByteArray garbage = randomBytes(16384, 1);
    const QByteArray wal = randomBytes(4096, 2);
    const QByteArray shm = randomBytes(32768, 3);
    ASSERT_TRUE(writeFile(path, garbage));
    ASSERT_TRUE(writeFile(path + QStringLiteral("-wal"), wal));
    ASSERT_TRUE(writeFile(path + QStringLiteral("-shm"), shm));

    ProgressStore store(dir.path());
    ASSERT_EQ(store.recoveries().size(), 1) << store.lastError().toStdString();
    const StoreRecovery recovery = store.recoveries().first();
    EXPECT_EQ(recovery.reason, StoreRecovery::Reason::Corrupt);
    expectBackupName(recovery.backupPath, dir.path(), QStringLiteral("corrupt"));
    EXPECT_EQ(readFile(recovery.backupPath), garbage) << "the old file must be kept byte for byte";
    EXPECT_EQ(readFile(recovery.backupPath + QStringLiteral("-wal")), wal);
    EXPECT_EQ(readFile(recovery.backupPath + QStringLiteral("-shm")), shm);
    EXPECT_FALSE(recovery.detail.isEmpty());

    const QString message = ProgressStore::describe(recovery);
    EXPECT_TRUE(message.contains(QStringLiteral("beschadigd"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(recovery.backupPath))) << message.toStdString();
    expectFreshStoreWorks(store, dir.path());
}

TEST(StoreFaults, TruncatedFileIsMovedAside)
{
    QTemporaryDir dir;
    fillStore(dir.path(), 300);
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    ASSERT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))) << "a clean close checkpoints the log";
    const QByteArray whole = readFile(path);
    ASSERT_GT(whole.size(), 8 * 4096) << "the file should span many pages";
    const QByteArray truncated = whole.left(whole.size() / 2 + 1000); // mid-page, too
    ASSERT_TRUE(writeFile(path, truncated));

    ProgressStore store(dir.path());
    ASSERT_EQ(store.recoveries().size(), 1) << store.lastError().toStdString();
    EXPECT_EQ(store.recoveries().first().reason, StoreRecovery::Reason::Corrupt);
    EXPECT_EQ(readFile(store.recoveries().first().backupPath), truncated);
    expectFreshStoreWorks(store, dir.path());
}

TEST(StoreFaults, FileFromANewerLeerpadIsMovedAside)
{
    QTemporaryDir dir;
    fillStore(dir.path(), 3);
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    ASSERT_EQ(query(path, QStringLiteral("INSERT INTO schema_version VALUES (99, 0)")), QStringList{});

    ProgressStore store(dir.path());
    ASSERT_EQ(store.recoveries().size(), 1) << store.lastError().toStdString();
    const StoreRecovery recovery = store.recoveries().first();
    EXPECT_EQ(recovery.reason, StoreRecovery::Reason::NewerSchema);
    expectBackupName(recovery.backupPath, dir.path(), QStringLiteral("newer"));
    // Still a complete database: the newer Leerpad can use it again.
    EXPECT_EQ(queryValue(recovery.backupPath, QStringLiteral("SELECT MAX(version) FROM schema_version")),
              QStringLiteral("99"));
    EXPECT_EQ(queryValue(recovery.backupPath, QStringLiteral("SELECT COUNT(*) FROM attempt")), QStringLiteral("3"));
    EXPECT_TRUE(ProgressStore::describe(recovery).contains(QStringLiteral("nieuwere versie van Leerpad")));
    expectFreshStoreWorks(store, dir.path());
}

TEST(StoreFaults, SqliteFileThatIsNotOursIsMovedAside)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    ASSERT_EQ(query(path, QStringLiteral("CREATE TABLE recipes (name TEXT)")), QStringList{});

    ProgressStore store(dir.path());
    ASSERT_EQ(store.recoveries().size(), 1);
    EXPECT_EQ(store.recoveries().first().reason, StoreRecovery::Reason::Corrupt);
    EXPECT_EQ(query(store.recoveries().first().backupPath,
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")),
              QStringList{QStringLiteral("recipes")});
    expectFreshStoreWorks(store, dir.path());
}

TEST(StoreFaults, EmptyFileIsSimplyANewStore)
{
    QTemporaryDir dir;
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("progress.sqlite")), {}));
    ProgressStore store(dir.path());
    EXPECT_TRUE(store.recoveries().isEmpty());
    expectFreshStoreWorks(store, dir.path());
}

TEST(StoreFaults, RepeatedRecoveriesNeverOverwriteABackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    QStringList backups;
    for (unsigned round = 0; round < 3; ++round) {
        ASSERT_TRUE(writeFile(path, randomBytes(8192, 10 + round)));
        ProgressStore store(dir.path());
        ASSERT_EQ(store.recoveries().size(), 1);
        backups << store.recoveries().first().backupPath;
    }
    EXPECT_EQ(QSet<QString>(backups.cbegin(), backups.cend()).size(), 3);
    for (unsigned round = 0; round < 3; ++round)
        EXPECT_EQ(readFile(backups.at(round)), randomBytes(8192, 10 + round));
}

TEST(StoreFaults, ReplacedFileIsNoticedOnTheNextSave)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    store.openCourse(demoKeys());
    ASSERT_TRUE(store.saveNavigation(kCourse, {QStringLiteral("p1"), {QStringLiteral("p1")}, {}}));
    QList<StoreRecovery> signalled;
    QObject::connect(&store, &ProgressStore::recovered,
                     [&signalled](const StoreRecovery &r) { signalled << r; });

    // Something (a sync tool, a user) puts another file in its place while we run.
    const QString path = store.databasePath();
    const QString replacement = dir.filePath(QStringLiteral("replacement"));
    ASSERT_TRUE(writeFile(replacement, randomBytes(8192, 3)));
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(QFile::rename(replacement, path));

    ASSERT_TRUE(store.saveAudioPosition(kCourse, QStringLiteral("audio"), 1234)) << store.lastError().toStdString();
    ASSERT_EQ(signalled.size(), 1);
    EXPECT_EQ(readFile(signalled.first().backupPath), randomBytes(8192, 3));
    // Nothing the learner did this session is lost: the new file has all of it.
    ProgressStore again(dir.path());
    const CourseProgress p = again.openCourse(demoKeys()).progress;
    EXPECT_EQ(p.navigation.currentPageId, QStringLiteral("p1"));
    EXPECT_EQ(p.audioPositions.value(QStringLiteral("audio")), 1234);
}
