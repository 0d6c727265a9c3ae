// Results reach a real LRS (Learning Locker's xapi-statements, realrs.h): a learner's
// whole module arrives once and in order and passes Learning Locker's validator; a
// statement sent twice (a crash after the POST, before the outbox heard back) is stored
// once; an invalid statement is kept aside while the rest arrive; an LRS that is down
// is retried with back-off and gets everything when it is back; a player killed fifty times
// while sending leaves every statement stored exactly once. Faults of an LRS that is up
// are faults_test.cpp. Label `lrs`.

#include "core/progress/progressstore.h"
#include "core/results/lrssender.h"
#include "core/results/statementbuilder.h"
#include "modulelearner.h"
#include "realrs.h"
#include "sending.h"
#include "xapirules.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <random>

using namespace leerpad;
using namespace leerpad::test;

TEST(RealLrs, AWholeModuleArrivesOnceInOrderAndValid)
{
    RealLrs lrs;
    ASSERT_TRUE(lrs.start()) << lrs.error().toStdString();
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const QString registration = learnTheModule(store);
    const QStringList made = idsOf(store.dueStatements(100000, kAll));
    ASSERT_GT(made.size(), 80);

    xapi::LrsSender sender(&store, configFor(lrs.endpoint()));
    ASSERT_TRUE(drain(store, sender)) << sender.statusText().toStdString();
    EXPECT_TRUE(sender.statusText().isEmpty()) << sender.statusText().toStdString();

    const QJsonArray stored = lrs.statements(registration);
    EXPECT_EQ(idsOf(stored), made) << "every statement once, in the order the events happened";
    QJsonArray sent;
    for (const QJsonValue &s : stored) {
        QJsonObject statement = s.toObject();
        // What the LRS adds is not ours to check.
        for (const char *key : {"stored", "authority", "version"})
            statement.remove(QLatin1String(key));
        const QStringList problems = test::xapiProblems(statement);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(QStringLiteral("; ")).toStdString();
        sent.append(statement);
    }
    EXPECT_EQ(RealLrs::validate(sent), QString()) << "Learning Locker's validator";
}

TEST(RealLrs, AStatementSentAgainAfterACrashIsStoredOnce)
{
    RealLrs lrs;
    ASSERT_TRUE(lrs.start()) << lrs.error().toStdString();
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const QString registration = learnTheModule(store);
    const QList<OutboxEntry> made = store.dueStatements(100000, kAll);
    {
        xapi::LrsSender sender(&store, configFor(lrs.endpoint()));
        ASSERT_TRUE(drain(store, sender));
    }
    // As if the player died after the POST but before the outbox heard back: the marks
    // never reached the file, so the same statements, byte for byte, are due again.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("unsent"));
        raw.setDatabaseName(store.databasePath());
        ASSERT_TRUE(raw.open());
        ASSERT_TRUE(QSqlQuery(raw).exec(QStringLiteral("UPDATE outbox SET sent_at = 0")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("unsent"));
    ASSERT_EQ(store.outboxStatus().waiting, made.size());
    xapi::LrsSender sender(&store, configFor(lrs.endpoint()));
    ASSERT_TRUE(drain(store, sender)) << sender.statusText().toStdString();
    EXPECT_EQ(store.outboxStatus().quarantined, 0);
    EXPECT_EQ(idsOf(lrs.statements(registration)), idsOf(made)) << "the LRS keeps one of each";
}

TEST(RealLrs, AnInvalidStatementIsKeptAsideWithTheLrsAnswerAndTheRestArrive)
{
    RealLrs lrs;
    ASSERT_TRUE(lrs.start()) << lrs.error().toStdString();
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const QString registration = learnTheModule(store);
    QList<OutboxEntry> made = store.dueStatements(100000, kAll);
    // A statement no LRS may accept, among the valid ones: its verb is not an IRI.
    OutboxStatement broken = made.at(5).statement;
    QJsonObject body = QJsonDocument::fromJson(broken.body).object();
    broken.id = QStringLiteral("6f1d0c3e-8a2b-4d5e-9f60-7a8b9c0d1e2f");
    body[QStringLiteral("id")] = broken.id;
    body[QStringLiteral("verb")] = QJsonObject{{QStringLiteral("id"), QStringLiteral("answered")}};
    broken.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    ASSERT_TRUE(store.saveStatements(module14()->id, {broken}));
    ASSERT_TRUE(store.saveStatements(module14()->id, {made.at(6).statement}));

    xapi::LrsSender sender(&store, configFor(lrs.endpoint()));
    sender.setBatchLimit(10);
    ASSERT_TRUE(drain(store, sender)) << sender.statusText().toStdString();
    const QList<OutboxEntry> aside = store.quarantinedStatements();
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(aside.first().statement.id, broken.id);
    EXPECT_TRUE(aside.first().lastError.startsWith(QStringLiteral("HTTP 400")))
        << aside.first().lastError.toStdString();
    EXPECT_TRUE(aside.first().lastError.contains(QStringLiteral("verb")))
        << aside.first().lastError.toStdString();
    EXPECT_EQ(idsOf(lrs.statements(registration)), idsOf(made)) << "all valid ones arrived, once";
    EXPECT_TRUE(sender.statusText().startsWith(
        QStringLiteral("1 resultaten geweigerd door de LRS (HTTP 400")))
        << sender.statusText().toStdString() << ": the trainer is told something was refused";
}

TEST(RealLrs, AnLrsThatIsDownGetsEverythingWhenItIsBack)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const QString registration = learnTheModule(store);
    const QStringList made = idsOf(store.dueStatements(100000, kAll));
    const int port = test::freePort();
    RealLrs lrs;
    xapi::LrsSender sender(&store,
                           configFor(QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(port))));
    qint64 now = 1'000'000;
    sender.setClock([&now] { return now; });
    sender.setRandom([] { return 0.5; });
    sender.start();
    QElapsedTimer t;
    t.start();
    while (store.outboxStatus().lastError.isEmpty() && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    OutboxStatus status = store.outboxStatus();
    EXPECT_EQ(status.waiting, made.size()) << "nothing is lost while the LRS is away";
    EXPECT_FALSE(status.lastError.isEmpty());
    EXPECT_EQ(status.nextTryAtMs, now + 2000) << "the first retry after 2 s";
    EXPECT_TRUE(sender.statusText().contains(QString::number(made.size())))
        << sender.statusText().toStdString();

    ASSERT_TRUE(lrs.start(port)) << lrs.error().toStdString();
    now += 2000; // the back-off has passed
    ASSERT_TRUE(drain(store, sender, 60000)) << sender.statusText().toStdString();
    EXPECT_EQ(idsOf(lrs.statements(registration)), made);
}

