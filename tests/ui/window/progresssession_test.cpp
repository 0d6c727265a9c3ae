// The window, the store and the session together: progress survives closing the
// player, the self-test's attempts are kept, and a store that cannot save says so.

#include "core/learning/navigator.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/progress/storekeys.h"
#include "support/fakemediabackend.h"
#include "ui/audio/audioblockview.h"
#include "ui/audio/audiocontroller.h"
#include "ui/page/pageview.h"
#include "ui/question/feedbackpanel.h"
#include "ui/question/questionview.h"
#include "ui/selftest/selftestview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/noticebar.h"
#include "ui/window/progresssession.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;
using leerpad::test::FakeMediaBackend;

namespace {

LoadResult module14()
{
    LoadOptions options;
    options.missingMediaIsError = false;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options);
}

// One run of the player: window, store and session over a data folder.
struct PlayerRun
{
    explicit PlayerRun(const QString &dataDir) : store(dataDir), session(&store, &window)
    {
        window.showLoadResult(module14());
    }
    MainWindow window;
    ProgressStore store;
    ProgressSession session;
};

} // namespace

TEST(ProgressSession, ReopensWhereTheLearnerLeftOff)
{
    QTemporaryDir data;
    {
        PlayerRun first(data.path());
        EXPECT_FALSE(first.window.noticeBar()->isVisible());
        ASSERT_TRUE(first.window.navigator()->goTo(QStringLiteral("wetten-en-regels")));
        ASSERT_TRUE(first.window.navigator()->goTo(QStringLiteral("leerdoelen")));
    } // closed: nothing is saved on exit, everything was saved already
    PlayerRun second(data.path());
    const Navigator *nav = second.window.navigator();
    EXPECT_EQ(nav->currentPageId(), QStringLiteral("leerdoelen"));
    EXPECT_TRUE(nav->isVisited(QStringLiteral("wetten-en-regels")));
    EXPECT_TRUE(nav->isVisited(QStringLiteral("inleiding")));
    EXPECT_FALSE(nav->isVisited(QStringLiteral("kortom-normen-en-waarden")));
    EXPECT_TRUE(second.window.noticeBar()->text().startsWith(ProgressSession::resumeNotice()));
}

TEST(ProgressSession, SelfTestAttemptsAreKept)
{
    QTemporaryDir data;
    QString attemptId;
    {
        PlayerRun first(data.path());
        ASSERT_TRUE(first.window.navigator()->goTo(first.window.selfTestPageId()));
        emit first.window.selfTestRequested();
        auto *view = qobject_cast<SelfTestView *>(first.window.selfTestWidget());
        ASSERT_NE(view, nullptr);
        view->start();
        ASSERT_TRUE(view->currentAttempt());
        attemptId = view->currentAttempt()->id;
    }
    ProgressStore store(data.path());
    const CourseProgress progress = store.openCourse(courseKeys(*module14().course)).progress;
    ASSERT_EQ(progress.attempts.size(), 1);
    EXPECT_EQ(progress.attempts[0].id, attemptId);
    EXPECT_FALSE(progress.attempts[0].isSubmitted());
}

TEST(ProgressSession, PracticeAnswersComeBackAsLeft)
{
    QTemporaryDir data;
    {
        PlayerRun first(data.path());
        ASSERT_TRUE(first.window.navigator()->goTo(QStringLiteral("opdracht-1")));
        auto *q = first.window.pageView()->findChild<QuestionView *>();
        ASSERT_NE(q, nullptr);
        q->chooseOption(2); // "Je collega; …"
        q->check();
        ASSERT_TRUE(first.window.navigator()->goTo(QStringLiteral("opdracht-2")));
        auto *q2 = first.window.pageView()->findChild<QuestionView *>();
        ASSERT_NE(q2, nullptr);
        q2->chooseOption(1); // chosen, not checked
    }
    PlayerRun second(data.path());
    ASSERT_TRUE(second.window.navigator()->goTo(QStringLiteral("opdracht-1")));
    auto *q = second.window.pageView()->findChild<QuestionView *>();
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->chosenIds(), QStringList{QStringLiteral("collega")});
    EXPECT_TRUE(q->isChecked());
    EXPECT_TRUE(q->feedbackPanel()->isVisibleTo(q));
    ASSERT_TRUE(second.window.navigator()->goTo(QStringLiteral("opdracht-2")));
    auto *q2 = second.window.pageView()->findChild<QuestionView *>();
    ASSERT_NE(q2, nullptr);
    EXPECT_EQ(q2->chosenIds(), QStringList{QStringLiteral("onjuist")});
    EXPECT_FALSE(q2->isChecked());
}

TEST(ProgressSession, DialogueResumesWhereTheLearnerStopped)
{
    QTemporaryDir data;
    FakeMediaBackend *fake = nullptr;
    auto factory = [&fake]() -> MediaBackend * { return fake = new FakeMediaBackend; };
    {
        PlayerRun first(data.path());
        first.window.setMediaBackendFactory(factory);
        ASSERT_TRUE(first.window.navigator()->goTo(QStringLiteral("een-voorbeeld")));
        auto *audio = first.window.pageView()->findChild<AudioBlockView *>();
        ASSERT_NE(audio, nullptr);
        ASSERT_NE(fake, nullptr);
        fake->load(70000);
        audio->controller()->seek(33000);
        ASSERT_TRUE(first.window.navigator()->next()); // leaving the page keeps the place
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    fake = nullptr;
    PlayerRun second(data.path());
    second.window.setMediaBackendFactory(factory);
    ASSERT_TRUE(second.window.navigator()->goTo(QStringLiteral("een-voorbeeld")));
    auto *audio = second.window.pageView()->findChild<AudioBlockView *>();
    ASSERT_NE(audio, nullptr);
    ASSERT_NE(fake, nullptr);
    fake->load(70000); // the position is applied once the media is loaded
    EXPECT_EQ(audio->controller()->position(), 33000);
    EXPECT_TRUE(fake->seeks.contains(33000));
}

TEST(ProgressSession, ShowsAPersistentWarningWhenProgressCannotBeSaved)
{
    QTemporaryDir dir;
    const QString notADir = dir.filePath(QStringLiteral("file"));
    QFile f(notADir);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    PlayerRun run(notADir);
    EXPECT_FALSE(run.store.isSaving());
    EXPECT_TRUE(run.window.noticeBar()->isWarning());
    EXPECT_EQ(run.window.noticeBar()->text(), run.store.savingWarning());
    // The learner can still move on.
    EXPECT_TRUE(run.window.navigator()->next());
}
