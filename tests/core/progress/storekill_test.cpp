// The kill test: a driver process (store_driver.cpp) works on a real store and is killed
// with SIGKILL. After each kill the file must pass PRAGMA integrity_check and hold
// exactly what the driver reported as committed (plus, at most, the one it committed but
// had no time to report) -- or, for a kill during opening, migrating, reconciling or
// recovering, exactly the state before or exactly the state after that step.
//
// Two kinds of kill: at random moments of a long session (timed, so kills also land in
// the middle of SQLite's own work), and at seeded file operations (killpoints.h) spread
// over steps that take a few milliseconds, which no timer hits reliably.

#include "core/progress/progressstore.h"
#include "core/progress/storeschema.h"
#include "storescript.h"
#include "storetesthelpers.h"
#include "support/storefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace leerpad;
using namespace leerpad::storetest;

namespace {

constexpr int kRepetitions = 60;
constexpr int kChainLength = 15; // kills on one file before starting a new one
constexpr int kMaxDelayMs = 250; // kill somewhere in the first quarter second of the session
constexpr int kSeededKills = 10; // per step; plus its first and its last file operation
constexpr int kSynchronousFull = 2;
constexpr int kSynchronousNormal = 1;
const QString kCourse = QStringLiteral("kill-test");

struct Commit
{
    int index = -1;
    long syncs = 0;
    long ops = 0; // file operations when it was committed
};

// The driver's output, complete lines only: the final element after the last newline
// may be a line torn by the kill.
struct Report
{
    std::map<QByteArray, long> phases; // phase name -> file operations when reached
    std::vector<Commit> commits;
    int synchronous = -1;
    bool done = false;

    int lastCommitted() const { return commits.empty() ? -1 : commits.back().index; }
    bool reached(const char *phase) const { return phases.count(phase) > 0; }
    long opsAt(const char *phase) const { return reached(phase) ? phases.at(phase) : -1; }
};

Report parse(const QByteArray &output)
{
    Report r;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> w = lines.at(i).split(' ');
        if (w.size() == 6 && w[0] == "committed")
            r.commits.push_back({w[1].toInt(), w[3].toLong(), w[5].toLong()});
        else if (w.size() == 4 && w[0] == "phase")
            r.phases[w[1]] = w[3].toLong();
        else if (w.size() == 2 && w[0] == "synchronous")
            r.synchronous = w[1].toInt();
        else if (!w.isEmpty() && w[0] == "done")
            r.done = true;
    }
    return r;
}

struct DriverRun
{
    Report report;
    bool killed = false; // ended by SIGKILL
    int exitCode = -1;
    QByteArray errors;
};

// Runs the driver until it ends by itself or by its own --kill-before.
DriverRun runDriver(const QStringList &args)
{
    QProcess driver;
    driver.start(QStringLiteral(STORE_DRIVER_PATH), args);
    DriverRun run;
    if (!driver.waitForStarted(10000) || !driver.waitForFinished(120000)) {
        driver.kill();
        driver.waitForFinished(10000);
        run.errors = "driver did not start or hung";
        return run;
    }
    run.killed = driver.exitStatus() == QProcess::CrashExit;
    run.exitCode = driver.exitCode();
    run.report = parse(driver.readAllStandardOutput());
    run.errors = driver.readAllStandardError();
    return run;
}

QString databasePath(const QString &dir)
{
    return QDir(dir).filePath(ProgressStore::fileName());
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QStringList files = QDir(from).entryList(QDir::Files | QDir::Hidden);
    return std::all_of(files.cbegin(), files.cend(), [&](const QString &f) {
        return QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f));
    });
}

// Seeded file operations to kill at for a step of `total` of them: the first, the last,
// and one in each of kSeededKills equal stretches in between, so the kills spread over
// the whole step whatever its length.
std::vector<long> killPoints(long total, std::mt19937 &rng)
{
    std::set<long> points{1, total};
    for (int s = 0; s < kSeededKills; ++s) {
        const long lo = 1 + total * s / kSeededKills;
        const long hi = std::max(lo, total * (s + 1) / kSeededKills);
        points.insert(std::uniform_int_distribution<long>(lo, hi)(rng));
    }
    return {points.cbegin(), points.cend()};
}

// The progress the script leaves after interactions [0, count), replayed without a store.
CourseProgress scriptState(int count)
{
    CourseProgress p = storescript::initialProgress();
    for (int i = 0; i < count; ++i)
        storescript::step(i, p, nullptr);
    return p;
}

