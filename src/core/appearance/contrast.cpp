#include "core/appearance/contrast.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace leerpad::appearance {

namespace {
double linear(std::uint8_t channel)
{
    const double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

std::uint8_t toByte(double v)
{
    return std::uint8_t(std::lround(std::clamp(v, 0.0, 1.0) * 255.0));
}
} // namespace

double relativeLuminance(Rgb c)
{
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrastRatio(Rgb a, Rgb b)
{
    double la = relativeLuminance(a);
    double lb = relativeLuminance(b);
    if (la < lb)
        std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

Rgb mix(Rgb color, Rgb background, double opacity)
{
    const auto channel = [opacity](std::uint8_t c, std::uint8_t bg) {
        return toByte((bg * (1.0 - opacity) + c * opacity) / 255.0);
    };
    return {channel(color.r, background.r), channel(color.g, background.g),
            channel(color.b, background.b)};
}

Rgb fromHsl(int hue, double saturation, double lightness)
{
    const double c = (1.0 - std::abs(2.0 * lightness - 1.0)) * saturation;
    const double h = std::fmod(double(((hue % 360) + 360) % 360) / 60.0, 6.0);
    const double x = c * (1.0 - std::abs(std::fmod(h, 2.0) - 1.0));
    double r = 0, g = 0, b = 0;
    if (h < 1) {
        r = c;
        g = x;
    } else if (h < 2) {
        r = x;
        g = c;
    } else if (h < 3) {
        g = c;
        b = x;
    } else if (h < 4) {
        g = x;
        b = c;
    } else if (h < 5) {
        r = x;
        b = c;
    } else {
        r = c;
        b = x;
    }
    const double m = lightness - c / 2.0;
    return {toByte(r + m), toByte(g + m), toByte(b + m)};
}

Rgb reachContrast(Rgb color, const std::vector<Rgb> &backgrounds, double minimum)
{
    if (backgrounds.empty())
        return color;
    const auto worst = [&backgrounds](Rgb c) {
        double least = 21.0;
        for (Rgb bg : backgrounds)
            least = std::min(least, contrastRatio(c, bg));
        return least;
    };
    double mean = 0;
    for (Rgb bg : backgrounds)
        mean += relativeLuminance(bg);
    mean /= double(backgrounds.size());
    // Light backgrounds push towards black; dark ones towards white. Luminance 0.18 is
    // where black and white text have equal contrast.
    const Rgb target = mean > 0.18 ? Rgb{0, 0, 0} : Rgb{255, 255, 255};
    Rgb c = color;
    for (int step = 1; step <= 20 && worst(c) < minimum; ++step)
        c = mix(target, color, step / 20.0);
    return c;
}

} // namespace leerpad::appearance
