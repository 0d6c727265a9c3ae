// Faults that stop writing: a folder that is missing, read-only, not a folder or gone,
// a full disk, a file deleted underneath the store. The learner keeps working in memory
// with a persistent warning, every later save retries, and once saving works again
// everything from this session is in the file. What must be in the file is written out
// from the actions each test performs, never taken from the store's own memory: a save
// lost from memory and file alike must fail the test.

#include "core/progress/progressstore.h"
#include "storetesthelpers.h"
#include "support/storefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <climits>
#include <cstdio>

#include <pwd.h>
#include <unistd.h>

using namespace leerpad;
using namespace leerpad::storetest;

namespace {

const QString kCourse = QStringLiteral("demo");

CourseKeys demoKeys()
{
    return smallCourseKeys(kCourse);
}

// The progress of the demo course as the test's actions leave it (version "1", as
// smallCourseKeys() opens it); start from this and add what the test saved.
CourseProgress nothingSaved()
{
    CourseProgress p;
    p.courseId = kCourse;
    p.courseVersion = QStringLiteral("1");
    return p;
}

QString selfPath()
{
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    return n > 0 ? QString::fromLocal8Bit(buffer, int(n)) : QString();
}

// Runs one test of this program again as the user "nobody", without root's power to
// write anywhere: setpriv sets the user, group and no supplementary groups, and a
// process that leaves uid 0 loses every capability. The child gets a temporary folder
// it may write to; it must run the test and pass it (a skip would be a pass here).
void runAsNobody(const QString &testName)
{
    const struct passwd *nobody = ::getpwnam("nobody");
    ASSERT_NE(nobody, nullptr) << "no user 'nobody' to run as";
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    ASSERT_EQ(::chown(QFile::encodeName(tmp.path()).constData(), nobody->pw_uid, nobody->pw_gid), 0);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    env.remove(QStringLiteral("GTEST_OUTPUT")); // a report file root may write and nobody not
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=%1").arg(nobody->pw_uid), QStringLiteral("--regid=%1").arg(nobody->pw_gid),
                 QStringLiteral("--clear-groups"), QStringLiteral("--"), selfPath(),
                 QStringLiteral("--gtest_filter=") + testName});
    ASSERT_TRUE(child.waitForStarted(10000)) << "setpriv (util-linux) is needed: " << child.errorString().toStdString();
    ASSERT_TRUE(child.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    const QString uidLine = QStringLiteral("checked as uid %1").arg(nobody->pw_uid);
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(child.exitCode(), 0) << "the test failed as 'nobody' (the test program must be "
                                      "readable by 'nobody'):\n" << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[       OK ] ") + testName)) << output.toStdString();
    EXPECT_TRUE(output.contains(uidLine)) << output.toStdString();
    EXPECT_FALSE(output.contains(QStringLiteral("SKIPPED"))) << output.toStdString();
}

} // namespace

TEST(StoreSaving, DeletedDataDirIsRecreatedWithEverythingFromMemory)
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("data"));
    ProgressStore store(dir);
    store.openCourse(demoKeys());
    ASSERT_TRUE(store.saveNavigation(kCourse, {QStringLiteral("p2"), {QStringLiteral("p2")}, {}}));
    ASSERT_TRUE(store.savePracticeAnswer(kCourse, QStringLiteral("q1"), {{QStringLiteral("a")}, true}));

    ASSERT_TRUE(QDir(dir).removeRecursively());
    ASSERT_TRUE(store.saveAudioPosition(kCourse, QStringLiteral("audio"), 99)) << store.lastError().toStdString();
    EXPECT_TRUE(store.isSaving());

    CourseProgress expected = nothingSaved();
    expected.navigation = {QStringLiteral("p2"), {QStringLiteral("p2")}, {}};
    expected.practice.insert(QStringLiteral("q1"), {{QStringLiteral("a")}, true});
    expected.audioPositions.insert(QStringLiteral("audio"), 99);
    ProgressStore again(dir);
    EXPECT_EQ(again.openCourse(demoKeys()).progress, expected);
}