// What the re-published course (storescript::changedKeys()) keeps of `p`, written out
// for the changes that version makes, independently of the store's reconciliation.
CourseProgress keptByChangedCourse(CourseProgress p)
{
    const QString goneP = QStringLiteral("page-11");
    p.courseVersion = QStringLiteral("2");
    if (p.navigation.currentPageId == goneP)
        p.navigation.currentPageId.clear();
    p.navigation.visited.remove(goneP);
    p.navigation.completed.remove(goneP);
    p.practice.remove(QStringLiteral("practice-5"));
    if (p.practice.value(QStringLiteral("practice-0")).optionIds.contains(QStringLiteral("d")))
        p.practice.remove(QStringLiteral("practice-0"));
    p.audioPositions.remove(QStringLiteral("audio-1"));
    return p;
}

// The kind of write interaction `index` makes on top of `before`, found by replaying it.
std::string kindOfWrite(const CourseProgress &before, int index)
{
    CourseProgress after = before;
    storescript::step(index, after, nullptr);
    if (after.navigation != before.navigation)
        return "navigation";
    if (after.practice != before.practice)
        return "practice answer or check";
    if (after.audioPositions != before.audioPositions)
        return "audio position";
    if (after.attempts != before.attempts)
        return "self-test attempt";
    return "nothing new";
}

QByteArray sha1(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

// Hashes of every file in dir.
std::set<QByteArray> fileHashes(const QString &dir)
{
    std::set<QByteArray> hashes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext())
        hashes.insert(sha1(readFile(it.next())));
    return hashes;
}

QByteArray randomBytes(int size, unsigned seed)
{
    std::mt19937 rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng() & 0xff);
    return bytes;
}

// The version of the file, read without a store.
QString schemaVersion(const QString &dir)
{
    return queryValue(databasePath(dir), QStringLiteral("SELECT MAX(version) FROM schema_version"));
}

void expectSound(const QString &dir)
{
    if (QFileInfo::exists(databasePath(dir))) {
        EXPECT_EQ(query(databasePath(dir), QStringLiteral("PRAGMA integrity_check")),
                  QStringList{QStringLiteral("ok")});
    }
}

} // namespace

