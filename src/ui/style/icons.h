#pragma once

// Icons drawn in code from the palette: crisp at any size and zoom, right in light and
// dark schemes, and independent of which icon theme the desktop happens to have.

#include "core/learning/navigator.h"

#include <QIcon>
#include <QPalette>

namespace leerpad::icons {

enum class Glyph {
    NotVisited, // empty ring
    Visited,    // half-filled ring
    Completed,  // filled disc with a tick
    Correct,    // tick in a disc
    Incorrect,  // cross in a disc
    Play,
    Pause,
    Replay,
    VolumeOn,
    VolumeOff,
    Previous,
    Next,
    Info,
    Warning,
};

QIcon icon(Glyph glyph, const QPalette &palette = {});
QIcon pageState(PageState state, const QPalette &palette = {});

} // namespace leerpad::icons
