#include "ui/audio/audioblockview.h"
#include "ui/audio/audiocontroller.h"
#include "ui/audio/audiocontrols.h"
#include "ui/audio/transcriptview.h"
#include "support/uitestsupport.h"

#include <QApplication>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

AudioBlock dialogue()
{
    const LoadResult r = loadModule();
    for (const Section &s : r.course->sections) {
        for (const Page &p : s.pages) {
            for (const Block &b : p.blocks) {
                if (const AudioBlock *a = b.audio())
                    return *a;
            }
        }
    }
    return {};
}

struct ShownAudio
{
    FakeFactory fakes;
    QWidget window;
    AudioBlockView *view;
    FakeMediaPlayer *fake; // null when the file is missing: no player is made
    int completions = 0;
    explicit ShownAudio(const AudioBlock &block)
        : view(new AudioBlockView(block, fakes.players(), &window)), fake(fakes.last())
    {
        QObject::connect(view, &AudioBlockView::completed, [this] { ++completions; });
        window.resize(760, 900);
        view->setGeometry(0, 0, 740, 880);
        window.show();
        QApplication::setActiveWindow(&window);
    }
};

} // namespace

TEST(AudioController, FollowsTheMediaStatusesOfThePlayer)
{
    const AudioBlock block = dialogue();
    ASSERT_TRUE(block.srcAvailable);
    ASSERT_GT(block.cues.size(), 5);
    FakeFactory fakes;
    AudioController c(block, fakes.players());
    FakeMediaPlayer *fake = fakes.last();
    EXPECT_EQ(fake->source, QUrl::fromLocalFile(block.srcPath));
    EXPECT_EQ(c.status(), AudioController::Status::Loading);
    EXPECT_TRUE(c.message().isEmpty());

    c.setRate(1.5); // chosen before the media is there
    EXPECT_DOUBLE_EQ(fake->rate, 1.0); // GStreamer would drop (and then ignore) it now
    fake->load(70626);
    EXPECT_EQ(c.status(), AudioController::Status::Ready);
    EXPECT_EQ(c.duration(), 70626);
    EXPECT_DOUBLE_EQ(fake->rate, 1.5); // applied again once loaded

    c.togglePlayPause();
    EXPECT_EQ(c.status(), AudioController::Status::Playing);
    EXPECT_EQ(c.currentCue(), 0); // the first line is marked before it starts
    fake->advanceTo(block.cues[3].startMs + 100);
    EXPECT_EQ(c.currentCue(), 3);
    // In the pause between two lines the last spoken line stays current.
    fake->advanceTo(block.cues[3].endMs + 1);
    EXPECT_EQ(c.currentCue(), 3);
    c.togglePlayPause();
    EXPECT_EQ(c.status(), AudioController::Status::Paused);

    int ended = 0;
    QObject::connect(&c, &AudioController::playedToEnd, [&] { ++ended; });
    c.play();
    fake->reachEnd();
    EXPECT_EQ(c.status(), AudioController::Status::Ended);
    EXPECT_EQ(ended, 1);
    EXPECT_EQ(c.position(), 70626);
    // Playing again after the end starts at the beginning.
    c.togglePlayPause();
    EXPECT_EQ(fake->seeks.last(), 0);
    EXPECT_EQ(c.status(), AudioController::Status::Playing);
}

TEST(AudioController, SeeksWithinTheDialogue)
{
    const AudioBlock block = dialogue();
    FakeFactory fakes;
    AudioController c(block, fakes.players());
    FakeMediaPlayer *fake = fakes.last();
    fake->load(70000);
    c.seek(-5);
    EXPECT_EQ(fake->seeks.last(), 0);
    c.seek(99999);
    EXPECT_EQ(fake->seeks.last(), 70000);
    c.seek(block.cues[2].startMs);
    EXPECT_EQ(c.currentCue(), 2); // at once, without waiting for the player
    c.seekToCue(4);
    EXPECT_EQ(fake->seeks.last(), block.cues[4].startMs);
    EXPECT_EQ(c.status(), AudioController::Status::Playing);
}