TEST(StoreKill, EveryReportedCommitSurvivesSigkill)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    std::mt19937 rng(20240611); // fixed: a failure reproduces with the same kill times
    std::uniform_int_distribution<int> delay(0, kMaxDelayMs);

    QString dir;
    int next = 0;                 // first interaction the driver has not done yet
    CourseProgress expected;      // state after interactions [0, next)
    int verifiedInteractions = 0; // summed over all repetitions
    // Where the kills landed: the kind of write that was under way (what the first
    // interaction the file does not hold changes).
    std::map<std::string, int> killedDuring;
    int normalCommits = 0;
    int normalCommitsThatSynced = 0;
    QElapsedTimer clock;
    clock.start();

    for (int rep = 0; rep < kRepetitions; ++rep) {
        if (rep % kChainLength == 0) {
            dir = root.filePath(QStringLiteral("chain-%1").arg(rep / kChainLength));
            next = 0;
            expected = storescript::initialProgress();
        }
        const bool full = rep % 2 == 0;
        const int killAfterMs = delay(rng);
        SCOPED_TRACE(testing::Message() << "repetition " << rep << ", first interaction " << next
                                        << ", kill after " << killAfterMs << " ms, synchronous="
                                        << (full ? "FULL" : "NORMAL"));

        QProcess driver;
        driver.setProcessChannelMode(QProcess::SeparateChannels);
        driver.start(QStringLiteral(STORE_DRIVER_PATH),
                     {dir, QString::number(next), QStringLiteral("1000000"),
                      full ? QStringLiteral("full") : QStringLiteral("normal")});
        ASSERT_TRUE(driver.waitForStarted(10000)) << driver.errorString().toStdString();
        // Start-up time varies (sanitizers, a loaded machine): count the delay from the
        // driver's first commit, so the kill lands mid-session however slow start-up is.
        QByteArray output;
        while (!output.contains("\ncommitted ")) {
            ASSERT_TRUE(driver.waitForReadyRead(60000))
                << "driver committed nothing: " << driver.readAllStandardError().toStdString();
            output += driver.readAllStandardOutput();
        }
        const bool finishedEarly = driver.waitForFinished(killAfterMs);
        ASSERT_FALSE(finishedEarly) << "driver exited by itself: "
                                    << driver.readAllStandardError().toStdString();
        driver.kill(); // SIGKILL: no destructors, no flush, no checkpoint
        ASSERT_TRUE(driver.waitForFinished(10000));
        ASSERT_EQ(driver.exitStatus(), QProcess::CrashExit);
        output += driver.readAllStandardOutput();
        const Report report = parse(output);
        const int reported = report.lastCommitted();
        const int before = next;

        // The power-loss promise: with FULL every commit that changed the file reached
        // the disk (an fsync or fdatasync) before the driver heard it was saved. (A
        // commit that changes nothing -- the same page again within the same
        // millisecond -- writes nothing, and has nothing to sync.)
        EXPECT_EQ(report.synchronous, full ? kSynchronousFull : kSynchronousNormal);
        int unsynced = 0;
        int firstUnsynced = -1;
        for (std::size_t i = 1; i < report.commits.size(); ++i) {
            const Commit &before = report.commits[i - 1];
            const Commit &c = report.commits[i];
            if (c.ops == before.ops)
                continue;
            const bool synced = c.syncs > before.syncs;
            if (full && !synced && unsynced++ == 0)
                firstUnsynced = c.index;
            if (!full) {
                ++normalCommits;
                normalCommitsThatSynced += synced ? 1 : 0;
            }
        }
        EXPECT_EQ(unsynced, 0) << "with synchronous=FULL, commits were reported saved before any "
                                  "fsync; the first is interaction "
                               << firstUnsynced;

        // The file itself must be sound, checked before any store touches it.
        expectSound(dir);

        // Everything up to the last reported commit, maybe one more.
        CourseProgress committed = expected;
        for (int i = next; i <= reported; ++i)
            storescript::step(i, committed, nullptr);
        const int nextAfterReported = std::max(next, reported + 1);
        CourseProgress oneMore = committed;
        storescript::step(nextAfterReported, oneMore, nullptr);

        ProgressStore store(dir);
        ASSERT_TRUE(store.isSaving()) << store.lastError().toStdString();
        ASSERT_TRUE(store.recoveries().isEmpty()) << store.recoveries().first().detail.toStdString();
        const CourseResume resume = store.openCourse(storescript::keys());
        EXPECT_EQ(resume.report.droppedTotal(), 0);
        if (resume.progress == committed) {
            expected = committed;
            next = nextAfterReported;
        } else if (resume.progress == oneMore) {
            expected = oneMore;
            next = nextAfterReported + 1;
        } else {
            FAIL() << "after reported commit " << reported << " the store holds\n  "
                   << storescript::summary(resume.progress) << "\nexpected\n  "
                   << storescript::summary(committed) << "\nor\n  " << storescript::summary(oneMore);
        }
        verifiedInteractions += next - before;
        ++killedDuring[kindOfWrite(expected, next)];
    }
    std::printf("[ StoreKill ] %d kills in %.1f s; %d committed interactions verified; killed during:",
                kRepetitions, double(clock.elapsed()) / 1000.0, verifiedInteractions);
    for (const auto &[kind, kills] : killedDuring)
        std::printf(" %s %d,", kind.c_str(), kills);
    std::printf(" NORMAL commits synced: %d of %d\n", normalCommitsThatSynced, normalCommits);

    // Kills must reach every kind of write, not pile up in one spot (say, all in the
    // first interaction because start-up got slow, or all in page turns because the
    // session stopped doing anything else). The rarest kind, an audio position, is one
    // interaction in eight: 60 kills miss it with a chance of (7/8)^60, 0.03 %.
    for (const char *kind : {"navigation", "practice answer or check", "audio position", "self-test attempt"})
        EXPECT_GE(killedDuring[kind], 1) << "no kill during this kind of write: " << kind;
    // And the sync check above tells FULL from NORMAL: NORMAL syncs only at checkpoints.
    EXPECT_GT(normalCommits, 100);
    EXPECT_LT(normalCommitsThatSynced * 10, normalCommits);
}