TEST(StoreSaving, DeletedFileIsRecreatedWithoutReplayingItsOldLog)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    store.openCourse(demoKeys());
    ASSERT_TRUE(store.saveNavigation(kCourse, {QStringLiteral("p2"), {QStringLiteral("p2")}, {}}));
    const QString path = store.databasePath();
    ASSERT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")));

    // Only the database goes (its -wal and -shm stay, as SQLite keeps them for an
    // unlinked file); they must not be replayed into the new file.
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(store.savePracticeAnswer(kCourse, QStringLiteral("q1"), {{QStringLiteral("a")}, true}))
        << store.lastError().toStdString();
    EXPECT_FALSE(filesStartingWith(dir.path(), QStringLiteral("progress.sqlite.orphaned-")).isEmpty());

    // Both saves, the one before the deletion included (from memory).
    CourseProgress expected = nothingSaved();
    expected.navigation = {QStringLiteral("p2"), {QStringLiteral("p2")}, {}};
    expected.practice.insert(QStringLiteral("q1"), {{QStringLiteral("a")}, true});
    ProgressStore again(dir.path());
    EXPECT_TRUE(again.recoveries().isEmpty());
    EXPECT_EQ(query(path, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    EXPECT_EQ(again.openCourse(demoKeys()).progress, expected);
}

TEST(StoreSaving, MissingDataDirIsCreated)
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("a/b/c"));
    ProgressStore store(dir);
    EXPECT_TRUE(store.isSaving());
    EXPECT_TRUE(QFileInfo(dir + QStringLiteral("/progress.sqlite")).isFile());
}

TEST(StoreSaving, UnwritableDataDirKeepsWorkingInMemoryAndRetries)
{
    // A path that is a regular file: no directory can be made there, even as root.
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("data"));
    ASSERT_TRUE(writeFile(dir, "not a folder"));

    ProgressStore store(dir);
    QList<bool> changes;
    QObject::connect(&store, &ProgressStore::savingChanged, [&changes](bool saving) { changes << saving; });
    EXPECT_FALSE(store.isSaving());
    EXPECT_FALSE(store.lastError().isEmpty());
    const QString warning = store.savingWarning();
    EXPECT_TRUE(warning.contains(QStringLiteral("niet opgeslagen"))) << warning.toStdString();
    EXPECT_TRUE(warning.contains(QDir::toNativeSeparators(dir))) << warning.toStdString();

    const CourseResume resume = store.openCourse(demoKeys());
    EXPECT_FALSE(resume.resumed);
    EXPECT_FALSE(store.saveNavigation(kCourse, {QStringLiteral("p2"), {QStringLiteral("p1"), QStringLiteral("p2")},
                                                {QStringLiteral("p1")}}));
    EXPECT_FALSE(store.savePracticeAnswer(kCourse, QStringLiteral("q1"), {{QStringLiteral("b")}, true}));
    EXPECT_FALSE(store.isSaving()) << "the warning must stay while nothing is saved";
    EXPECT_FALSE(store.savingWarning().isEmpty());
    EXPECT_TRUE(changes.isEmpty());
    // The learner's state is all there in memory.
    ASSERT_NE(store.progress(kCourse), nullptr);
    EXPECT_EQ(store.progress(kCourse)->navigation.currentPageId, QStringLiteral("p2"));
    EXPECT_TRUE(store.progress(kCourse)->practice.value(QStringLiteral("q1")).checked);

    // The folder becomes usable: the next save writes everything.
    ASSERT_TRUE(QFile::remove(dir));
    ASSERT_TRUE(store.saveAudioPosition(kCourse, QStringLiteral("audio"), 5000)) << store.lastError().toStdString();
    EXPECT_TRUE(store.isSaving());
    EXPECT_TRUE(store.savingWarning().isEmpty());
    EXPECT_EQ(changes, QList<bool>{true});

    CourseProgress expected = nothingSaved();
    expected.navigation = {QStringLiteral("p2"), {QStringLiteral("p1"), QStringLiteral("p2")}, {QStringLiteral("p1")}};
    expected.practice.insert(QStringLiteral("q1"), {{QStringLiteral("b")}, true});
    expected.audioPositions.insert(QStringLiteral("audio"), 5000);
    ProgressStore again(dir);
    const CourseResume back = again.openCourse(demoKeys());
    EXPECT_TRUE(back.resumed);
    EXPECT_EQ(back.progress, expected);
}

