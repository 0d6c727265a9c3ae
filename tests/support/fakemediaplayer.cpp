#include "support/fakemediaplayer.h"

namespace leerpad::test {

FakeFactory::FakeFactory() : m_registry(std::make_shared<Registry>()) {}

MediaPlayers FakeFactory::players()
{
    MediaPlayers players;
    players.create = [registry = m_registry](media::EngineEvents *events) {
        return std::unique_ptr<media::Engine>(new FakeMediaPlayer(events, registry));
    };
    players.hasAudioOutput = [this] { return audioOutput; };
    return players;
}

FakeMediaPlayer *FakeFactory::last() const
{
    return m_registry->live.isEmpty() ? nullptr : m_registry->live.last();
}

int FakeFactory::createdCount() const
{
    return m_registry->created;
}

FakeMediaPlayer::FakeMediaPlayer(media::EngineEvents *events,
                                 std::shared_ptr<FakeFactory::Registry> registry)
    : m_events(events), m_registry(std::move(registry))
{
    m_registry->live.append(this);
    ++m_registry->created;
}

FakeMediaPlayer::~FakeMediaPlayer()
{
    m_registry->live.removeOne(this);
}

void FakeMediaPlayer::play()
{
    ++playCalls;
    state = media::State::Playing;
    m_events->engineState(state);
}

void FakeMediaPlayer::pause()
{
    ++pauseCalls;
    state = media::State::Paused;
    m_events->engineState(state);
}

void FakeMediaPlayer::stop()
{
    state = media::State::Stopped;
    m_events->engineState(state);
}

void FakeMediaPlayer::setPosition(qint64 ms)
{
    seeks << ms;
    position = ms;
    m_events->enginePosition(ms);
}

void FakeMediaPlayer::load(qint64 durationMs)
{
    duration = durationMs;
    m_events->engineStatus(media::Status::Loading);
    m_events->engineDuration(durationMs);
    m_events->engineStatus(media::Status::Loaded);
}

void FakeMediaPlayer::advanceTo(qint64 ms)
{
    position = ms;
    m_events->enginePosition(ms);
}

void FakeMediaPlayer::reachEnd()
{
    position = duration;
    m_events->enginePosition(duration);
    state = media::State::Stopped;
    m_events->engineState(state);
    m_events->engineStatus(media::Status::EndOfMedia);
}

void FakeMediaPlayer::fail(const QString &message)
{
    m_events->engineError(message);
    m_events->engineStatus(media::Status::Invalid);
}

} // namespace leerpad::test
