#pragma once

// The contract between the player and its media plugin (leerpad_qtmedia). The player
// does not link Qt Multimedia: that library and what it drags in (GStreamer glue,
// PulseAudio, codecs, Qt Network) cost start-up time and memory on every start, yet
// only a page with a dialogue needs them. The plugin is loaded when the first such
// page opens and speaks through this header-only interface, so no Qt meta-object or
// other symbol has to cross the library boundary.

#include <QString>
#include <QUrl>

namespace leerpad::media {

// Bump when the interface below changes; a plugin of another version is not used.
inline constexpr int kAbiVersion = 1;
// extern "C" Engine *leerpad_create_media_engine(int abiVersion, EngineEvents *events)
inline constexpr char kCreateSymbol[] = "leerpad_create_media_engine";
// extern "C" bool leerpad_media_has_audio_output(): whether the system has any audio
// output at all (without creating a player).
inline constexpr char kHasOutputSymbol[] = "leerpad_media_has_audio_output";

enum class Status { NoMedia, Loading, Loaded, Stalled, Buffering, Buffered, EndOfMedia, Invalid };
enum class State { Stopped, Playing, Paused };

// Implemented by the player; the engine calls it from the GUI thread.
class EngineEvents
{
public:
    virtual void engineStatus(Status status) = 0;
    virtual void engineState(State state) = 0;
    virtual void enginePosition(qint64 ms) = 0;
    virtual void engineDuration(qint64 ms) = 0;
    virtual void engineError(const QString &message) = 0;

protected:
    ~EngineEvents() = default;
};

// One media player with its audio output. Deleting it stops playback.
class Engine
{
public:
    virtual ~Engine() = default;
    virtual void setSource(const QUrl &url) = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual void setPosition(qint64 ms) = 0;
    virtual void setPlaybackRate(double rate) = 0;
    virtual void setVolume(float volume) = 0; // 0…1, linear
    virtual void setMuted(bool muted) = 0;
};

using CreateEngine = Engine *(*)(int abiVersion, EngineEvents *events);
using HasAudioOutput = bool (*)();

} // namespace leerpad::media