TEST(StoreSaving, OpeningACourseNoticesThatSavingWorksAgain)
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("data"));
    ASSERT_TRUE(writeFile(dir, "not a folder"));
    ProgressStore store(dir);
    ASSERT_FALSE(store.isSaving());
    QList<bool> changes;
    QObject::connect(&store, &ProgressStore::savingChanged, [&changes](bool saving) { changes << saving; });

    ASSERT_TRUE(QFile::remove(dir));
    store.openCourse(demoKeys());
    EXPECT_TRUE(store.isSaving());
    EXPECT_TRUE(store.savingWarning().isEmpty());
    EXPECT_EQ(changes, QList<bool>{true});
}

TEST(StoreSaving, ResetWhileNotSavingIsCarriedOutWhenSavingWorksAgain)
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("data"));
    const QString parked = root.filePath(QStringLiteral("parked"));
    ProgressStore store(dir);
    store.openCourse(demoKeys());
    ASSERT_TRUE(store.saveNavigation(kCourse, {QStringLiteral("p2"), {QStringLiteral("p1"), QStringLiteral("p2")}, {}}));
    ASSERT_TRUE(store.savePracticeAnswer(kCourse, QStringLiteral("q1"), {{QStringLiteral("a")}, true}));

    // The folder goes away (say, an unplugged drive) and a file blocks recreating it.
    ASSERT_TRUE(QDir().rename(dir, parked));
    ASSERT_TRUE(writeFile(dir, "in the way"));
    EXPECT_FALSE(store.reset(kCourse));
    EXPECT_FALSE(store.isSaving());
    EXPECT_TRUE(store.progress(kCourse)->isEmpty());

    // The drive comes back with the old file: the reset must still wipe it.
    ASSERT_TRUE(QFile::remove(dir));
    ASSERT_TRUE(QDir().rename(parked, dir));
    ASSERT_TRUE(store.saveAudioPosition(kCourse, QStringLiteral("audio"), 5)) << store.lastError().toStdString();
    ProgressStore again(dir);
    const CourseProgress p = again.openCourse(demoKeys()).progress;
    EXPECT_TRUE(p.navigation.visited.isEmpty());
    EXPECT_TRUE(p.practice.isEmpty());
    EXPECT_EQ(p.audioPositions.value(QStringLiteral("audio")), 5);
}

TEST(StoreSaving, ReadOnlyDataDirKeepsWorkingInMemoryAndRetries)
{
    // Root writes into read-only folders; CI runs as root, and this path must run there.
    if (::geteuid() == 0) {
        runAsNobody(QStringLiteral("StoreSaving.ReadOnlyDataDirKeepsWorkingInMemoryAndRetries"));
        return;
    }
    std::printf("[ StoreSaving ] read-only folder checked as uid %d\n", int(::geteuid()));
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    ProgressStore store(dir.path());
    EXPECT_FALSE(store.isSaving());
    EXPECT_FALSE(QFileInfo::exists(store.databasePath()));
    store.openCourse(demoKeys());
    EXPECT_FALSE(store.savePracticeAnswer(kCourse, QStringLiteral("q1"), {{QStringLiteral("a")}, false}));
    EXPECT_FALSE(store.isSaving());
    EXPECT_FALSE(store.savingWarning().isEmpty());

    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    ASSERT_TRUE(store.saveAudioPosition(kCourse, QStringLiteral("audio"), 7)) << store.lastError().toStdString();
    EXPECT_TRUE(store.isSaving());

    CourseProgress expected = nothingSaved();
    expected.practice.insert(QStringLiteral("q1"), {{QStringLiteral("a")}, false});
    expected.audioPositions.insert(QStringLiteral("audio"), 7);
    ProgressStore again(dir.path());
    EXPECT_EQ(again.openCourse(demoKeys()).progress, expected);
    const test::StoreFile file(dir.path());
    EXPECT_EQ(file.practiceOptions(kCourse, QStringLiteral("q1")), QStringLiteral("[\"a\"]"));
    EXPECT_FALSE(file.practiceChecked(kCourse, QStringLiteral("q1")));
    EXPECT_EQ(file.audioPosition(kCourse, QStringLiteral("audio")), 7);
}