TEST(AudioController, UndecodableFileBecomesADutchMessage)
{
    const AudioBlock block = dialogue();
    FakeFactory fakes;
    AudioController c(block, fakes.players());
    FakeMediaPlayer *fake = fakes.last();
    QString shown;
    QObject::connect(&c, &AudioController::messageChanged, [&](const QString &m) { shown = m; });
    fake->fail(QStringLiteral("Could not determine type of stream"));
    EXPECT_EQ(c.status(), AudioController::Status::Failed);
    EXPECT_FALSE(c.canPlay());
    EXPECT_TRUE(shown.startsWith(QStringLiteral("Het geluidsbestand kan niet worden afgespeeld")));
    EXPECT_TRUE(shown.contains(block.src));
    const int plays = fake->playCalls;
    c.togglePlayPause(); // nothing to play; nothing happens
    c.seekToCue(2);
    EXPECT_EQ(fake->playCalls, plays);
}

TEST(AudioController, NoAudioDeviceIsSaidButPlaybackStaysPossible)
{
    const AudioBlock block = dialogue();
    FakeFactory fakes;
    fakes.audioOutput = false;
    AudioController c(block, fakes.players());
    FakeMediaPlayer *fake = fakes.last();
    EXPECT_TRUE(c.message().isEmpty()); // asked once the media has loaded, not before
    fake->load();
    EXPECT_TRUE(c.message().contains(QStringLiteral("geen geluidsapparaat")));
    EXPECT_TRUE(c.canPlay());
}

TEST(AudioBlockView, ClickingATranscriptLineSeeksThereAndPlays)
{
    ShownAudio shown(dialogue());
    FakeMediaPlayer &fake = *shown.fake;
    fake.load();
    AudioBlockView &view = *shown.view;
    ASSERT_NE(view.transcript(), nullptr);
    EXPECT_FALSE(view.isTranscriptOpen()); // closed until asked for
    EXPECT_EQ(shown.completions, 0);
    QTest::mouseClick(view.transcriptButton(), Qt::LeftButton);
    ASSERT_TRUE(view.isTranscriptOpen());
    QApplication::processEvents(); // item layout is deferred
    EXPECT_EQ(shown.completions, 0); // opened is not read: the dialogue is longer than the view

    TranscriptView *t = view.transcript();
    const int line = 2;
    const QRect rect = t->visualRect(t->model()->index(line, 0));
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, rect.center());
    const qint64 start = view.controller()->cues()[line].startMs;
    ASSERT_FALSE(fake.seeks.isEmpty());
    EXPECT_EQ(fake.seeks.last(), start);
    EXPECT_EQ(fake.playCalls, 1);
    EXPECT_EQ(t->currentCue(), line);
    EXPECT_EQ(view.controls()->elapsedText(), AudioControls::formatTime(start));

    // Enter on a line does the same.
    t->setFocus();
    t->setCurrentIndex(t->model()->index(4, 0));
    QTest::keyClick(t, Qt::Key_Return);
    EXPECT_EQ(fake.seeks.last(), view.controller()->cues()[4].startMs);

    // The highlight follows playback.
    fake.advanceTo(view.controller()->cues()[6].startMs + 50);
    EXPECT_EQ(t->currentCue(), 6);
}

TEST(AudioBlockView, ControlsOnlyEmitIntentsThatReachThePlayer)
{
    ShownAudio shown(dialogue());
    FakeMediaPlayer &fake = *shown.fake;
    fake.load(70000);
    AudioControls *controls = shown.view->controls();

    QTest::mouseClick(controls->playButton(), Qt::LeftButton);
    EXPECT_EQ(fake.state, media::State::Playing);
    EXPECT_EQ(controls->playButton()->text(), QStringLiteral("Pauzeren"));
    // Space toggles while the player has focus (here: the position slider).
    controls->positionSlider()->setFocus();
    QTest::keyClick(controls->positionSlider(), Qt::Key_Space);
    EXPECT_EQ(fake.state, media::State::Paused);
    EXPECT_EQ(controls->playButton()->text(), QStringLiteral("Afspelen"));

    // Arrow keys on the slider seek 5 s.
    fake.advanceTo(20000);
    QTest::keyClick(controls->positionSlider(), Qt::Key_Right);
    EXPECT_EQ(fake.seeks.last(), 25000);

    QComboBox *rate = controls->rateBox();
    ASSERT_EQ(rate->count(), 5);
    EXPECT_EQ(rate->itemText(0), QStringLiteral("0,5×")); // slower speech for learners
    rate->setFocus();
    QTest::keyClick(rate, Qt::Key_Down); // 1× → 1,25×
    EXPECT_DOUBLE_EQ(fake.rate, 1.25);
    EXPECT_EQ(rate->currentText(), QStringLiteral("1,25×"));

    QTest::mouseClick(controls->muteButton(), Qt::LeftButton);
    EXPECT_TRUE(fake.muted);
    EXPECT_EQ(controls->muteButton()->accessibleName(), QStringLiteral("Geluid aanzetten"));
    controls->volumeSlider()->setValue(40);
    EXPECT_FLOAT_EQ(fake.volume, 0.4f);

    fake.reachEnd();
    EXPECT_EQ(controls->playButton()->text(), QStringLiteral("Opnieuw afspelen"));
}

