#include "support/fakemediabackend.h"

namespace leerpad::test {

void FakeMediaBackend::play()
{
    ++playCalls;
    state = PlaybackState::Playing;
    emit playbackStateChanged(state);
}

void FakeMediaBackend::pause()
{
    ++pauseCalls;
    state = PlaybackState::Paused;
    emit playbackStateChanged(state);
}

void FakeMediaBackend::stop()
{
    state = PlaybackState::Stopped;
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
    emit mediaStatusChanged(MediaStatus::Loading);
    emit durationChanged(durationMs);
    emit mediaStatusChanged(MediaStatus::Loaded);
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
    state = PlaybackState::Stopped;
    emit playbackStateChanged(state);
    emit mediaStatusChanged(MediaStatus::EndOfMedia);
}

void FakeMediaBackend::fail(const QString &message)
{
    emit errorOccurred(message);
    emit mediaStatusChanged(MediaStatus::Invalid);
}

} // namespace leerpad::test
