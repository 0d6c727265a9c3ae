#include "ui/style/theme.h"

#include "ui/style/themepalette.h"

#include <QApplication>
#include <QEvent>

#include <QLabel>
#include <QPushButton>
#include <QWidget>

#include <utility>

namespace leerpad::theme {

bool isDark(const QPalette &palette)
{
    return appearance::isDark(colorsOf(palette));
}

QColor success(const QPalette &palette)
{
    return toColor(schemeFor(palette).success);
}

QColor failure(const QPalette &palette)
{
    return toColor(schemeFor(palette).failure);
}

QColor warning(const QPalette &palette)
{
    return toColor(schemeFor(palette).warning);
}

QColor tint(const QColor &color, const QPalette &palette, qreal opacity)
{
    // The core's mix: the tint drawn is the one the contrast test checked.
    return toColor(appearance::mix(toRgb(color), toRgb(palette.color(QPalette::Base)), opacity));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    return appearance::contrastRatio(toRgb(a), toRgb(b));
}

QColor focusRing(const QPalette &palette)
{
    return toColor(schemeFor(palette).focusRing);
}

QColor accent(const QPalette &palette)
{
    return toColor(schemeFor(palette).accent);
}

QColor selection(const QPalette &palette)
{
    return toColor(schemeFor(palette).selection);
}

QColor muted(const QPalette &palette)
{
    return toColor(schemeFor(palette).muted);
}

QColor speaker(const QPalette &palette, int index)
{
    const auto &speakers = schemeFor(palette).speakers;
    return toColor(speakers[std::size_t(index) % speakers.size()]);
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
    // Only these two roles: a palette with every role set would stop following the
    // application's, and the widget would miss the next theme switch.
    QPalette pal;
    pal.setColor(QPalette::WindowText, color);
    pal.setColor(QPalette::Text, color);
    widget->setPalette(pal);
}

namespace {
// Calls its function on every palette change of the widget it is a child of.
class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *widget, const char *key, std::function<void()> apply)
        : QObject(widget), m_apply(std::move(apply))
    {
        setObjectName(QLatin1String(key));
        widget->installEventFilter(this);
    }
    void setApply(std::function<void()> apply) { m_apply = std::move(apply); }
    void run()
    {
        // apply() usually sets a palette, which sends another PaletteChange.
        if (m_running)
            return;
        m_running = true;
        m_apply();
        m_running = false;
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            run();
        return false;
    }

private:
    std::function<void()> m_apply;
    bool m_running = false;
};
} // namespace

void followPalette(QWidget *widget, const char *key, std::function<void()> apply)
{
    auto *follower = widget->findChild<PaletteFollower *>(QLatin1String(key), Qt::FindDirectChildrenOnly);
    if (follower)
        follower->setApply(std::move(apply));
    else
        follower = new PaletteFollower(widget, key, std::move(apply));
    follower->run();
}

QPalette inheritedPalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
}

void setInk(QWidget *widget, Ink ink)
{
    followPalette(widget, "leerpadInk", [widget, ink] {
        const QPalette base = inheritedPalette(widget);
        QColor color;
        switch (ink) {
        case Ink::Muted:
            color = muted(base);
            break;
        case Ink::Accent:
            color = accent(base);
            break;
        case Ink::Link:
            color = base.color(QPalette::Link);
            break;
        case Ink::Success:
            color = success(base);
            break;
        case Ink::Failure:
            color = failure(base);
            break;
        case Ink::Warning:
            color = warning(base);
            break;
        }
        setTextColor(widget, color);
    });
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
    followPalette(button, "leerpadPrimary",
                  [button] {
                      const QPalette primary = primaryPalette(inheritedPalette(button));
                      QPalette p; // only the two roles, as setTextColor()
                      for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
                          p.setColor(group, QPalette::Button, primary.color(group, QPalette::Button));
                          p.setColor(group, QPalette::ButtonText, primary.color(group, QPalette::ButtonText));
                      }
                      button->setPalette(p);
                  });
}

bool isPrimary(const QWidget *widget)
{
    return widget->property(kPrimaryProperty).toBool();
}

QPalette primaryPalette(const QPalette &palette)
{
    QPalette p = palette;
    const appearance::ColorScheme scheme = schemeFor(palette);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Button, toColor(scheme.primaryFill));
        p.setColor(group, QPalette::ButtonText, toColor(scheme.primaryText));
    }
    p.setColor(QPalette::Disabled, QPalette::Button, palette.color(QPalette::Disabled, QPalette::Button));
    p.setColor(QPalette::Disabled, QPalette::ButtonText,
               palette.color(QPalette::Disabled, QPalette::ButtonText));
    return p;
}

} // namespace leerpad::theme
