#pragma once

// Colour arithmetic the themes are held to, in plain sRGB (QColor lives in Qt Gui,
// which the core does not link): WCAG 2.1 relative luminance and contrast ratio, and
// the one rule that makes a colour readable: darken or lighten it until it is.

#include <cstdint>
#include <vector>

namespace leerpad::appearance {

// An opaque sRGB colour.
struct Rgb
{
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    friend bool operator==(const Rgb &, const Rgb &) = default;
};

constexpr Rgb rgb(std::uint32_t hex)
{
    return {std::uint8_t(hex >> 16), std::uint8_t(hex >> 8), std::uint8_t(hex)};
}

double relativeLuminance(Rgb c);
// 1 (the same colour) to 21 (black on white), whichever is lighter.
double contrastRatio(Rgb a, Rgb b);

// color laid over background at opacity (0..1), as an opaque colour.
Rgb mix(Rgb color, Rgb background, double opacity);

// hue 0..359, saturation and lightness 0..1.
Rgb fromHsl(int hue, double saturation, double lightness);

// color, moved step by step towards black (on light backgrounds) or white (on dark
// ones) until it has at least minimum contrast with every background. Hue is kept as
// long as it can be; at the end of the road it is black or white, which always reaches
// 4.5:1 on one side or the other.
Rgb reachContrast(Rgb color, const std::vector<Rgb> &backgrounds, double minimum);

} // namespace leerpad::appearance
