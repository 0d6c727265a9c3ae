// The window, the store and the session together: progress survives closing the
// player, practice answers and a dialogue's place come back, and a store that cannot
// save says so.

#include "core/learning/selftestsession.h"
#include "support/storefile.h"
#include "support/uitestsupport.h"
#include "ui/audio/audioblockview.h"
#include "ui/audio/audiocontroller.h"
#include "ui/page/pageview.h"
#include "ui/question/feedbackpanel.h"
#include "ui/question/questionview.h"
#include "ui/window/noticebar.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

// One run of the player on module 1.4 over a data folder.
struct PlayerRun : TestPlayer
{
    explicit PlayerRun(const QString &dataDir) : TestPlayer(moduleDir(), dataDir) {}
};

} // namespace

TEST(PlayerProgress, ReopensWhereTheLearnerLeftOff)
{
    QTemporaryDir data;
    {
        PlayerRun first(data.path());
        EXPECT_FALSE(first.window.noticeBar()->isVisible());
        ASSERT_TRUE(first.nav().goTo(QStringLiteral("wetten-en-regels")));
        ASSERT_TRUE(first.nav().goTo(QStringLiteral("leerdoelen")));
    } // closed: nothing is saved on exit, everything was saved already
    PlayerRun second(data.path());
    const Navigator *nav = &second.nav();
    EXPECT_EQ(nav->currentPageId(), QStringLiteral("leerdoelen"));
    EXPECT_TRUE(nav->isVisited(QStringLiteral("wetten-en-regels")));
    EXPECT_TRUE(nav->isVisited(QStringLiteral("inleiding")));
    EXPECT_FALSE(nav->isVisited(QStringLiteral("kortom-normen-en-waarden")));
    EXPECT_TRUE(second.window.noticeBar()->text().startsWith(QStringLiteral("Verder waar je gebleven was.")));
}

TEST(PlayerProgress, SelfTestAttemptsAreKept)
{
    QTemporaryDir data;
    QString attemptId;
    {
        PlayerRun first(data.path());
        ASSERT_TRUE(first.nav().goTo(first.selfTestPageId()));
        first.window.openSelfTest();
        ASSERT_NE(first.window.selfTestView(), nullptr);
        ASSERT_NE(first.session()->selfTest()->current(), nullptr);
        attemptId = first.session()->selfTest()->current()->id;
    }
    StoreFile stored(data.path());
    EXPECT_EQ(stored.attemptCount(QStringLiteral("module-1.4")), 1);
    EXPECT_EQ(stored.openAttemptAnswerCount(QStringLiteral("module-1.4")), 0);
    PlayerRun second(data.path());
    ASSERT_NE(second.session()->selfTest()->current(), nullptr);
    EXPECT_EQ(second.session()->selfTest()->current()->id, attemptId);
}

TEST(PlayerProgress, PracticeAnswersComeBackAsLeft)
{
    QTemporaryDir data;
    {
        PlayerRun first(data.path());
        ASSERT_TRUE(first.nav().goTo(QStringLiteral("opdracht-1")));
        auto *q = first.window.pageView()->findChild<QuestionView *>();
        ASSERT_NE(q, nullptr);
        ASSERT_TRUE(chooseById(q, QStringLiteral("collega")));
        q->check();
        ASSERT_TRUE(first.nav().goTo(QStringLiteral("opdracht-2")));
        auto *q2 = first.window.pageView()->findChild<QuestionView *>();
        ASSERT_NE(q2, nullptr);
        ASSERT_TRUE(chooseById(q2, QStringLiteral("onjuist"))); // chosen, not checked
    }
    PlayerRun second(data.path());
    ASSERT_TRUE(second.nav().goTo(QStringLiteral("opdracht-1")));
    auto *q = second.window.pageView()->findChild<QuestionView *>();
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->chosenIds(), QStringList{QStringLiteral("collega")});
    EXPECT_TRUE(q->isChecked());
    EXPECT_TRUE(q->feedbackPanel()->isVisibleTo(q));
    ASSERT_TRUE(second.nav().goTo(QStringLiteral("opdracht-2")));
    auto *q2 = second.window.pageView()->findChild<QuestionView *>();
    ASSERT_NE(q2, nullptr);
    EXPECT_EQ(q2->chosenIds(), QStringList{QStringLiteral("onjuist")});
    EXPECT_FALSE(q2->isChecked());
}

TEST(PlayerProgress, DialogueResumesWhereTheLearnerStopped)
{
    QTemporaryDir data;
    {
        PlayerRun first(data.path());
        ASSERT_TRUE(first.nav().goTo(QStringLiteral("een-voorbeeld")));
        auto *audio = first.window.pageView()->findChild<AudioBlockView *>();
        ASSERT_NE(audio, nullptr);
        FakeMediaPlayer *fake = first.fakes.last();
        ASSERT_NE(fake, nullptr);
        fake->load(70000);
        audio->controller()->seek(33000);
        ASSERT_TRUE(first.nav().next()); // leaving the page keeps the place
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    PlayerRun second(data.path());
    ASSERT_TRUE(second.nav().goTo(QStringLiteral("een-voorbeeld")));
    auto *audio = second.window.pageView()->findChild<AudioBlockView *>();
    ASSERT_NE(audio, nullptr);
    FakeMediaPlayer *fake = second.fakes.last();
    ASSERT_NE(fake, nullptr);
    fake->load(70000); // the position is applied once the media is loaded
    EXPECT_EQ(audio->controller()->position(), 33000);
    EXPECT_TRUE(fake->seeks.contains(33000));
}

TEST(PlayerProgress, ShowsAPersistentWarningWhenProgressCannotBeSaved)
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
    EXPECT_TRUE(run.nav().next());
}