// Opening a new data folder creates the folder and the file and applies the schema's
// migration 0 -> 1 (the only one so far). A kill anywhere in it, or in the first
// interaction after it, leaves a file the next start opens as a sound, empty progress
// file -- never one it takes for damaged and moves aside.
TEST(StoreKill, SeededKillsWhileCreatingTheFileAndItsSchema)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QStringList args = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("full")};
    const DriverRun dry = runDriver(QStringList{root.filePath(QStringLiteral("dry"))} + args);
    ASSERT_TRUE(dry.report.done) << dry.errors.toStdString();
    ASSERT_EQ(dry.report.commits.size(), 1u);
    const long opened = dry.report.opsAt("opened");
    const long end = dry.report.commits.front().ops; // the step ends with the first commit
    ASSERT_GE(opened, 5) << "creating a file should take several file operations";

    std::mt19937 rng(1901);
    int killedWhileOpening = 0;
    const std::vector<long> points = killPoints(end, rng);
    for (long point : points) {
        SCOPED_TRACE(testing::Message() << "killed before file operation " << point << " of " << end);
        const QString dir = root.filePath(QStringLiteral("kill-%1").arg(point));
        const DriverRun run = runDriver(QStringList{dir} + args +
                                  QStringList{QStringLiteral("--kill-before"), QString::number(point)});
        ASSERT_TRUE(run.killed) << run.errors.toStdString();
        EXPECT_TRUE(run.report.commits.empty());
        killedWhileOpening += run.report.reached("opened") ? 0 : 1;
        expectSound(dir);
        ProgressStore store(dir);
        ASSERT_TRUE(store.isSaving()) << store.lastError().toStdString();
        EXPECT_TRUE(store.recoveries().isEmpty()) << store.recoveries().first().detail.toStdString();
        EXPECT_EQ(schemaVersion(dir), QString::number(latestSchemaVersion()));
        const CourseProgress p = store.openCourse(storescript::keys()).progress;
        EXPECT_TRUE(p == scriptState(0) || p == scriptState(1)) << storescript::summary(p);
    }
    std::printf("[ StoreKill ] new file: %d seeded kills over %ld file operations (%ld to open it), "
                "%d of them while opening\n",
                int(points.size()), end, opened, killedWhileOpening);
    EXPECT_GE(killedWhileOpening, kSeededKills / 2) << "the kills must land in the opening itself";
}

// Upgrading a populated file: the real migrations plus one test step, run by the
// store's migration runner. After a kill the file is entirely on the old version with
// its data as it was, or entirely on the new one with every row converted.
TEST(StoreKill, SeededKillsWhileUpgradingAPopulatedFile)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString original = root.filePath(QStringLiteral("original"));
    const DriverRun fill = runDriver({original, QStringLiteral("0"), QStringLiteral("200"), QStringLiteral("normal")});
    ASSERT_TRUE(fill.report.done) << fill.errors.toStdString();
    const QString current = QString::number(latestSchemaVersion());
    const QString next = QString::number(latestSchemaVersion() + 1);
    ASSERT_EQ(schemaVersion(original), current);
    const QStringList before = test::StoreFile(original).dump(kCourse);
    ASSERT_GT(before.size(), 20);

    const QString dryDir = root.filePath(QStringLiteral("dry"));
    ASSERT_TRUE(copyFolder(original, dryDir));
    const DriverRun dry = runDriver({QStringLiteral("--upgrade"), dryDir});
    ASSERT_TRUE(dry.report.done) << dry.errors.toStdString();
    ASSERT_EQ(schemaVersion(dryDir), next);
    const long start = dry.report.opsAt("migrating");
    const long end = dry.report.opsAt("migrated");
    ASSERT_GE(end - start, 3) << "the upgrade should take several file operations";

    std::mt19937 rng(1902);
    std::map<QString, int> outcomes; // schema version left behind -> kills
    std::vector<long> points;
    for (long p : killPoints(end - start, rng))
        points.push_back(start + p);
    for (long point : points) {
        SCOPED_TRACE(testing::Message() << "killed before file operation " << point);
        const QString dir = root.filePath(QStringLiteral("kill-%1").arg(point));
        ASSERT_TRUE(copyFolder(original, dir));
        const DriverRun run = runDriver({QStringLiteral("--upgrade"), dir, QStringLiteral("--kill-before"),
                                   QString::number(point)});
        ASSERT_TRUE(run.killed) << run.errors.toStdString();
        EXPECT_FALSE(run.report.reached("migrated"));
        expectSound(dir);
        const QString version = schemaVersion(dir);
        ++outcomes[version];
        const QString path = databasePath(dir);
        if (version == current) {
            EXPECT_EQ(test::StoreFile(dir).dump(kCourse), before);
            EXPECT_FALSE(query(path, QStringLiteral("SELECT name FROM pragma_table_info('page_state')"))
                             .contains(QStringLiteral("note")));
            EXPECT_EQ(queryValue(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'learner_note'")),
                      QStringLiteral("0"));
            // And the store still opens it as its own.
            ProgressStore store(dir);
            EXPECT_TRUE(store.isSaving());
            EXPECT_TRUE(store.recoveries().isEmpty());
        } else {
            ASSERT_EQ(version, next);
            EXPECT_EQ(test::StoreFile(dir).dump(kCourse, {QStringLiteral("note")}), before);
            EXPECT_EQ(queryValue(path, QStringLiteral("SELECT COUNT(*) FROM page_state WHERE note <> 'seen ' || page_id")),
                      QStringLiteral("0"));
            EXPECT_EQ(queryValue(path, QStringLiteral("SELECT COUNT(*) FROM attempt WHERE note <> 'attempt ' || attempt_id")),
                      QStringLiteral("0"));
            EXPECT_EQ(query(path, QStringLiteral("SELECT text FROM learner_note")), QStringList{QStringLiteral("from 1")});
        }
    }
    std::printf("[ StoreKill ] upgrade: %d seeded kills over %ld file operations; left the old version: %d, the new one: %d\n",
                int(points.size()), end - start, outcomes[current], outcomes[next]);
    // Both sides of the commit were reached: kills before it, and the kill just before
    // its sync (the transaction is written but not yet flushed: a crash keeps it).
    EXPECT_GE(outcomes[current], kSeededKills / 2);
    EXPECT_GE(outcomes[next], 1);
}

