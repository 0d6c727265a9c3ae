#pragma once

// Where the audio controller gets its player. In the product that is the media plugin
// (src/media, QMediaPlayer + QAudioOutput), loaded on the first dialogue; tests put a
// scripted player in its place. Both implement the plugin's own interface
// (media::Engine, src/media/mediaengine.h): one interface, no forwarding layer.

#include "media/mediaengine.h"

#include <functional>
#include <memory>

namespace leerpad {

struct MediaPlayers
{
    // A player that reports to events (called on the GUI thread). Null when none can be
    // made; pluginStatus() says why.
    std::function<std::unique_ptr<media::Engine>(media::EngineEvents *events)> create;
    // False when the system reports no audio output at all (playback may still run
    // silently, so this only informs the learner).
    std::function<bool()> hasAudioOutput;
    // Build the player only after the page has been painted: a media pipeline takes
    // several milliseconds, and a learner turning pages should see the page first.
    bool createAfterPaint = false;

    // The media plugin: loaded on first use, once per process.
    static MediaPlayers plugin();
    // Where the plugin was loaded from, or why it could not be (for diagnostics).
    static QString pluginStatus();
};

} // namespace leerpad