// The player killed (SIGKILL) at seeded moments while it sends, right after a batch was
// posted and before the outbox heard back, then started again, until it is done: the LRS
// holds every statement exactly once, in the order of the events.
TEST(RealLrs, KilledAtAnyMomentWhileSendingEveryStatementArrivesExactlyOnce)
{
    RealLrs lrs;
    ASSERT_TRUE(lrs.start()) << lrs.error().toStdString();
    QTemporaryDir dir;
    const QString driver = QCoreApplication::applicationDirPath() + QStringLiteral("/lrs_driver");
    QProcess make;
    make.start(driver, {dir.path(), QStringLiteral("--make")});
    ASSERT_TRUE(make.waitForFinished(60000));
    const QStringList made =
        QString::fromUtf8(make.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    ASSERT_EQ(made.size(), 3) << made.join(QLatin1Char(' ')).toStdString();
    const QString registration = made.at(2);
    QStringList ids;
    {
        ProgressStore store(dir.path());
        ids = idsOf(store.dueStatements(100000, kAll));
    }
    ASSERT_EQ(ids.size(), made.at(1).toInt());

    std::mt19937 rng(1407);
    int runs = 0, kills = 0, postedInAll = 0;
    bool done = false;
    while (!done && runs < 120) {
        ++runs;
        QProcess player;
        player.start(driver, {dir.path(), lrs.endpoint().toString(), QStringLiteral("--batch"),
                              QStringLiteral("2")});
        ASSERT_TRUE(player.waitForStarted(10000));
        // Killed after the k-th post of each of the first fifty runs; then left to finish.
        // Batches of two and k of one or two leave most of the module for later runs.
        const int killAt = std::uniform_int_distribution<int>(1, 2)(rng);
        const bool kill = runs <= 50;
        int posted = 0;
        while (player.state() != QProcess::NotRunning || player.canReadLine()) {
            if (!player.canReadLine() && !player.waitForReadyRead(10000))
                break;
            while (player.canReadLine()) {
                const QByteArray line = player.readLine().trimmed();
                done = done || line == "done";
                if (line.startsWith("posted "))
                    postedInAll += line.split(' ').value(2).toInt();
                if (line.startsWith("posted ") && ++posted == killAt && kill && !done) {
                    player.kill(); // SIGKILL: no clean-up of any kind
                    ++kills;
                }
            }
            if (player.state() == QProcess::NotRunning && !player.canReadLine())
                break;
        }
        player.waitForFinished(10000);
    }
    ASSERT_TRUE(done) << "still not done after " << runs << " runs";
    std::printf(
        "[ RealLrs ] %d statements, %d runs, %d of them killed right after posting a batch; "
        "%d statements posted in all (%d sent again after a kill)\n",
        int(ids.size()), runs, kills, postedInAll, postedInAll - int(ids.size()));
    EXPECT_GT(postedInAll, ids.size()) << "some batches must have been sent again";
    EXPECT_GE(kills, 50) << "the kills must land while sending";
    EXPECT_EQ(idsOf(lrs.statements(registration)), ids) << "exactly once each, in event order";
    ProgressStore store(dir.path());
    EXPECT_EQ(store.outboxStatus().waiting, 0);
    EXPECT_EQ(store.outboxStatus().quarantined, 0);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
