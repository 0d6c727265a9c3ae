// Every colour pair each theme paints, held to WCAG 2.1: text 4.5:1 (1.4.3), focus rings,
// icons and state marks 3:1 (1.4.11), everything 7:1 in Hoog contrast (1.4.6). The fixed
// themes are checked whole; for Systeem, whose palette the desktop chooses, the colours
// the player derives from it are checked on palettes real desktops ship.
#include "core/appearance/colorscheme.h"

#include <cstdio>
#include <gtest/gtest.h>

namespace leerpad::appearance {

namespace {
std::string describe(const ContrastPair &pair, double ratio)
{
    char buffer[200];
    std::snprintf(buffer, sizeof buffer,
                  "%s: #%02x%02x%02x on #%02x%02x%02x is %.2f:1, needs %.1f:1", pair.what,
                  pair.foreground.r, pair.foreground.g, pair.foreground.b, pair.background.r,
                  pair.background.g, pair.background.b, ratio, pair.minimum);
    return buffer;
}

void expectAllReach(const std::vector<ContrastPair> &pairs)
{
    for (const ContrastPair &pair : pairs) {
        const double ratio = contrastRatio(pair.foreground, pair.background);
        EXPECT_GE(ratio, pair.minimum) << describe(pair, ratio);
    }
}
} // namespace

TEST(Contrast, MatchesWcagReferenceValues)
{
    EXPECT_DOUBLE_EQ(contrastRatio(rgb(0x000000), rgb(0xffffff)), 21.0);
    EXPECT_DOUBLE_EQ(contrastRatio(rgb(0x808080), rgb(0x808080)), 1.0);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    EXPECT_GE(contrastRatio(rgb(0x767676), rgb(0xffffff)), 4.5);
    EXPECT_LT(contrastRatio(rgb(0x777777), rgb(0xffffff)), 4.5);
    EXPECT_DOUBLE_EQ(contrastRatio(rgb(0x1f5fbf), rgb(0xffffff)),
                     contrastRatio(rgb(0xffffff), rgb(0x1f5fbf)));
}

TEST(Contrast, ReachContrastKeepsWhatAlreadyReads)
{
    EXPECT_EQ(reachContrast(rgb(0x000000), {rgb(0xffffff)}, 4.5), rgb(0x000000));
    const Rgb paleGreen = rgb(0x9be7b0);
    const Rgb onWhite = reachContrast(paleGreen, {rgb(0xffffff)}, 4.5);
    EXPECT_GE(contrastRatio(onWhite, rgb(0xffffff)), 4.5);
    EXPECT_GT(onWhite.g, onWhite.r) << "still green, only darker";
    const Rgb onBlack = reachContrast(rgb(0x1a7f37), {rgb(0x000000)}, 7.0);
    EXPECT_GE(contrastRatio(onBlack, rgb(0x000000)), 7.0);
}

TEST(Contrast, HslMatchesKnownColours)
{
    EXPECT_EQ(fromHsl(0, 1.0, 0.5), rgb(0xff0000));
    EXPECT_EQ(fromHsl(120, 1.0, 0.5), rgb(0x00ff00));
    EXPECT_EQ(fromHsl(240, 1.0, 0.25), rgb(0x000080));
    EXPECT_EQ(fromHsl(77, 0.0, 1.0), rgb(0xffffff));
}

TEST(Themes, KeysRoundTripAndUnknownIsNoTheme)
{
    for (ThemeId id : kAllThemes)
        EXPECT_EQ(themeFromKey(themeKey(id)), id) << themeKey(id).toStdString();
    EXPECT_EQ(themeFromKey(QStringLiteral("solarized")), std::nullopt);
    EXPECT_EQ(themeFromKey(QString()), std::nullopt);
    EXPECT_FALSE(paletteTable(ThemeId::System).has_value());
}

class FixedTheme : public testing::TestWithParam<ThemeId>
{
};

TEST_P(FixedTheme, EveryPairReachesItsMinimum)
{
    const std::optional<PaletteColors> table = paletteTable(GetParam());
    ASSERT_TRUE(table);
    const ColorScheme scheme = deriveScheme(*table, GetParam());
    expectAllReach(paletteContrastPairs(scheme, GetParam()));
    expectAllReach(derivedContrastPairs(scheme, GetParam()));
}

TEST_P(FixedTheme, MeaningColoursStayApart)
{
    // Right and wrong must not collapse into the same colour while reaching contrast
    // (they also always carry a symbol or word: colour is never the only signal).
    const ColorScheme s = deriveScheme(*paletteTable(GetParam()), GetParam());
    EXPECT_NE(s.success, s.failure);
    EXPECT_GT(s.success.g, s.success.r);
    EXPECT_GT(s.failure.r, s.failure.g);
    for (std::size_t i = 0; i < s.speakers.size(); ++i) {
        for (std::size_t j = i + 1; j < s.speakers.size(); ++j)
            EXPECT_NE(s.speakers[i], s.speakers[j]) << i << " and " << j;
    }
}

INSTANTIATE_TEST_SUITE_P(Themes, FixedTheme,
                         testing::Values(ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast),
                         [](const auto &info) {
                             QString key = themeKey(info.param);
                             return key.remove(QLatin1Char('-')).toStdString();
                         });

TEST(Themes, HighContrastIsDarkAndDarkIsDark)
{
    EXPECT_FALSE(isDark(*paletteTable(ThemeId::Light)));
    EXPECT_TRUE(isDark(*paletteTable(ThemeId::Dark)));
    EXPECT_TRUE(isDark(*paletteTable(ThemeId::HighContrast)));
}

struct DesktopPalette
{
    const char *name;
    PaletteColors colors;
};

class SystemTheme : public testing::TestWithParam<DesktopPalette>
{
};

TEST_P(SystemTheme, DerivedColoursReachTheirMinimum)
{
    // The desktop's own pairs are the desktop's; what the player adds must read on them.
    const ColorScheme scheme = deriveScheme(GetParam().colors, ThemeId::System);
    expectAllReach(derivedContrastPairs(scheme, ThemeId::System));
}

// The palettes of Qt's Fusion style (what a bare X session gives), KDE Breeze and Breeze
// Dark, and a GNOME-like dark palette with a pale selection that white text fails on.
INSTANTIATE_TEST_SUITE_P(
    Desktops, SystemTheme,
    testing::Values(
        DesktopPalette{"Fusion",
                       {rgb(0xefefef), rgb(0x000000), rgb(0xffffff), rgb(0xf7f7f7), rgb(0x000000),
                        rgb(0xefefef), rgb(0x000000), rgb(0x308cc6), rgb(0xffffff), rgb(0x0000ff),
                        rgb(0xffffdc), rgb(0x000000), rgb(0x000000), rgb(0xbebebe)}},
        DesktopPalette{"Breeze",
                       {rgb(0xeff0f1), rgb(0x232629), rgb(0xfcfcfc), rgb(0xeff0f1), rgb(0x232629),
                        rgb(0xeff0f1), rgb(0x232629), rgb(0x3daee9), rgb(0xfcfcfc), rgb(0x2980b9),
                        rgb(0x31363b), rgb(0xeff0f1), rgb(0x7f8c8d), rgb(0xa0a2a3)}},
        DesktopPalette{"BreezeDark",
                       {rgb(0x31363b), rgb(0xeff0f1), rgb(0x232629), rgb(0x31363b), rgb(0xeff0f1),
                        rgb(0x31363b), rgb(0xeff0f1), rgb(0x3daee9), rgb(0xeff0f1), rgb(0x1d99f3),
                        rgb(0x31363b), rgb(0xeff0f1), rgb(0x7f8c8d), rgb(0x6e7175)}},
        DesktopPalette{"PaleSelectionDark",
                       {rgb(0x242424), rgb(0xffffff), rgb(0x1e1e1e), rgb(0x2a2a2a), rgb(0xffffff),
                        rgb(0x303030), rgb(0xffffff), rgb(0x99c1f1), rgb(0xffffff), rgb(0x78aeed),
                        rgb(0x303030), rgb(0xffffff), rgb(0x9a9a9a), rgb(0x777777)}}),
    [](const auto &info) { return std::string(info.param.name); });

} // namespace leerpad::appearance
