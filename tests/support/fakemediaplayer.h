#pragma once

// A scripted media player for widget tests: it implements the plugin's interface
// (media::Engine) like the real one, records what the controller asks, and lets the test
// play back whatever statuses, positions and errors a real player could report.

#include "ui/audio/mediaplayers.h"

#include <QList>
#include <QUrl>

#include <memory>

namespace leerpad::test {

class FakeMediaPlayer;

// Makes fake players and keeps track of the ones still alive (one per audio block shown).
class FakeFactory
{
public:
    FakeFactory();
    MediaPlayers players();
    // The newest player still alive, or null.
    FakeMediaPlayer *last() const;
    int createdCount() const;
    bool audioOutput = true; // what hasAudioOutput() answers

private:
    struct Registry
    {
        QList<FakeMediaPlayer *> live;
        int created = 0;
    };
    friend class FakeMediaPlayer;
    std::shared_ptr<Registry> m_registry;
};

class FakeMediaPlayer : public media::Engine
{
public:
    ~FakeMediaPlayer() override;

    void setSource(const QUrl &url) override { source = url; }
    void play() override;
    void pause() override;
    void stop() override;
    void setPosition(qint64 ms) override;
    void setPlaybackRate(double rate) override { this->rate = rate; }
    void setVolume(float volume) override { this->volume = volume; }
    void setMuted(bool muted) override { this->muted = muted; }

    // What a loaded 70-second file reports.
    void load(qint64 durationMs = 70000);
    // Time passes while playing: report a new position.
    void advanceTo(qint64 ms);
    void reachEnd();
    void fail(const QString &message);

    QUrl source;
    QList<qint64> seeks;
    int playCalls = 0;
    int pauseCalls = 0;
    double rate = 1.0;
    float volume = 1.0f;
    bool muted = false;
    media::State state = media::State::Stopped;
    qint64 position = 0;
    qint64 duration = 0;

private:
    friend class FakeFactory;
    FakeMediaPlayer(media::EngineEvents *events, std::shared_ptr<FakeFactory::Registry> registry);

    media::EngineEvents *m_events;
    std::shared_ptr<FakeFactory::Registry> m_registry;
};

} // namespace leerpad::test