// Opening a re-published course drops what no longer exists and rewrites the course in
// one transaction. After a kill the file holds the old course exactly or the new one
// exactly, and the next start shows what the new version keeps.
TEST(StoreKill, SeededKillsWhileReconcilingAChangedCourse)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    constexpr int kInteractions = 200;
    const QString original = root.filePath(QStringLiteral("original"));
    const DriverRun fill = runDriver({original, QStringLiteral("0"), QString::number(kInteractions), QStringLiteral("normal")});
    ASSERT_TRUE(fill.report.done) << fill.errors.toStdString();
    const QStringList ignored = {QStringLiteral("updated_at")};
    const QStringList oldRows = test::StoreFile(original).dump(kCourse, ignored);

    const CourseProgress kept = keptByChangedCourse(scriptState(kInteractions));
    ASSERT_NE(kept, scriptState(kInteractions)) << "the change must drop something";

    const QStringList changedArgs = {QString::number(kInteractions), QStringLiteral("0"), QStringLiteral("full"),
                                     QStringLiteral("--changed")};
    const QString dryDir = root.filePath(QStringLiteral("dry"));
    ASSERT_TRUE(copyFolder(original, dryDir));
    const DriverRun dry = runDriver(QStringList{dryDir} + changedArgs);
    ASSERT_TRUE(dry.report.done) << dry.errors.toStdString();
    const QStringList newRows = test::StoreFile(dryDir).dump(kCourse, ignored);
    ASSERT_NE(newRows, oldRows);
    const long start = dry.report.opsAt("opened");
    const long end = dry.report.opsAt("resumed");
    ASSERT_GE(end - start, 3) << "the rewrite should take several file operations";

    std::mt19937 rng(1903);
    int leftOld = 0;
    int leftNew = 0;
    std::vector<long> points;
    for (long p : killPoints(end - start, rng))
        points.push_back(start + p);
    for (long point : points) {
        SCOPED_TRACE(testing::Message() << "killed before file operation " << point);
        const QString dir = root.filePath(QStringLiteral("kill-%1").arg(point));
        ASSERT_TRUE(copyFolder(original, dir));
        const DriverRun run = runDriver(QStringList{dir} + changedArgs +
                                  QStringList{QStringLiteral("--kill-before"), QString::number(point)});
        ASSERT_TRUE(run.killed) << run.errors.toStdString();
        EXPECT_FALSE(run.report.reached("resumed"));
        expectSound(dir);
        const QStringList rows = test::StoreFile(dir).dump(kCourse, ignored);
        leftOld += rows == oldRows ? 1 : 0;
        leftNew += rows == newRows ? 1 : 0;
        EXPECT_TRUE(rows == oldRows || rows == newRows) << "a half-rewritten course: " << rows.join(QLatin1Char('\n')).toStdString();

        ProgressStore store(dir);
        ASSERT_TRUE(store.isSaving());
        EXPECT_TRUE(store.recoveries().isEmpty());
        const CourseProgress p = store.openCourse(storescript::changedKeys()).progress;
        EXPECT_EQ(p, kept) << storescript::summary(p) << "\nexpected\n" << storescript::summary(kept);
    }
    std::printf("[ StoreKill ] changed course: %d seeded kills over %ld file operations; left old %d, new %d\n",
                int(points.size()), end - start, leftOld, leftNew);
    EXPECT_GE(leftOld, kSeededKills / 2);
    EXPECT_GE(leftNew, 1);
}

