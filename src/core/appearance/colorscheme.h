#pragma once

// The player's themes, decided without a display. Licht, Donker and Hoog contrast are
// fixed tables of the palette roles the player paints with; Systeem is the platform's
// own palette. The meaning colours (right, wrong, warning, secondary text, focus ring,
// speakers) are derived from whichever palette by one rule (reachContrast): they keep
// their hue but are darkened or lightened until they reach the theme's minimum on every
// background they are drawn on. contrastPairs() lists every text/background pair the
// player paints, so a test holds each theme to WCAG 2.1: 1.4.3 (text 4.5:1), 1.4.11
// (focus ring, icons, state marks 3:1) and, for Hoog contrast, 1.4.6 (7:1).

#include "core/appearance/contrast.h"

#include <array>
#include <optional>
#include <QString>
#include <vector>

namespace leerpad::appearance {

enum class ThemeId
{
    Light,
    Dark,
    HighContrast,
    System
};
inline constexpr std::array kAllThemes = {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast,
                                          ThemeId::System};

// The QSettings value of a theme ("light", "dark", "high-contrast", "system") and back;
// an unknown value is no theme (the caller falls back to System).
QString themeKey(ThemeId id);
std::optional<ThemeId> themeFromKey(const QString &key);

// The palette roles the player paints with, named as QPalette names them.
struct PaletteColors
{
    Rgb window, windowText, base, alternateBase, text, button, buttonText;
    Rgb highlight, highlightedText, link, toolTipBase, toolTipText, placeholderText;
    Rgb disabledText; // Disabled Text, WindowText and ButtonText (WCAG exempts them)
};

// The fixed table of Light, Dark or HighContrast; nothing for System (the platform's).
std::optional<PaletteColors> paletteTable(ThemeId id);

// The least contrast text must have: 4.5 (AA), 7 for Hoog contrast (AAA).
double textMinimum(ThemeId id);
// Focus rings, icons and state marks: 3 (1.4.11), or the text minimum for Hoog contrast.
double graphicMinimum(ThemeId id);

inline constexpr int kSpeakerCount = 5;
// How strongly a meaning colour tints the panel it marks (feedback, notices), and how
// strongly the highlight tints the transcript's current cue.
inline constexpr double kMeaningTint = 0.12;
inline constexpr double kCueTint = 0.16;

// A palette with the meaning colours derived from it.
struct ColorScheme
{
    PaletteColors palette;
    bool dark = false;
    Rgb success, failure, warning;           // text and marks on Base, and on their own tint
    Rgb muted;                               // secondary text on Base and Window
    Rgb accent;                              // small headings on Base
    Rgb focusRing;                           // against Window and Base
    Rgb selection;                           // the border of a chosen answer, against Base
    Rgb primaryFill, primaryText;            // the one button that moves the learner on
    std::array<Rgb, kSpeakerCount> speakers; // transcript speaker names on Base
};

bool isDark(const PaletteColors &palette);

// The scheme of palette under theme id's minimums.
ColorScheme deriveScheme(const PaletteColors &palette, ThemeId id);

// One foreground drawn on one background, and the least contrast it needs.
struct ContrastPair
{
    const char *what; // e.g. "failure text on its feedback panel"
    Rgb foreground;
    Rgb background;
    double minimum;
};
// palette: the pairs the palette itself must keep (for a fixed table; a System palette
// is the platform's); derived: the pairs of the meaning colours, for every theme.
std::vector<ContrastPair> paletteContrastPairs(const ColorScheme &scheme, ThemeId id);
std::vector<ContrastPair> derivedContrastPairs(const ColorScheme &scheme, ThemeId id);

} // namespace leerpad::appearance
