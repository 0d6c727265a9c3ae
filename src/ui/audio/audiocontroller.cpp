#include "ui/audio/audiocontroller.h"

#include "ui/logging.h"

#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace leerpad {

AudioController::AudioController(const AudioBlock &block, const MediaPlayers &players,
                                 QObject *parent)
    : QObject(parent), m_players(players), m_src(block.src), m_srcPath(block.srcPath),
      m_cues(block.cues), m_currentCue(block.cues.isEmpty() ? -1 : 0)
{
    if (!block.srcAvailable || !m_players.create) {
        qCInfo(lcAudio) << "audio unavailable:" << block.src;
        m_message = tr("Het geluidsbestand ontbreekt (%1). Je kunt het gesprek wel lezen in de "
                       "uitgeschreven tekst.")
                        .arg(block.src);
        return;
    }
    m_status = Status::Loading;
    if (m_players.createAfterPaint) {
        // A timer, not a posted call: timers run after the posted layout and paint
        // events, so the page is on screen before the pipeline is built.
        QTimer::singleShot(1, this, &AudioController::createPlayer);
    } else {
        createPlayer();
    }
}

AudioController::~AudioController()
{
    // The player may still report while it is torn down: not to a half-destroyed us.
    m_closing = true;
    m_player.reset();
}

void AudioController::createPlayer()
{
    m_player = m_players.create(this);
    if (!m_player) {
        fail(MediaPlayers::pluginStatus());
        return;
    }
    m_player->setVolume(m_volume);
    m_player->setMuted(m_muted);
    // Whether there is an audio device is asked once the media has loaded: the first
    // question loads the media plugin and starts the sound system, which should not
    // hold up the page that is being opened.
    m_player->setSource(QUrl::fromLocalFile(m_srcPath));
}

QList<qreal> AudioController::rates()
{
    // 0.5×: learners of Dutch as a second language ask for slower speech.
    return {0.5, 0.75, 1.0, 1.25, 1.5};
}

bool AudioController::canPlay() const
{
    return m_status != Status::Unavailable && m_status != Status::Failed;
}

bool AudioController::hasPlayer() const
{
    return m_player && canPlay();
}

int AudioController::cueAt(qint64 ms) const
{
    const auto it = std::upper_bound(m_cues.cbegin(), m_cues.cend(), ms,
                                     [](qint64 t, const Cue &c) { return t < c.startMs; });
    return int(it - m_cues.cbegin()) - 1;
}

void AudioController::play()
{
    if (!hasPlayer())
        return;
    if (m_status == Status::Ended)
        seek(0);
    m_player->play();
}

void AudioController::pause()
{
    if (hasPlayer())
        m_player->pause();
}

void AudioController::togglePlayPause()
{
    if (m_status == Status::Playing)
        pause();
    else
        play();
}

void AudioController::seek(qint64 ms)
{
    if (!hasPlayer())
        return;
    ms = std::max<qint64>(0, m_duration > 0 ? std::min(ms, m_duration) : ms);
    m_player->setPosition(ms);
    // Show the new place at once; the player confirms with positionChanged later.
    updatePosition(ms);
    if (m_status == Status::Ended)
        setStatus(Status::Paused);
}

void AudioController::resumeAt(qint64 ms)
{
    if (ms <= 0)
        return;
    if (m_status == Status::Ready || m_status == Status::Paused)
        seek(ms);
    else
        m_pendingPosition = ms;
}

void AudioController::seekToCue(int index)
{
    if (index < 0 || index >= int(m_cues.size()) || !hasPlayer())
        return;
    seek(m_cues[index].startMs);
    if (m_status != Status::Playing)
        m_player->play();
}

void AudioController::setRate(qreal rate)
{
    if (qFuzzyCompare(rate, m_rate) || rate <= 0)
        return;
    m_rate = rate;
    // Before the media is loaded the GStreamer player drops the rate but remembers
    // it, and would then ignore the same value again; so pass it on only once loaded
    // (handleMediaStatus() applies it then).
    if (m_player && canPlay() && m_status != Status::Loading)
        m_player->setPlaybackRate(rate);
    emit rateChanged(rate);
}

