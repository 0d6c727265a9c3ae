#pragma once

// The few things the audio controller needs from a media player, as an interface: the
// real one drives the media plugin (src/media, QMediaPlayer + QAudioOutput); tests put
// a scripted fake in its place to drive every media status and error without real
// playback.

#include "mediaengine.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace leerpad {

using MediaStatus = media::Status;
using PlaybackState = media::State;

class MediaBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void setSource(const QUrl &url) = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual void setPosition(qint64 ms) = 0;
    virtual void setPlaybackRate(qreal rate) = 0;
    virtual void setVolume(float volume) = 0; // 0…1, linear
    virtual void setMuted(bool muted) = 0;
    // False when the system reports no audio output at all (playback may still run
    // silently, so this only informs the learner).
    virtual bool hasAudioOutput() const = 0;

signals:
    void mediaStatusChanged(leerpad::MediaStatus status);
    void playbackStateChanged(leerpad::PlaybackState state);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void errorOccurred(const QString &errorString);
};

// Creates the backend for a new audio block; the caller takes ownership.
using MediaBackendFactory = std::function<MediaBackend *()>;

// The real backend. The plugin is loaded on first use (once per process); when it
// cannot be found or loaded, the backend reports an error with the reason and the
// learner still has the transcript. The player itself is created just after the page
// has been painted, not while it is built: creating a media pipeline takes several
// milliseconds, and a learner turning pages should see the page first.
class QtMediaBackend : public MediaBackend, private media::EngineEvents
{
    Q_OBJECT
public:
    explicit QtMediaBackend(QObject *parent = nullptr);
    ~QtMediaBackend() override;

    void setSource(const QUrl &url) override;
    void play() override;
    void pause() override;
    void stop() override;
    void setPosition(qint64 ms) override;
    void setPlaybackRate(qreal rate) override;
    void setVolume(float volume) override;
    void setMuted(bool muted) override;
    bool hasAudioOutput() const override;

    // Where the plugin was loaded from, or why it could not be (for diagnostics).
    static QString pluginStatus();

private:
    void engineStatus(media::Status status) override { emit mediaStatusChanged(status); }
    void engineState(media::State state) override { emit playbackStateChanged(state); }
    void enginePosition(qint64 ms) override { emit positionChanged(ms); }
    void engineDuration(qint64 ms) override { emit durationChanged(ms); }
    void engineError(const QString &message) override { emit errorOccurred(message); }

    void startEngine();

    std::unique_ptr<media::Engine> m_engine;
    QUrl m_source;
    float m_volume = 1.0f;
    bool m_muted = false;
    bool m_starting = false;
};

} // namespace leerpad
