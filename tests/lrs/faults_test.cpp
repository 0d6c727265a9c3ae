// The real LRS behind a proxy that fails on purpose (faultproxy.h): server errors are
// retried with back-off, a connection that never answers times out while the learner
// goes on turning pages, refused credentials stop sending once and lose nothing. In
// every case the LRS ends up with each statement exactly once, in event order.
// Label `lrs`.

#include "core/learning/navigator.h"
#include "core/progress/progressstore.h"
#include "core/results/lrssender.h"
#include "core/results/statementbuilder.h"
#include "core/session/coursesession.h"
#include "faultproxy.h"
#include "modulelearner.h"
#include "realrs.h"
#include "sending.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace leerpad;
using namespace leerpad::test;
using Fault = FaultProxy::Fault;

namespace {

// Runs the event loop until `done` holds or `ms` pass.
template <typename Done> bool waitFor(Done done, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double maximum(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

} // namespace

TEST(FaultyLrs, ServerErrorsAreRetriedWithGrowingWaitsAndEverythingArrivesOnce)
{
    RealLrs lrs;
    ASSERT_TRUE(lrs.start()) << lrs.error().toStdString();
    FaultProxy proxy(lrs.port());
    ASSERT_TRUE(proxy.listen());
    proxy.queue(Fault::ServerError, 3);
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const QString registration = learnTheModule(store);
    const QStringList made = idsOf(store.dueStatements(100000, kAll));

    xapi::LrsSender sender(&store, configFor(proxy.endpoint()));
    qint64 now = 1'000'000;
    sender.setClock([&now] { return now; });
    sender.setRandom([] { return 0.5; }); // no jitter: the waits are the policy's own
    QList<qint64> waits;
    QString errorSeen;
    sender.start();
    // Each time the head waits out a back-off, the test's clock jumps to its end.
    ASSERT_TRUE(waitFor([&] {
        if (sender.isBusy())
            return false;
        const OutboxStatus status = store.outboxStatus();
        if (status.waiting == 0)
            return true;
        if (status.nextTryAtMs > now) {
            errorSeen = sender.statusText();
            waits << status.nextTryAtMs - now;
            now = status.nextTryAtMs;
            sender.start();
        }
        return false;
    })) << sender.statusText().toStdString();
    EXPECT_EQ(waits, (QList<qint64>{2000, 4000, 8000}));
    EXPECT_TRUE(errorSeen.contains(QStringLiteral("HTTP 500"))) << errorSeen.toStdString();
    EXPECT_EQ(proxy.handled().mid(0, 4), (QList<Fault>{Fault::ServerError, Fault::ServerError,
                                                       Fault::ServerError, Fault::Forward}));
    EXPECT_EQ(idsOf(lrs.statements(registration)), made) << "once each, in order";
    EXPECT_TRUE(sender.statusText().isEmpty()) << sender.statusText().toStdString();
}

// The learner turns every page of module 1.4 while the LRS holds a request without
// answering. The sender never waits on the network, so each turn commits at once; the
// figures are printed beside turns with no sender at all, from the same run.
TEST(FaultyLrs, AHungConnectionTimesOutWhileTheLearnerTurnsPagesAndNothingIsLost)
{
    RealLrs lrs;
    ASSERT_TRUE(lrs.start()) << lrs.error().toStdString();
    FaultProxy proxy(lrs.port());
    ASSERT_TRUE(proxy.listen());
    proxy.queue(Fault::Hang);
    const auto course = module14();
    const xapi::Learner learner{QStringLiteral("Karolien Jansen"), QStringLiteral("s2026001"),
                                QStringLiteral("urn:leerpad:test")};

    // Every page once, each turn timed from next() to its commit being done.
    auto turnAllPages = [](CourseSession &session) {
        QList<double> ms;
        QElapsedTimer t;
        for (;;) {
            t.start();
            if (!session.navigator()->next())
                return ms;
            QCoreApplication::processEvents(); // whatever the turn queued
            ms << t.nsecsElapsed() / 1e6;
        }
    };

    QTemporaryDir baselineDir;
    QList<double> baseline;
    {
        ProgressStore store(baselineDir.path());
        CourseSession session(course, &store);
        session.reportAs(learner, QStringLiteral("Leerpad test"));
        session.begin();
        baseline = turnAllPages(session);
    }

    QTemporaryDir dir;
    ProgressStore store(dir.path());
    CourseSession session(course, &store);
    session.reportAs(learner, QStringLiteral("Leerpad test"));
    session.begin();
    const QString registration = store.registration(course->id);
    xapi::LrsSender sender(&store, configFor(proxy.endpoint()));
    sender.setTimeoutMs(2000);
    qint64 now = 1'000'000;
    sender.setClock([&now] { return now; });
    sender.setRandom([] { return 0.5; });
    sender.start();
    ASSERT_TRUE(waitFor([&] { return proxy.hanging() == 1; }))
        << "the first POST is held by the proxy";

    const QList<double> turns = turnAllPages(session);
    EXPECT_TRUE(sender.isBusy()) << "all pages were turned while the request hung";
    EXPECT_EQ(proxy.handled().size(), 1);
    EXPECT_EQ(turns.size(), baseline.size());
    std::printf(
        "[ FaultyLrs ] %d page turns with the session's commit: median %.2f ms, max %.2f ms while "
        "the LRS hangs; median %.2f ms, max %.2f ms with no sender (baseline, same run)\n",
        int(turns.size()), median(turns), maximum(turns), median(baseline), maximum(baseline));

    // The timeout ends the hung request; the next try goes through.
    ASSERT_TRUE(
        waitFor([&] { return !sender.isBusy() && store.outboxStatus().nextTryAtMs > now; }));
    EXPECT_EQ(store.outboxStatus().lastError,
              QStringLiteral("geen antwoord van de LRS binnen 2 s"));
    now = store.outboxStatus().nextTryAtMs;
    ASSERT_TRUE(drain(store, sender)) << sender.statusText().toStdString();
    const QStringList made = idsOf(lrs.statements(registration));
    EXPECT_GT(made.size(), turns.size()) << "the statements of every turn arrived";
    EXPECT_EQ(made.size(), QSet<QString>(made.begin(), made.end()).size()) << "none twice";
}

TEST(FaultyLrs, RefusedCredentialsStopSendingOnceAndLoseNothing)
{
    RealLrs lrs;
    ASSERT_TRUE(lrs.start()) << lrs.error().toStdString();
    FaultProxy proxy(lrs.port());
    ASSERT_TRUE(proxy.listen());
    proxy.queue(Fault::Unauthorized);
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const QString registration = learnTheModule(store);
    const QStringList made = idsOf(store.dueStatements(100000, kAll));
    {
        xapi::LrsSender sender(&store, configFor(proxy.endpoint()));
        int stops = 0;
        QObject::connect(&sender, &xapi::LrsSender::stopped, [&stops] { ++stops; });
        sender.start();
        ASSERT_TRUE(waitFor([&] { return sender.isStopped(); }));
        waitFor([] { return false; }, 1500); // time for any further try it should not make
        sender.start();                      // nor when woken again
        waitFor([] { return false; }, 500);
        EXPECT_EQ(stops, 1) << "the learner is told once";
        EXPECT_EQ(proxy.handled().size(), 1) << "no more tries with credentials the LRS refused";
        EXPECT_TRUE(sender.statusText().startsWith(
            QStringLiteral("De resultaten kunnen niet worden verstuurd: HTTP 401")))
            << sender.statusText().toStdString();
        EXPECT_EQ(store.outboxStatus().waiting, made.size()) << "nothing is lost";
    }
    // The next start (the admin fixed the key): everything arrives.
    xapi::LrsSender sender(&store, configFor(proxy.endpoint()));
    ASSERT_TRUE(drain(store, sender)) << sender.statusText().toStdString();
    EXPECT_EQ(idsOf(lrs.statements(registration)), made);
}
