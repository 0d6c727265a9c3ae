#include "fakemediabackend.h"

namespace leerpad::test {

void FakeMediaBackend::play()
{
    ++playCalls;
    state = QMediaPlayer::PlayingState;
    emit playbackStateChanged(state);
}

void FakeMediaBackend::pause()
{
    ++pauseCalls;
    state = QMediaPlayer::PausedState;
    emit playbackStateChanged(state);
}

void FakeMediaBackend::stop()
{
    state = QMediaPlayer::StoppedState;
    emit playbackStateChanged(state);
}

void FakeMediaBackend::setPosition(qint64 ms)
{
    seeks << ms;
    position = ms;
    emit positionChanged(ms);
}

void FakeMediaBackend::load(qint64 durationMs)
{
    duration = durationMs;
    emit mediaStatusChanged(QMediaPlayer::LoadingMedia);
    emit durationChanged(durationMs);
    emit mediaStatusChanged(QMediaPlayer::LoadedMedia);
}

void FakeMediaBackend::advanceTo(qint64 ms)
{
    position = ms;
    emit positionChanged(ms);
}

void FakeMediaBackend::reachEnd()
{
    position = duration;
    emit positionChanged(duration);
    state = QMediaPlayer::StoppedState;
    emit playbackStateChanged(state);
    emit mediaStatusChanged(QMediaPlayer::EndOfMedia);
}

void FakeMediaBackend::fail(QMediaPlayer::Error error, const QString &message)
{
    emit errorOccurred(error, message);
    emit mediaStatusChanged(QMediaPlayer::InvalidMedia);
}

} // namespace leerpad::test
