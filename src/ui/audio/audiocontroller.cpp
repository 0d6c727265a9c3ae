#include "ui/audio/audiocontroller.h"

#include <utility>

#include "ui/logging.h"

#include <algorithm>

namespace leerpad {

AudioController::AudioController(const AudioBlock &block, MediaBackend *backend, QObject *parent)
    : QObject(parent), m_backend(backend), m_src(block.src), m_cues(block.cues)
{
    if (m_backend) {
        m_backend->setParent(this);
        connect(m_backend, &MediaBackend::mediaStatusChanged, this,
                &AudioController::handleMediaStatus);
        connect(m_backend, &MediaBackend::playbackStateChanged, this,
                &AudioController::handlePlaybackState);
        connect(m_backend, &MediaBackend::positionChanged, this, &AudioController::handlePosition);
        connect(m_backend, &MediaBackend::durationChanged, this, &AudioController::handleDuration);
        connect(m_backend, &MediaBackend::errorOccurred, this, &AudioController::handleError);
    }
    if (!block.srcAvailable || !m_backend) {
        qCInfo(lcAudio) << "audio unavailable:" << block.src;
        m_message = tr("Het geluidsbestand ontbreekt (%1). Je kunt het gesprek wel lezen in de "
                       "uitgeschreven tekst.")
                        .arg(block.src);
        return;
    }
    m_status = Status::Loading;
    // Whether there is an audio device is asked once the media has loaded: the first
    // question loads the media plugin and starts the sound system, which should not
    // hold up the page that is being opened.
    m_backend->setSource(QUrl::fromLocalFile(block.srcPath));
}

QList<qreal> AudioController::rates()
{
    return {0.75, 1.0, 1.25, 1.5};
}

bool AudioController::canPlay() const
{
    return m_status != Status::Unavailable && m_status != Status::Failed;
}

int AudioController::cueAt(qint64 ms) const
{
    const auto it = std::upper_bound(m_cues.cbegin(), m_cues.cend(), ms,
                                     [](qint64 t, const Cue &c) { return t < c.startMs; });
    return int(it - m_cues.cbegin()) - 1;
}

void AudioController::play()
{
    if (!canPlay())
        return;
    if (m_status == Status::Ended)
        seek(0);
    m_backend->play();
}

void AudioController::pause()
{
    if (canPlay())
        m_backend->pause();
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
    if (!canPlay())
        return;
    ms = std::max<qint64>(0, m_duration > 0 ? std::min(ms, m_duration) : ms);
    m_backend->setPosition(ms);
    // Show the new place at once; the backend confirms with positionChanged later.
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
    if (index < 0 || index >= int(m_cues.size()) || !canPlay())
        return;
    seek(m_cues[index].startMs);
    if (m_status != Status::Playing)
        m_backend->play();
}

void AudioController::setRate(qreal rate)
{
    if (qFuzzyCompare(rate, m_rate) || rate <= 0)
        return;
    m_rate = rate;
    // Before the media is loaded the GStreamer backend drops the rate but remembers
    // it, and would then ignore the same value again; so pass it on only once loaded
    // (handleMediaStatus() applies it then).
    if (m_backend && canPlay() && m_status != Status::Loading)
        m_backend->setPlaybackRate(rate);
    emit rateChanged(rate);
}

void AudioController::setVolume(float volume)
{
    volume = std::clamp(volume, 0.0f, 1.0f);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    if (m_backend)
        m_backend->setVolume(volume);
    emit volumeChanged(volume);
}

void AudioController::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    if (m_backend)
        m_backend->setMuted(muted);
    emit mutedChanged(muted);
}

void AudioController::handleMediaStatus(MediaStatus status)
{
    qCDebug(lcAudio) << "media status" << int(status);
    switch (status) {
    case MediaStatus::NoMedia:
    case MediaStatus::Loading:
        if (m_status != Status::Failed && m_status != Status::Playing)
            setStatus(Status::Loading);
        break;
    case MediaStatus::Loaded:
        if (!std::exchange(m_outputChecked, true) && !m_backend->hasAudioOutput())
            setMessage(tr("Er is geen geluidsapparaat gevonden, dus je hoort het gesprek "
                          "misschien niet. Je kunt het wel lezen in de uitgeschreven tekst."));
        if (!qFuzzyCompare(m_rate, 1.0))
            m_backend->setPlaybackRate(m_rate);
        if (m_status == Status::Loading)
            setStatus(Status::Ready);
        if (m_pendingPosition > 0) {
            const qint64 ms = std::exchange(m_pendingPosition, -1);
            seek(ms);
        }
        break;
    case MediaStatus::Stalled:
    case MediaStatus::Buffering:
    case MediaStatus::Buffered:
        if (m_status == Status::Loading)
            setStatus(Status::Ready);
        break;
    case MediaStatus::EndOfMedia:
        if (m_duration > 0)
            updatePosition(m_duration);
        setStatus(Status::Ended);
        emit playedToEnd();
        break;
    case MediaStatus::Invalid:
        fail(QStringLiteral("invalid media"));
        break;
    }
}

void AudioController::handlePlaybackState(PlaybackState state)
{
    if (m_status == Status::Failed || m_status == Status::Unavailable)
        return;
    switch (state) {
    case PlaybackState::Playing:
        setStatus(Status::Playing);
        break;
    case PlaybackState::Paused:
        setStatus(Status::Paused);
        break;
    case PlaybackState::Stopped:
        if (m_status != Status::Ended)
            setStatus(Status::Ready);
        break;
    }
}

void AudioController::handlePosition(qint64 ms)
{
    if (canPlay())
        updatePosition(ms);
}

void AudioController::handleDuration(qint64 ms)
{
    if (ms == m_duration || ms < 0)
        return;
    m_duration = ms;
    emit durationChanged(ms);
}

void AudioController::handleError(const QString &errorString)
{
    fail(errorString);
}

void AudioController::fail(const QString &detail)
{
    if (m_status == Status::Failed)
        return; // a player reports one failure through several signals
    qCWarning(lcAudio) << "cannot play" << m_src << ":" << detail;
    setStatus(Status::Failed); // first, so the backend's "stopped" below changes nothing
    if (m_backend)
        m_backend->stop();
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
    const int cue = cueAt(ms);
    if (cue != m_currentCue) {
        m_currentCue = cue;
        emit currentCueChanged(cue);
    }
}

} // namespace leerpad