TEST(StoreSaving, FullDiskKeepsWorkingInMemoryAndRetries)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    CourseKeys keys = demoKeys();
    store.openCourse(keys);
    ASSERT_TRUE(store.saveNavigation(kCourse, {QStringLiteral("p1"), {QStringLiteral("p1")}, {}}));

    // Cap the file at its current size: SQLite then fails with SQLITE_FULL exactly as on
    // a full disk. The cap is a property of the store's own connection.
    const auto setMaxPages = [&store](const QString &value) {
        QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(value));
    };
    {
        QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
        ASSERT_TRUE(db.isOpen());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const QString pages = q.value(0).toString();
        q.finish();
        ASSERT_TRUE(setMaxPages(pages));
    }

    Attempt big;
    big.id = QStringLiteral("big");
    big.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, Qt::UTC);
    for (int i = 0; i < 3000; ++i) {
        const QString q = QStringLiteral("question-%1").arg(i);
        big.questionOrder << q;
        keys.questionOptions.insert(q, {});
    }
    QList<bool> changes;
    QObject::connect(&store, &ProgressStore::savingChanged, [&changes](bool saving) { changes << saving; });
    EXPECT_FALSE(store.saveAttempt(kCourse, big));
    EXPECT_FALSE(store.isSaving());
    EXPECT_TRUE(store.lastError().contains(QStringLiteral("full"))) << store.lastError().toStdString();
    EXPECT_FALSE(store.savingWarning().isEmpty());
    // Still full: the retry (which includes the big attempt) fails too; the warning stays.
    EXPECT_FALSE(store.savePracticeAnswer(kCourse, QStringLiteral("q1"), {{QStringLiteral("a")}, true}));
    EXPECT_FALSE(store.isSaving());

    ASSERT_TRUE(setMaxPages(QStringLiteral("1073741823")));
    ASSERT_TRUE(store.saveAudioPosition(kCourse, QStringLiteral("audio"), 321)) << store.lastError().toStdString();
    EXPECT_TRUE(store.isSaving());
    EXPECT_EQ(changes, (QList<bool>{false, true}));

    CourseProgress expected = nothingSaved();
    expected.navigation = {QStringLiteral("p1"), {QStringLiteral("p1")}, {}};
    Attempt bigAsStored = big;
    bigAsStored.courseVersion = QStringLiteral("1");
    expected.attempts = {bigAsStored};
    expected.practice.insert(QStringLiteral("q1"), {{QStringLiteral("a")}, true});
    expected.audioPositions.insert(QStringLiteral("audio"), 321);
    ProgressStore again(dir.path());
    const CourseProgress p = again.openCourse(keys).progress;
    EXPECT_EQ(p, expected);
    ASSERT_NE(p.attempt(QStringLiteral("big")), nullptr);
    EXPECT_EQ(p.attempt(QStringLiteral("big"))->questionOrder.size(), 3000);
    EXPECT_TRUE(p.practice.value(QStringLiteral("q1")).checked);
}
