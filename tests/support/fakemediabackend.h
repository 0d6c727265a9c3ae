#pragma once

// A scripted media player for widget tests: records what the controller asks and lets
// the test play back whatever statuses, positions and errors a real player could send.

#include "ui/audio/mediabackend.h"

namespace leerpad::test {

class FakeMediaBackend : public MediaBackend
{
    Q_OBJECT
public:
    explicit FakeMediaBackend(QObject *parent = nullptr) : MediaBackend(parent) {}

    void setSource(const QUrl &url) override { source = url; }
    void play() override;
    void pause() override;
    void stop() override;
    void setPosition(qint64 ms) override;
    void setPlaybackRate(qreal rate) override { this->rate = rate; }
    void setVolume(float volume) override { this->volume = volume; }
    void setMuted(bool muted) override { this->muted = muted; }
    bool hasAudioOutput() const override { return audioOutput; }

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
    qreal rate = 1.0;
    float volume = 1.0f;
    bool muted = false;
    bool audioOutput = true;
    PlaybackState state = PlaybackState::Stopped;
    qint64 position = 0;
    qint64 duration = 0;
};

} // namespace leerpad::test
