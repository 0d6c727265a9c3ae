// Results reach a real LRS (Learning Locker's xapi-statements, realrs.h): a learner's
// whole module arrives once and in order and passes Learning Locker's validator; a
// statement sent twice (a crash after the POST, before the outbox heard back) is stored
// once; an invalid statement is kept aside while the rest arrive; an LRS that is down
// is retried with back-off and gets everything when it is back. Label `lrs`.

#include "core/learning/navigator.h"
#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/results/lrssender.h"
#include "core/results/statementbuilder.h"
#include "core/session/coursesession.h"
#include "realrs.h"
#include "xapirules.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;
using leerpad::test::RealLrs;

namespace {

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

xapi::LrsConfig configFor(const QUrl &endpoint)
{
    xapi::LrsConfig c;
    c.endpoint = endpoint;
    c.key = QStringLiteral("leerpad");
    c.secret = QStringLiteral("test");
    return c;
}

// Runs the event loop until the outbox has nothing left to send (or `ms` pass).
bool drain(ProgressStore &store, xapi::LrsSender &sender, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    sender.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!sender.isBusy() && store.outboxStatus().waiting == 0)
            return true;
    }
    return false;
}

// A learner through the whole module: every page, every practice question right, the
// self-test with one mistake. Returns the registration.
QString learnTheModule(ProgressStore &store)
{
    const auto course = module14();
    CourseSession session(course, &store);
    session.reportAs({QStringLiteral("Karolien Jansen"), QStringLiteral("s2026001"), QStringLiteral("urn:leerpad:test")},
                     QStringLiteral("Leerpad test"));
    session.begin();
    do {
        for (const Block &b : course->page(session.navigator()->currentIndex())->blocks) {
            if (const Question *q = b.question())
                session.answerPractice(q->id, {q->correct.first()}, true);
            else if (b.audio())
                session.finishDialogue(b.id);
        }
    } while (session.navigator()->next());
    SelfTestSession &test = *session.selfTest();
    test.start();
    bool first = true;
    for (const Question &q : test.test().questions) {
        QString option = q.correct.first();
        for (const Option &o : q.options)
            option = first && !q.isCorrectOption(o.id) ? o.id : option;
        first = false;
        test.answer(q.id, {option});
    }
    test.submit();
    return store.registration(course->id);
}

QStringList idsOf(const QList<OutboxEntry> &entries)
{
    QStringList ids;
    for (const OutboxEntry &e : entries)
        ids << e.statement.id;
    return ids;
}

QStringList idsOf(const QJsonArray &statements)
{
    QStringList ids;
    for (const QJsonValue &s : statements)
        ids << s[QStringLiteral("id")].toString();
    return ids;
}

const qint64 kAll = std::numeric_limits<qint64>::max();

} // namespace

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
    // As if the player died after the POST but before the outbox heard back: the same
    // statements, byte for byte, are due again after the restart.
    QList<OutboxStatement> again;
    for (const OutboxEntry &e : made)
        again << e.statement;
    ASSERT_TRUE(store.saveStatements(module14()->id, again));
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
    EXPECT_TRUE(aside.first().lastError.startsWith(QStringLiteral("HTTP 400"))) << aside.first().lastError.toStdString();
    EXPECT_TRUE(aside.first().lastError.contains(QStringLiteral("verb"))) << aside.first().lastError.toStdString();
    EXPECT_EQ(idsOf(lrs.statements(registration)), idsOf(made)) << "all valid ones arrived, once";
    EXPECT_FALSE(sender.statusText().isEmpty()) << "the trainer is told something was refused";
}

TEST(RealLrs, AnLrsThatIsDownGetsEverythingWhenItIsBack)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const QString registration = learnTheModule(store);
    const QStringList made = idsOf(store.dueStatements(100000, kAll));
    const int port = test::freePort();
    RealLrs lrs;
    xapi::LrsSender sender(&store, configFor(QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(port))));
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
    EXPECT_TRUE(sender.statusText().contains(QString::number(made.size()))) << sender.statusText().toStdString();

    ASSERT_TRUE(lrs.start(port)) << lrs.error().toStdString();
    now += 2000; // the back-off has passed
    ASSERT_TRUE(drain(store, sender, 60000)) << sender.statusText().toStdString();
    EXPECT_EQ(idsOf(lrs.statements(registration)), made);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
