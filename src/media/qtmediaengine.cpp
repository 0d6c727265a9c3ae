// The media plugin: the Engine of mediaengine.h over QMediaPlayer + QAudioOutput.

#include "media/mediaengine.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>

#include <memory>

namespace leerpad::media {
namespace {

Status toStatus(QMediaPlayer::MediaStatus s)
{
    switch (s) {
    case QMediaPlayer::NoMedia: return Status::NoMedia;
    case QMediaPlayer::LoadingMedia: return Status::Loading;
    case QMediaPlayer::LoadedMedia: return Status::Loaded;
    case QMediaPlayer::StalledMedia: return Status::Stalled;
    case QMediaPlayer::BufferingMedia: return Status::Buffering;
    case QMediaPlayer::BufferedMedia: return Status::Buffered;
    case QMediaPlayer::EndOfMedia: return Status::EndOfMedia;
    case QMediaPlayer::InvalidMedia: break;
    }
    return Status::Invalid;
}

State toState(QMediaPlayer::PlaybackState s)
{
    switch (s) {
    case QMediaPlayer::PlayingState: return State::Playing;
    case QMediaPlayer::PausedState: return State::Paused;
    case QMediaPlayer::StoppedState: break;
    }
    return State::Stopped;
}

class QtEngine final : public Engine
{
public:
    explicit QtEngine(EngineEvents *events)
        : m_output(std::make_unique<QAudioOutput>()), m_player(std::make_unique<QMediaPlayer>())
    {
        m_player->setAudioOutput(m_output.get());
        QObject::connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, m_player.get(),
                         [events](QMediaPlayer::MediaStatus s) { events->engineStatus(toStatus(s)); });
        QObject::connect(m_player.get(), &QMediaPlayer::playbackStateChanged, m_player.get(),
                         [events](QMediaPlayer::PlaybackState s) { events->engineState(toState(s)); });
        QObject::connect(m_player.get(), &QMediaPlayer::positionChanged, m_player.get(),
                         [events](qint64 ms) { events->enginePosition(ms); });
        QObject::connect(m_player.get(), &QMediaPlayer::durationChanged, m_player.get(),
                         [events](qint64 ms) { events->engineDuration(ms); });
        QObject::connect(m_player.get(), &QMediaPlayer::errorOccurred, m_player.get(),
                         [events](QMediaPlayer::Error error, const QString &message) {
                             if (error != QMediaPlayer::NoError)
                                 events->engineError(message);
                         });
    }

    ~QtEngine() override
    {
        // No events into a player that is going away.
        QObject::disconnect(m_player.get(), nullptr, m_player.get(), nullptr);
        m_player->stop();
    }

    void setSource(const QUrl &url) override { m_player->setSource(url); }
    void play() override { m_player->play(); }
    void pause() override { m_player->pause(); }
    void stop() override { m_player->stop(); }
    void setPosition(qint64 ms) override { m_player->setPosition(ms); }
    void setPlaybackRate(double rate) override { m_player->setPlaybackRate(rate); }
    void setVolume(float volume) override { m_output->setVolume(volume); }
    void setMuted(bool muted) override { m_output->setMuted(muted); }

private:
    // The player refers to the output: declared after it, so it is destroyed first.
    std::unique_ptr<QAudioOutput> m_output;
    std::unique_ptr<QMediaPlayer> m_player;
};

} // namespace
} // namespace leerpad::media

extern "C" Q_DECL_EXPORT leerpad::media::Engine *
leerpad_create_media_engine(int abiVersion, leerpad::media::EngineEvents *events)
{
    if (abiVersion != leerpad::media::kAbiVersion || !events)
        return nullptr;
    return new leerpad::media::QtEngine(events);
}

extern "C" Q_DECL_EXPORT bool leerpad_media_has_audio_output()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}
