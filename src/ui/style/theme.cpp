#include "ui/style/theme.h"

#include <QLabel>
#include <QPushButton>
#include <QWidget>

#include <array>
#include <cmath>
#include <utility>

namespace leerpad::theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor success(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6b, 0xd3, 0x8a) : QColor(0x1a, 0x7f, 0x37);
}

QColor failure(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xc8, 0x57) : QColor(0x9a, 0x5b, 0x00);
}

QColor tint(const QColor &color, const QPalette &palette, qreal opacity)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [opacity](int a, int b) { return int(a * (1.0 - opacity) + b * opacity); };
    return QColor(mix(base.red(), color.red()), mix(base.green(), color.green()),
                  mix(base.blue(), color.blue()));
}

namespace {
double relativeLuminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    double la = relativeLuminance(a);
    double lb = relativeLuminance(b);
    if (la < lb)
        std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

QColor focusRing(const QPalette &palette)
{
    QColor ring = palette.color(QPalette::Highlight);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDark(palette);
    for (int i = 0; i < 20; ++i) {
        if (contrastRatio(ring, window) >= 3.0 && contrastRatio(ring, base) >= 3.0)
            break;
        ring = dark ? ring.lighter(112) : ring.darker(112);
    }
    return ring;
}

QColor accent(const QPalette &palette)
{
    return palette.color(QPalette::Link);
}

QColor muted(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // Two thirds of the way from Base to Text keeps contrast above 4.5:1 on both schemes.
    return QColor((base.red() + 2 * text.red()) / 3, (base.green() + 2 * text.green()) / 3,
                  (base.blue() + 2 * text.blue()) / 3);
}

QColor speaker(const QPalette &palette, int index)
{
    static constexpr std::array<int, 5> hues = {210, 15, 140, 280, 45};
    const int hue = hues[std::size_t(index) % hues.size()];
    return isDark(palette) ? QColor::fromHsl(hue, 170, 175) : QColor::fromHsl(hue, 200, 80);
}

QFont readingFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() < 11)
        f.setPointSizeF(11);
    return f;
}

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText, color);
    pal.setColor(QPalette::Text, color);
    widget->setPalette(pal);
}

QFont scaled(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setWeight(weight);
    return f;
}

namespace {
const char *const kScaleProperty = "leerpadFontScale";
const char *const kWeightProperty = "leerpadFontWeight";
} // namespace

void markScaled(QWidget *widget, qreal factor, QFont::Weight weight)
{
    widget->setProperty(kScaleProperty, factor);
    widget->setProperty(kWeightProperty, int(weight));
    const QFont base = widget->parentWidget() ? widget->parentWidget()->font() : widget->font();
    widget->setFont(scaled(base, factor, weight));
}

void applyScaledFonts(QWidget *root, const QFont &base)
{
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        const QVariant factor = w->property(kScaleProperty);
        if (factor.isValid())
            w->setFont(scaled(base, factor.toReal(), QFont::Weight(w->property(kWeightProperty).toInt())));
    }
}

QLabel *plainLabel(QWidget *parent, const QString &objectName, bool selectable)
{
    auto *label = new QLabel(parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

namespace {
const char *const kPrimaryProperty = "leerpadPrimary";
} // namespace

void markPrimary(QPushButton *button)
{
    button->setProperty(kPrimaryProperty, true);
    QFont f = button->font();
    f.setBold(true);
    button->setFont(f);
    button->setPalette(primaryPalette(button->palette()));
}

bool isPrimary(const QWidget *widget)
{
    return widget->property(kPrimaryProperty).toBool();
}

QPalette primaryPalette(const QPalette &palette)
{
    QPalette p = palette;
    const QColor accent = palette.color(QPalette::Highlight);
    // Filled areas carry HighlightedText; a darker fill keeps that readable (4.5:1).
    const QColor fill = isDark(palette) ? accent : accent.darker(135);
    p.setColor(QPalette::Button, fill);
    p.setColor(QPalette::ButtonText, palette.color(QPalette::HighlightedText));
    p.setColor(QPalette::Disabled, QPalette::Button, palette.color(QPalette::Disabled, QPalette::Button));
    p.setColor(QPalette::Disabled, QPalette::ButtonText,
               palette.color(QPalette::Disabled, QPalette::ButtonText));
    return p;
}

} // namespace leerpad::theme
