#include "ui/style/themepalette.h"

#include <optional>
#include <QApplication>

namespace leerpad::theme {

using appearance::PaletteColors;
using appearance::Rgb;
using appearance::ThemeId;

namespace {
ThemeId g_active = ThemeId::System;

// The platform's palette, as the desktop gave it, before the player set one.
const QPalette &platformPalette()
{
    static const QPalette palette = QGuiApplication::palette();
    return palette;
}
} // namespace

Rgb toRgb(const QColor &color)
{
    return {std::uint8_t(color.red()), std::uint8_t(color.green()), std::uint8_t(color.blue())};
}

QColor toColor(Rgb rgb)
{
    return QColor(rgb.r, rgb.g, rgb.b);
}

PaletteColors colorsOf(const QPalette &p)
{
    const auto c = [&p](QPalette::ColorRole role) {
        return toRgb(p.color(QPalette::Active, role));
    };
    return {c(QPalette::Window),
            c(QPalette::WindowText),
            c(QPalette::Base),
            c(QPalette::AlternateBase),
            c(QPalette::Text),
            c(QPalette::Button),
            c(QPalette::ButtonText),
            c(QPalette::Highlight),
            c(QPalette::HighlightedText),
            c(QPalette::Link),
            c(QPalette::ToolTipBase),
            c(QPalette::ToolTipText),
            c(QPalette::PlaceholderText),
            toRgb(p.color(QPalette::Disabled, QPalette::Text))};
}

QPalette paletteOf(const PaletteColors &c)
{
    // This constructor derives Light, Midlight, Mid, Dark and Shadow from the button
    // colour, which the style's bevels and frames need.
    QPalette p(toColor(c.windowText), toColor(c.button), toColor(c.button).lighter(150),
               toColor(c.button).darker(200), toColor(c.button).darker(150), toColor(c.text),
               toColor(c.text), toColor(c.base), toColor(c.window));
    const auto set = [&p](QPalette::ColorRole role, Rgb rgb) {
        p.setColor(QPalette::Active, role, toColor(rgb));
        p.setColor(QPalette::Inactive, role, toColor(rgb));
    };
    set(QPalette::ButtonText, c.buttonText);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.link);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);
    set(QPalette::PlaceholderText, c.placeholderText);
    set(QPalette::BrightText, c.base);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, toColor(c.disabledText));
    p.setColor(QPalette::Disabled, QPalette::Highlight, toColor(c.disabledText));
    return p;
}

ThemeId activeTheme()
{
    return g_active;
}

void applyTheme(ThemeId id)
{
    const QPalette platform = platformPalette(); // read before the first change
    g_active = id;
    const std::optional<PaletteColors> table = appearance::paletteTable(id);
    QApplication::setPalette(table ? paletteOf(*table) : platform);
}

appearance::ColorScheme schemeFor(const QPalette &palette)
{
    // Painting asks for a few colours per widget; deriving is cheap, but the last
    // palette's answer is kept because most widgets share the application's.
    static thread_local qint64 lastKey = -1;
    static thread_local ThemeId lastTheme = ThemeId::System;
    static thread_local appearance::ColorScheme last;
    if (palette.cacheKey() != lastKey || lastTheme != g_active) {
        last = appearance::deriveScheme(colorsOf(palette), g_active);
        lastKey = palette.cacheKey();
        lastTheme = g_active;
    }
    return last;
}

} // namespace leerpad::theme
