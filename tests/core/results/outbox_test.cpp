// The outbox in the progress store: a statement is on file exactly when the change it
// reports is (one transaction), waits in memory with the progress while the file cannot
// be written, and leaves in event order with the head holding back the rest.

#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/results/statementbuilder.h"
#include "core/session/coursesession.h"
#include "../progress/storetesthelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;
using leerpad::storetest::queryValue;

namespace {

OutboxStatement statement(const QString &id)
{
    return {id, QStringLiteral("c"), QStringLiteral("r"), QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + "\"}"};
}

const qint64 kLater = std::numeric_limits<qint64>::max();

} // namespace

TEST(Outbox, AStatementIsWrittenInTheTransactionOfItsChange)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    store.openCourse(storetest::smallCourseKeys(QStringLiteral("c")));
    store.stageStatements({statement(QStringLiteral("s1"))});
    ASSERT_TRUE(store.savePracticeAnswer(QStringLiteral("c"), QStringLiteral("q1"), {{QStringLiteral("a")}, true}));
    const QString path = store.databasePath();
    EXPECT_EQ(queryValue(path, QStringLiteral("SELECT COUNT(*) FROM practice_answer")), QStringLiteral("1"));
    EXPECT_EQ(queryValue(path, QStringLiteral("SELECT statement_id FROM outbox")), QStringLiteral("s1"));
    // Staged statements go with the next save only.
    ASSERT_TRUE(store.saveAudioPosition(QStringLiteral("c"), QStringLiteral("audio"), 5));
    EXPECT_EQ(queryValue(path, QStringLiteral("SELECT COUNT(*) FROM outbox")), QStringLiteral("1"));
}

TEST(Outbox, WhileTheFileCannotBeWrittenStatementsWaitWithTheProgress)
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("data"));
    // A regular file where the folder should be: nothing can be written, even as root.
    ASSERT_TRUE(storetest::writeFile(dir, "not a folder"));
    ProgressStore store(dir);
    EXPECT_FALSE(store.isSaving());
    store.openCourse(storetest::smallCourseKeys(QStringLiteral("c")));
    store.stageStatements({statement(QStringLiteral("s1")), statement(QStringLiteral("s2"))});
    EXPECT_FALSE(store.savePracticeAnswer(QStringLiteral("c"), QStringLiteral("q1"), {{QStringLiteral("a")}, true}));
    EXPECT_EQ(store.outboxStatus().waiting, 2) << "counted while in memory";
    EXPECT_TRUE(store.dueStatements(10, kLater).isEmpty()) << "nothing is sent that is not on file";

    ASSERT_TRUE(QFile::remove(dir));
    store.stageStatements({statement(QStringLiteral("s3"))});
    ASSERT_TRUE(store.saveAudioPosition(QStringLiteral("c"), QStringLiteral("audio"), 5)) << store.lastError().toStdString();
    QStringList ids;
    for (const OutboxEntry &e : store.dueStatements(10, kLater))
        ids << e.statement.id;
    EXPECT_EQ(ids, (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
    EXPECT_EQ(queryValue(store.databasePath(), QStringLiteral("SELECT COUNT(*) FROM practice_answer")), QStringLiteral("1"));
}

TEST(Outbox, TheHeadWaitsOutItsBackOffAndEverythingBehindItWaits)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    store.openCourse(storetest::smallCourseKeys(QStringLiteral("c")));
    ASSERT_TRUE(store.saveStatements(QStringLiteral("c"), {statement(QStringLiteral("s1")), statement(QStringLiteral("s2"))}));
    const QList<OutboxEntry> due = store.dueStatements(10, 1000);
    ASSERT_EQ(due.size(), 2);
    ASSERT_TRUE(store.markRetry({due.first().seq}, QStringLiteral("HTTP 503"), 5000));
    EXPECT_TRUE(store.dueStatements(10, 4999).isEmpty());
    EXPECT_EQ(store.dueStatements(10, 5000).size(), 2);
    const OutboxStatus status = store.outboxStatus();
    EXPECT_EQ(status.waiting, 2);
    EXPECT_EQ(status.lastError, QStringLiteral("HTTP 503"));
    EXPECT_EQ(status.nextTryAtMs, 5000);

    // Quarantined: out of the way, kept for the trainer.
    ASSERT_TRUE(store.markQuarantined(due.first().seq, QStringLiteral("HTTP 400: bad")));
    const QList<OutboxEntry> next = store.dueStatements(10, 0);
    ASSERT_EQ(next.size(), 1);
    EXPECT_EQ(next.first().statement.id, QStringLiteral("s2"));
    ASSERT_EQ(store.quarantinedStatements().size(), 1);
    EXPECT_EQ(store.quarantinedStatements().first().lastError, QStringLiteral("HTTP 400: bad"));
    ASSERT_TRUE(store.markSent({next.first().seq}));
    EXPECT_EQ(store.outboxStatus().waiting, 0);
    EXPECT_EQ(store.outboxStatus().quarantined, 1);
}

TEST(Outbox, ResetKeepsWhatWasAlreadyToBeSent)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    store.openCourse(storetest::smallCourseKeys(QStringLiteral("c")));
    ASSERT_TRUE(store.saveStatements(QStringLiteral("c"), {statement(QStringLiteral("s1"))}));
    ASSERT_TRUE(store.reset(QStringLiteral("c")));
    EXPECT_EQ(store.dueStatements(10, kLater).size(), 1);
}

TEST(Outbox, AStatementIdIsStoredOnceWithItsFirstBody)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    store.openCourse(storetest::smallCourseKeys(QStringLiteral("c")));
    OutboxStatement changed = statement(QStringLiteral("s1"));
    changed.body = "{\"changed\":true}";
    ASSERT_TRUE(store.saveStatements(QStringLiteral("c"), {statement(QStringLiteral("s1"))}));
    ASSERT_TRUE(store.saveStatements(QStringLiteral("c"), {changed}));
    const QList<OutboxEntry> due = store.dueStatements(10, kLater);
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().statement.body, statement(QStringLiteral("s1")).body);
}

// A sent statement is never sent again, but stays: the learner's results file is every
// statement of the registration, exactly as it went to the LRS.
TEST(Outbox, SentStatementsStayForTheResultsFileAndAreNotSentAgain)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    store.openCourse(storetest::smallCourseKeys(QStringLiteral("c")));
    const QString registration = store.registration(QStringLiteral("c"));
    QList<OutboxStatement> made;
    for (const char *id : {"s1", "s2", "s3"}) {
        OutboxStatement s = statement(QString::fromLatin1(id));
        s.registration = registration;
        made << s;
    }
    OutboxStatement elsewhere = statement(QStringLiteral("other"));
    elsewhere.registration = QStringLiteral("another registration");
    ASSERT_TRUE(
        store.saveStatements(QStringLiteral("c"), made + QList<OutboxStatement>{elsewhere}));
    const QList<OutboxEntry> due = store.dueStatements(2, kLater);
    ASSERT_EQ(due.size(), 2);
    ASSERT_TRUE(store.markSent({due.at(0).seq, due.at(1).seq}));
    const QList<OutboxEntry> rest = store.dueStatements(10, kLater);
    ASSERT_EQ(rest.size(), 2);
    EXPECT_EQ(rest.first().statement.id, QStringLiteral("s3"));
    EXPECT_EQ(store.outboxStatus().waiting, 2);
    EXPECT_EQ(store.statementsOf(QStringLiteral("c")), made)
        << "sent or not, in event order, this registration only";
    EXPECT_EQ(queryValue(store.databasePath(),
                         QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at > 0")),
              QStringLiteral("2"));
}
