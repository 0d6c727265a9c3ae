#include "core/appearance/colorscheme.h"

namespace leerpad::appearance {

QString themeKey(ThemeId id)
{
    switch (id) {
    case ThemeId::Light:
        return QStringLiteral("light");
    case ThemeId::Dark:
        return QStringLiteral("dark");
    case ThemeId::HighContrast:
        return QStringLiteral("high-contrast");
    case ThemeId::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<ThemeId> themeFromKey(const QString &key)
{
    for (ThemeId id : kAllThemes) {
        if (themeKey(id) == key)
            return id;
    }
    return std::nullopt;
}

std::optional<PaletteColors> paletteTable(ThemeId id)
{
    // Chosen by eye, then held to contrastPairs() by the test; the seeds of the meaning
    // colours are in deriveScheme().
    switch (id) {
    case ThemeId::Light:
        return PaletteColors{rgb(0xf3f4f6), rgb(0x1b1f24), rgb(0xffffff), rgb(0xf0f2f5),
                             rgb(0x1b1f24), rgb(0xe6e8ec), rgb(0x1b1f24), rgb(0x1f5fbf),
                             rgb(0xffffff), rgb(0x0b57d0), rgb(0xfffbe6), rgb(0x1b1f24),
                             rgb(0x5f6670), rgb(0x8a9099)};
    case ThemeId::Dark:
        return PaletteColors{rgb(0x202327), rgb(0xe8eaed), rgb(0x17191c), rgb(0x25282d),
                             rgb(0xe8eaed), rgb(0x30343a), rgb(0xe8eaed), rgb(0x5b9bff),
                             rgb(0x0b0d10), rgb(0x8ab4f8), rgb(0x30343a), rgb(0xe8eaed),
                             rgb(0x9aa0a6), rgb(0x6b7078)};
    case ThemeId::HighContrast:
        // Black and white, a yellow selection and cyan links: the classic high-contrast
        // pairs, all far above 7:1.
        return PaletteColors{rgb(0x000000), rgb(0xffffff), rgb(0x000000), rgb(0x141414),
                             rgb(0xffffff), rgb(0x000000), rgb(0xffffff), rgb(0xffe500),
                             rgb(0x000000), rgb(0x5ce1ff), rgb(0x000000), rgb(0xffffff),
                             rgb(0xd0d0d0), rgb(0xa0a0a0)};
    case ThemeId::System:
        break;
    }
    return std::nullopt;
}

double textMinimum(ThemeId id)
{
    return id == ThemeId::HighContrast ? 7.0 : 4.5;
}

double graphicMinimum(ThemeId id)
{
    return id == ThemeId::HighContrast ? 7.0 : 3.0;
}

bool isDark(const PaletteColors &palette)
{
    return relativeLuminance(palette.window) < 0.18;
}

ColorScheme deriveScheme(const PaletteColors &p, ThemeId id)
{
    ColorScheme s;
    s.palette = p;
    s.dark = isDark(p);
    const double text = textMinimum(id);
    const double graphic = graphicMinimum(id);
    // A meaning colour is read on Base and on the panel it tints; reaching contrast moves
    // the tint too, so settle the pair together.
    const auto meaning = [&p, text](Rgb seed) {
        Rgb c = seed;
        for (int i = 0; i < 4; ++i)
            c = reachContrast(c, {p.base, p.window, mix(c, p.base, kMeaningTint)}, text);
        return c;
    };
    s.success = meaning(s.dark ? rgb(0x6bd38a) : rgb(0x1a7f37));
    s.failure = meaning(s.dark ? rgb(0xff8a80) : rgb(0xc62828));
    s.warning = meaning(s.dark ? rgb(0xffc857) : rgb(0x9a5b00));
    s.muted =
        reachContrast(mix(p.text, p.base, 2.0 / 3.0), {p.base, p.window, p.alternateBase}, text);
    s.accent = reachContrast(p.link, {p.base, p.window}, text);
    s.focusRing = reachContrast(p.highlight, {p.window, p.base, p.button}, graphic);
    s.selection = reachContrast(p.highlight, {p.base}, graphic);
    // The fill moves, not the text: the text is the palette's HighlightedText.
    s.primaryText = p.highlightedText;
    s.primaryFill = p.highlight;
    const Rgb away =
        relativeLuminance(p.highlightedText) > 0.18 ? Rgb{0, 0, 0} : Rgb{255, 255, 255};
    for (int step = 1; step <= 20 && contrastRatio(s.primaryText, s.primaryFill) < text; ++step)
        s.primaryFill = mix(away, p.highlight, step / 20.0);
    static constexpr std::array<int, kSpeakerCount> hues = {210, 15, 140, 280, 45};
    for (std::size_t i = 0; i < hues.size(); ++i) {
        const Rgb seed = s.dark ? fromHsl(hues[i], 0.67, 0.69) : fromHsl(hues[i], 0.78, 0.31);
        s.speakers[i] = reachContrast(seed, {p.base}, text);
    }
    return s;
}

std::vector<ContrastPair> paletteContrastPairs(const ColorScheme &s, ThemeId id)
{
    const PaletteColors &p = s.palette;
    const double text = textMinimum(id);
    return {
        {"window text on the window", p.windowText, p.window, text},
        {"page text on the page", p.text, p.base, text},
        {"text on alternate rows", p.text, p.alternateBase, text},
        {"button text on a button", p.buttonText, p.button, text},
        {"selected text on the selection", p.highlightedText, p.highlight, text},
        {"a link on the page", p.link, p.base, text},
        {"tooltip text on a tooltip", p.toolTipText, p.toolTipBase, text},
        {"placeholder text in a field", p.placeholderText, p.base, text},
        {"the current cue's text on its highlight", p.text, mix(p.highlight, p.base, kCueTint),
         text},
        {"notice text on an information notice", p.windowText,
         mix(p.highlight, p.window, kMeaningTint), text},
        {"a visited page's icon on the contents", p.highlight, p.base, graphicMinimum(id)},
    };
}

std::vector<ContrastPair> derivedContrastPairs(const ColorScheme &s, ThemeId id)
{
    const PaletteColors &p = s.palette;
    const double text = textMinimum(id);
    const double graphic = graphicMinimum(id);
    std::vector<ContrastPair> pairs = {
        {"success text on the page", s.success, p.base, text},
        {"success text on its feedback panel", s.success, mix(s.success, p.base, kMeaningTint),
         text},
        {"failure text on the page", s.failure, p.base, text},
        {"failure text on its feedback panel", s.failure, mix(s.failure, p.base, kMeaningTint),
         text},
        {"warning text on the page", s.warning, p.base, text},
        {"warning icon on the window", s.warning, p.window, graphic},
        {"notice text on a warning notice", p.windowText, mix(s.warning, p.window, kMeaningTint),
         text},
        {"secondary text on the page", s.muted, p.base, text},
        {"secondary text on the window", s.muted, p.window, text},
        {"a small heading on the page", s.accent, p.base, text},
        {"the focus ring on the window", s.focusRing, p.window, graphic},
        {"the focus ring on the page", s.focusRing, p.base, graphic},
        {"the focus ring on a button", s.focusRing, p.button, graphic},
        {"a chosen answer's border on the page", s.selection, p.base, graphic},
        {"the primary button's text on its fill", s.primaryText, s.primaryFill, text},
        {"a page-state icon (not visited) on the contents", s.muted, p.base, graphic},
    };
    for (const Rgb &speaker : s.speakers)
        pairs.push_back({"a speaker's name in a transcript", speaker, p.base, text});
    return pairs;
}

} // namespace leerpad::appearance
