#include "ui/style/playerstyle.h"

#include "ui/style/icons.h"
#include "ui/style/theme.h"

#include <QPainter>
#include <QStyleOption>
#include <QWidget>

namespace leerpad {

PlayerStyle::PlayerStyle() = default;

QIcon PlayerStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                const QWidget *widget) const
{
    const QPalette palette = widget ? widget->palette() : QPalette();
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
        return icons::icon(icons::Glyph::Next, palette);
    case SP_MessageBoxInformation:
        return icons::icon(icons::Glyph::Info, palette);
    case SP_MessageBoxWarning:
        return icons::icon(icons::Glyph::Warning, palette);
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

void PlayerStyle::drawFocusRing(QPainter *painter, const QRectF &rect, const QPalette &palette,
                                qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal w = theme::kFocusRingWidth;
    painter->setPen(QPen(theme::focusRing(palette), w));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(w / 2, w / 2, -w / 2, -w / 2), radius, radius);
    painter->restore();
}

void PlayerStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                QPainter *painter, const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        drawFocusRing(painter, option->rect, option->palette, 3);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void PlayerStyle::drawControl(ControlElement element, const QStyleOption *option,
                              QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Buttons: the base style only tints the frame; the ring goes on top, inside the
    // button so neighbours do not cut it off.
    if (element == CE_PushButton && (option->state & State_HasFocus) &&
        (option->state & State_KeyboardFocusChange))
        drawFocusRing(painter, QRectF(option->rect).adjusted(1, 1, -1, -1), option->palette);
}

} // namespace leerpad
