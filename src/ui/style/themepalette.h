#pragma once

// The bridge between the core's themes (core/appearance) and Qt's palette: which theme
// the player is painted in, its QPalette, and the meaning colours of any widget's
// palette. Only View → Thema and the start-up call applyTheme().

#include "core/appearance/colorscheme.h"

#include <QColor>
#include <QPalette>

namespace leerpad::theme {

appearance::Rgb toRgb(const QColor &color);
QColor toColor(appearance::Rgb rgb);

// The palette roles the core reasons about, read from (or made into) a QPalette. A made
// palette fills the roles styles draw bevels with (Light, Mid, Dark…) from Button.
appearance::PaletteColors colorsOf(const QPalette &palette);
QPalette paletteOf(const appearance::PaletteColors &colors);

// The theme the application is painted in; System until applyTheme() is called.
appearance::ThemeId activeTheme();
// Sets the application palette of id (System: the platform's, as it was before the
// player first changed it). Widgets follow through QEvent::PaletteChange.
void applyTheme(appearance::ThemeId id);

// The meaning colours of palette under the active theme's minimums.
appearance::ColorScheme schemeFor(const QPalette &palette);

} // namespace leerpad::theme