TEST(AudioBlockView, ReadingTheTranscriptToItsLastLineCompletesTheDialogue)
{
    ShownAudio shown(dialogue());
    shown.fake->load();
    AudioBlockView &view = *shown.view;
    view.setTranscriptOpen(true);
    QApplication::processEvents();
    EXPECT_EQ(shown.completions, 0);
    TranscriptView *t = view.transcript();
    t->verticalScrollBar()->setValue(t->verticalScrollBar()->maximum() / 2);
    EXPECT_EQ(shown.completions, 0); // half way is not read through
    t->verticalScrollBar()->setValue(t->verticalScrollBar()->maximum());
    EXPECT_EQ(shown.completions, 1);
    EXPECT_TRUE(view.isCompleted());
}

TEST(AudioBlockView, AShortTranscriptIsReadOnceItIsShown)
{
    AudioBlock block = dialogue();
    block.cues = block.cues.mid(0, 2);
    ShownAudio shown(block);
    shown.fake->load();
    shown.view->setTranscriptOpen(true);
    QApplication::processEvents();
    EXPECT_EQ(shown.completions, 1);
}

TEST(AudioBlockView, WithoutSoundDeviceTheTranscriptOpensAndCompletes)
{
    AudioBlock block = dialogue();
    FakeFactory fakes;
    fakes.audioOutput = false;
    QWidget window;
    auto *view = new AudioBlockView(block, fakes.players(), &window);
    EXPECT_FALSE(view->isTranscriptOpen());
    fakes.last()->load();
    EXPECT_TRUE(view->controller()->canPlay());
    EXPECT_FALSE(view->controller()->isAudible());
    EXPECT_TRUE(view->isTranscriptOpen());
    EXPECT_TRUE(view->isCompleted()); // the transcript is all the learner has
}

TEST(AudioBlockView, TheFirstLineIsMarkedBeforePlaybackStarts)
{
    ShownAudio shown(dialogue());
    shown.fake->load();
    EXPECT_EQ(shown.view->transcript()->currentCue(), 0);
    shown.fake->advanceTo(0);
    EXPECT_EQ(shown.view->transcript()->currentCue(), 0);
}

TEST(AudioBlockView, PressingAPartlyVisibleLineSeeksToThatLine)
{
    ShownAudio shown(dialogue());
    FakeMediaPlayer &fake = *shown.fake;
    fake.load();
    AudioBlockView &view = *shown.view;
    view.setTranscriptOpen(true);
    QApplication::processEvents();
    TranscriptView *t = view.transcript();
    // Find the line cut off by the bottom edge and press its visible top.
    int cut = -1;
    for (int row = 0; row < t->count(); ++row) {
        const QRect r = t->visualRect(t->model()->index(row, 0));
        if (r.top() < t->viewport()->height() && r.bottom() > t->viewport()->height()) {
            cut = row;
            break;
        }
    }
    ASSERT_GE(cut, 0) << "no line is cut off at this size";
    const QRect r = t->visualRect(t->model()->index(cut, 0));
    const QPoint at(r.center().x(), r.top() + 3);
    QTest::mousePress(t->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(t->viewport(), Qt::LeftButton, {}, at);
    ASSERT_FALSE(fake.seeks.isEmpty());
    EXPECT_EQ(fake.seeks.last(), view.controller()->cues()[cut].startMs);
    EXPECT_EQ(fake.seeks.size(), 1); // one seek, not a second one from the release
}

TEST(AudioBlockView, SpeakersAreListedWithRolesThatAddSomething)
{
    AudioBlock block = dialogue();
    block.speakers = {{QStringLiteral("Karolien"), QStringLiteral("klantcontactmedewerker")},
                      {QStringLiteral("Henk"), QString()},
                      {QStringLiteral("Klant"), QStringLiteral("klant")}};
    ShownAudio shown(block);
    bool found = false;
    for (QLabel *l : shown.view->findChildren<QLabel *>()) {
        if (l->text().startsWith(QStringLiteral("Met "))) {
            EXPECT_EQ(l->text(), QStringLiteral("Met Karolien (klantcontactmedewerker), Henk en Klant"));
            found = true;
        }
    }
    EXPECT_TRUE(found);
}

TEST(AudioBlockView, SliderAndTranscriptKeepTheirPageKeys)
{
    ShownAudio shown(dialogue());
    FakeMediaPlayer &fake = *shown.fake;
    fake.load(70000);
    // A window shortcut on Page Up, like the player's "previous page".
    int turned = 0;
    auto *pageUp = new QAction(&shown.window);
    pageUp->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_End)});
    shown.window.addAction(pageUp);
    QObject::connect(pageUp, &QAction::triggered, [&] { ++turned; });

    QSlider *position = shown.view->controls()->positionSlider();
    position->setFocus();
    fake.advanceTo(30000);
    QTest::keyClick(position, Qt::Key_PageUp);
    EXPECT_EQ(turned, 0);
    EXPECT_EQ(fake.seeks.last(), 45000); // Qt: Page Up steps a slider up, here 15 s on
    QTest::keyClick(position, Qt::Key_End);
    EXPECT_EQ(turned, 0);
    EXPECT_EQ(fake.seeks.last(), 70000);

    shown.view->setTranscriptOpen(true);
    QApplication::processEvents();
    TranscriptView *t = shown.view->transcript();
    t->setFocus();
    QTest::keyClick(t, Qt::Key_End);
    EXPECT_EQ(turned, 0);
    EXPECT_EQ(t->verticalScrollBar()->value(), t->verticalScrollBar()->maximum());

    // Elsewhere the key is the window's.
    shown.view->transcriptButton()->setFocus();
    QTest::keyClick(shown.view->transcriptButton(), Qt::Key_PageUp);
    EXPECT_EQ(turned, 1);
}