void AudioController::setVolume(float volume)
{
    volume = std::clamp(volume, 0.0f, 1.0f);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    if (m_player)
        m_player->setVolume(volume);
    emit volumeChanged(volume);
}

void AudioController::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    if (m_player)
        m_player->setMuted(muted);
    emit mutedChanged(muted);
}

void AudioController::engineStatus(media::Status status)
{
    if (m_closing)
        return;
    qCDebug(lcAudio) << "media status" << int(status);
    switch (status) {
    case media::Status::NoMedia:
    case media::Status::Loading:
        if (m_status != Status::Failed && m_status != Status::Playing)
            setStatus(Status::Loading);
        break;
    case media::Status::Loaded:
        if (!std::exchange(m_outputChecked, true) && m_players.hasAudioOutput &&
            !m_players.hasAudioOutput()) {
            m_silent = true;
            setMessage(tr("Er is geen geluidsapparaat gevonden, dus je hoort het gesprek "
                          "misschien niet. Je kunt het wel lezen in de uitgeschreven tekst."));
        }
        if (!qFuzzyCompare(m_rate, 1.0))
            m_player->setPlaybackRate(m_rate);
        if (m_status == Status::Loading)
            setStatus(Status::Ready);
        if (m_pendingPosition > 0) {
            const qint64 ms = std::exchange(m_pendingPosition, -1);
            seek(ms);
        }
        break;
    case media::Status::Stalled:
    case media::Status::Buffering:
    case media::Status::Buffered:
        if (m_status == Status::Loading)
            setStatus(Status::Ready);
        break;
    case media::Status::EndOfMedia:
        if (m_duration > 0)
            updatePosition(m_duration);
        setStatus(Status::Ended);
        emit playedToEnd();
        break;
    case media::Status::Invalid:
        fail(QStringLiteral("invalid media"));
        break;
    }
}

void AudioController::engineState(media::State state)
{
    if (m_closing)
        return;
    if (m_status == Status::Failed || m_status == Status::Unavailable)
        return;
    switch (state) {
    case media::State::Playing:
        setStatus(Status::Playing);
        break;
    case media::State::Paused:
        setStatus(Status::Paused);
        break;
    case media::State::Stopped:
        if (m_status != Status::Ended)
            setStatus(Status::Ready);
        break;
    }
}

void AudioController::enginePosition(qint64 ms)
{
    if (m_closing)
        return;
    if (canPlay())
        updatePosition(ms);
}

void AudioController::engineDuration(qint64 ms)
{
    if (m_closing)
        return;
    if (ms == m_duration || ms < 0)
        return;
    m_duration = ms;
    emit durationChanged(ms);
}

void AudioController::engineError(const QString &message)
{
    if (m_closing)
        return;
    fail(message);
}

void AudioController::fail(const QString &detail)
{
    if (m_status == Status::Failed)
        return; // a player reports one failure through several signals
    qCWarning(lcAudio) << "cannot play" << m_src << ":" << detail;
    setStatus(Status::Failed); // first, so the player's "stopped" below changes nothing
    if (m_player)
        m_player->stop();
    setMessage(tr("Het geluidsbestand kan niet worden afgespeeld (%1). Je kunt het gesprek wel "
                  "lezen in de uitgeschreven tekst.")
                   .arg(m_src));
}

void AudioController::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void AudioController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged(message);
}

void AudioController::updatePosition(qint64 ms)
{
    if (ms != m_position) {
        m_position = ms;
        emit positionChanged(ms);
    }
    // Before the first line starts (at 0:00), the first line is the one to come: it
    // stays marked rather than the mark disappearing.
    int cue = cueAt(ms);
    if (cue < 0 && !m_cues.isEmpty())
        cue = 0;
    if (cue != m_currentCue) {
        m_currentCue = cue;
        emit currentCueChanged(cue);
    }
}

} // namespace leerpad
