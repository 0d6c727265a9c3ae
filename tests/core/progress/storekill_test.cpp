// The kill test: a driver process performs the scripted session against a real store and
// is killed with SIGKILL at random moments. After each kill the file must pass
// PRAGMA integrity_check and hold exactly the interactions the driver reported as
// committed (plus, at most, the one it committed but had no time to report).

#include "core/progress/progressstore.h"
#include "storescript.h"
#include "storetesthelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>

using namespace leerpad;
using namespace leerpad::storetest;

namespace {

constexpr int kRepetitions = 60;
constexpr int kChainLength = 15;  // kills on one file before starting a new one
constexpr int kMaxDelayMs = 250;  // kill somewhere in the first quarter second

// The last "committed N" line that was completely written, or -1.
int lastCommitted(const QByteArray &output)
{
    int last = -1;
    const QList<QByteArray> lines = output.split('\n');
    // The final element is whatever followed the last newline: possibly a torn line.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).startsWith("committed "))
            last = lines.at(i).mid(10).toInt();
    }
    return last;
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
    int killedMidSession = 0;
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
        // driver's first output, so the kill lands mid-session however slow start-up is.
        ASSERT_TRUE(driver.waitForReadyRead(60000)) << "driver reported nothing";
        const bool finishedEarly = driver.waitForFinished(killAfterMs);
        ASSERT_FALSE(finishedEarly) << "driver exited by itself: "
                                    << driver.readAllStandardError().toStdString();
        driver.kill(); // SIGKILL: no destructors, no flush, no checkpoint
        ASSERT_TRUE(driver.waitForFinished(10000));
        ASSERT_EQ(driver.exitStatus(), QProcess::CrashExit);
        const QByteArray output = driver.readAllStandardOutput();
        const int reported = lastCommitted(output);
        const int before = next;

        // The file itself must be sound, checked before any store touches it.
        const QString path = QDir(dir).filePath(ProgressStore::fileName());
        if (QFileInfo::exists(path)) {
            ASSERT_EQ(query(path, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        }

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
        if (reported >= 0)
            ++killedMidSession;
    }
    std::printf("[ StoreKill ] %d kills in %.1f s, %d of them mid-session; %d committed interactions verified\n",
                kRepetitions, double(clock.elapsed()) / 1000.0, killedMidSession, verifiedInteractions);
    EXPECT_GT(killedMidSession, kRepetitions / 2) << "most kills should land mid-session, not during start-up";
}