TEST(AudioBlockView, PlayingToTheEndCompletesTheDialogue)
{
    ShownAudio shown(dialogue());
    shown.fake->load();
    shown.view->controller()->play();
    EXPECT_EQ(shown.completions, 0);
    shown.fake->reachEnd();
    EXPECT_EQ(shown.completions, 1);
    EXPECT_TRUE(shown.view->isCompleted());
}

TEST(AudioBlockView, MissingFileKeepsTheTranscriptUsable)
{
    AudioBlock block = dialogue();
    block.srcAvailable = false;
    ShownAudio shown(block);
    AudioBlockView &view = *shown.view;
    EXPECT_EQ(view.controller()->status(), AudioController::Status::Unavailable);
    EXPECT_TRUE(view.isMessageVisible());
    EXPECT_TRUE(view.message().startsWith(QStringLiteral("Het geluidsbestand ontbreekt")));
    EXPECT_FALSE(view.controls()->playButton()->isEnabled());
    EXPECT_TRUE(view.isTranscriptOpen());
    EXPECT_TRUE(view.isCompleted());
    EXPECT_EQ(view.transcript()->count(), block.cues.size());
    EXPECT_TRUE(view.transcript()->isEnabled());
}

// The real media plugin, loaded at run time, plays module 1.4's dialogue headless (the
// GStreamer backend needs no audio device) and reports what the controller needs.
TEST(MediaPlugin, RealPlayerLoadsAndPlaysTheDialogue)
{
    const AudioBlock block = dialogue();
    AudioController controller(block, MediaPlayers::plugin());
    // Made just after the page is painted, not while the controller is built.
    EXPECT_EQ(controller.status(), AudioController::Status::Loading);
    qint64 lastPosition = 0;
    QObject::connect(&controller, &AudioController::positionChanged,
                     [&](qint64 ms) { lastPosition = ms; });
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller.status() != AudioController::Status::Loading; }, 20000))
        << qPrintable(controller.message());
    EXPECT_TRUE(MediaPlayers::pluginStatus().startsWith(QStringLiteral("loaded ")))
        << qPrintable(MediaPlayers::pluginStatus());
    EXPECT_EQ(controller.status(), AudioController::Status::Ready) << qPrintable(controller.message());
    EXPECT_NEAR(double(controller.duration()), 70600.0, 1500.0);
    controller.play();
    ASSERT_TRUE(QTest::qWaitFor([&] { return lastPosition > 200; }, 20000))
        << qPrintable(controller.message());
    EXPECT_EQ(controller.status(), AudioController::Status::Playing);
    controller.pause();
    EXPECT_NE(controller.status(), AudioController::Status::Failed) << qPrintable(controller.message());
}

