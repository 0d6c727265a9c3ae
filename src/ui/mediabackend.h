#pragma once

// The few things the audio controller needs from a media player, as an interface: the
// real one wraps QMediaPlayer + QAudioOutput; tests put a scripted fake in its place to
// drive every media status and error without real playback.

#include <QMediaPlayer>
#include <QObject>
#include <QUrl>

#include <functional>

namespace leerpad {

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
    void mediaStatusChanged(QMediaPlayer::MediaStatus status);
    void playbackStateChanged(QMediaPlayer::PlaybackState state);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void errorOccurred(QMediaPlayer::Error error, const QString &errorString);
};

// Creates the backend for a new audio block; the caller takes ownership.
using MediaBackendFactory = std::function<MediaBackend *()>;

class QtMediaBackend : public MediaBackend
{
    Q_OBJECT
public:
    explicit QtMediaBackend(QObject *parent = nullptr);

    void setSource(const QUrl &url) override;
    void play() override;
    void pause() override;
    void stop() override;
    void setPosition(qint64 ms) override;
    void setPlaybackRate(qreal rate) override;
    void setVolume(float volume) override;
    void setMuted(bool muted) override;
    bool hasAudioOutput() const override;

private:
    QMediaPlayer *m_player;
    QAudioOutput *m_output;
};

} // namespace leerpad