// A damaged file (random bytes, with a -wal and -shm) is moved aside and a fresh one
// made. After a kill anywhere in it, every byte of the damaged files is still there
// under some name, no damaged log sits next to a fresh file, and the next start ends
// with a sound, empty progress file.
TEST(StoreKill, SeededKillsWhileRecoveringADamagedFile)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QByteArray damaged = randomBytes(8192, 1);
    const QByteArray damagedWal = randomBytes(4000, 2);
    const QByteArray damagedShm = randomBytes(32768, 3);
    const auto prepare = [&](const QString &dir) {
        return QDir().mkpath(dir) && writeFile(databasePath(dir), damaged) &&
               writeFile(databasePath(dir) + QStringLiteral("-wal"), damagedWal) &&
               writeFile(databasePath(dir) + QStringLiteral("-shm"), damagedShm);
    };
    const auto everyDamagedByteKept = [&](const QString &dir) {
        const std::set<QByteArray> hashes = fileHashes(dir);
        return hashes.count(sha1(damaged)) && hashes.count(sha1(damagedWal)) && hashes.count(sha1(damagedShm));
    };
    const QStringList args = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("full")};
    const QString dryDir = root.filePath(QStringLiteral("dry"));
    ASSERT_TRUE(prepare(dryDir));
    const DriverRun dry = runDriver(QStringList{dryDir} + args);
    ASSERT_TRUE(dry.report.done) << dry.errors.toStdString();
    ASSERT_TRUE(everyDamagedByteKept(dryDir));
    const long end = dry.report.opsAt("opened");
    ASSERT_GE(end, 5) << "moving three files and making a new one should take several file operations";

    std::mt19937 rng(1904);
    int killedBeforeTheMove = 0; // the damaged file was still in place
    const std::vector<long> points = killPoints(end, rng);
    for (long point : points) {
        SCOPED_TRACE(testing::Message() << "killed before file operation " << point << " of " << end);
        const QString dir = root.filePath(QStringLiteral("kill-%1").arg(point));
        ASSERT_TRUE(prepare(dir));
        const DriverRun run = runDriver(QStringList{dir} + args +
                                  QStringList{QStringLiteral("--kill-before"), QString::number(point)});
        ASSERT_TRUE(run.killed) << run.errors.toStdString();
        EXPECT_FALSE(run.report.reached("opened"));
        EXPECT_TRUE(everyDamagedByteKept(dir)) << "a damaged file was lost or changed";
        const bool stillInPlace = readFile(databasePath(dir)) == damaged;
        killedBeforeTheMove += stillInPlace ? 1 : 0;
        if (!stillInPlace) {
            // Checked before any connection opens the new file, which would replay it.
            EXPECT_TRUE(readFile(databasePath(dir) + QStringLiteral("-wal")) != damagedWal)
                << "the damaged log is next to the new file, where SQLite would replay it";
            expectSound(dir);
        }

        {
            ProgressStore store(dir);
            ASSERT_TRUE(store.isSaving()) << store.lastError().toStdString();
            EXPECT_EQ(store.recoveries().size(), stillInPlace ? 1 : 0);
            EXPECT_EQ(store.openCourse(storescript::keys()).progress, scriptState(0));
        }
        expectSound(dir);
        EXPECT_TRUE(everyDamagedByteKept(dir)) << "a damaged file was lost or changed on the next start";
    }
    std::printf("[ StoreKill ] damaged file: %d seeded kills over %ld file operations; %d before it was moved\n",
                int(points.size()), end, killedBeforeTheMove);
    EXPECT_GE(killedBeforeTheMove, 1);
    EXPECT_GE(int(points.size()) - killedBeforeTheMove, kSeededKills / 2);
}
