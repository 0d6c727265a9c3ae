#include "mediabackend.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>

namespace leerpad {

QtMediaBackend::QtMediaBackend(QObject *parent)
    : MediaBackend(parent), m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &MediaBackend::mediaStatusChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            &MediaBackend::playbackStateChanged);
    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaBackend::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaBackend::durationChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &MediaBackend::errorOccurred);
}

void QtMediaBackend::setSource(const QUrl &url)
{
    m_player->setSource(url);
}

void QtMediaBackend::play()
{
    m_player->play();
}

void QtMediaBackend::pause()
{
    m_player->pause();
}

void QtMediaBackend::stop()
{
    m_player->stop();
}

void QtMediaBackend::setPosition(qint64 ms)
{
    m_player->setPosition(ms);
}

void QtMediaBackend::setPlaybackRate(qreal rate)
{
    m_player->setPlaybackRate(rate);
}

void QtMediaBackend::setVolume(float volume)
{
    m_output->setVolume(volume);
}

void QtMediaBackend::setMuted(bool muted)
{
    m_output->setMuted(muted);
}

bool QtMediaBackend::hasAudioOutput() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

} // namespace leerpad
