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

void PlayerStyle::drawPrimaryPanel(QPainter *painter, const QStyleOption *option)
{
    const QColor fill = option->palette.color(QPalette::Button);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Pressed: a ring in the text colour inside the edge; the fill, and so the text's
    // contrast, stays as checked.
    const bool pressed = option->state & (State_Sunken | State_On);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(option->rect), 3, 3);
    if (pressed) {
        painter->setPen(QPen(option->palette.color(QPalette::ButtonText), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(2, 2, -2, -2), 2, 2);
    }
    painter->restore();
}

void PlayerStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                QPainter *painter, const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        drawFocusRing(painter, option->rect, option->palette, 3);
        return;
    }
    // The primary button is filled with exactly the colour the theme checked against its
    // text (4.5:1, 7:1 in Hoog contrast). Fusion would lighten and desaturate a dark
    // button colour for its gradient, which took white on blue down to 3.1:1.
    if (element == PE_PanelButtonCommand && widget && theme::isPrimary(widget) &&
        (option->state & State_Enabled)) {
        drawPrimaryPanel(painter, option);
        return;
    }
    if (element == PE_IndicatorRadioButton || element == PE_IndicatorCheckBox) {
        drawAnswerMark(painter, option, element == PE_IndicatorRadioButton);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void PlayerStyle::drawAnswerMark(QPainter *painter, const QStyleOption *option, bool round)
{
    // Fusion outlines these with the window colour darkened, which vanishes on a dark
    // or black background. Here the outline is secondary text (4.5:1 on Base, 7:1 in
    // Hoog contrast) and the checked state is the selection colour (1.4.11).
    const QPalette &palette = option->palette;
    const bool enabled = option->state & State_Enabled;
    const bool on = option->state & State_On;
    const QColor outline = enabled ? (on ? theme::selection(palette) : theme::muted(palette))
                                   : palette.color(QPalette::Disabled, QPalette::Text);
    const qreal side = qMin(option->rect.width(), option->rect.height()) - 2;
    const QRectF box(QPointF(option->rect.center()) - QPointF(side / 2, side / 2), QSizeF(side, side));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(outline, 1.5));
    painter->setBrush(palette.color(QPalette::Base));
    if (round)
        painter->drawEllipse(box);
    else
        painter->drawRoundedRect(box, 2, 2);
    if (on && round) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(outline);
        painter->drawEllipse(box.adjusted(side * 0.27, side * 0.27, -side * 0.27, -side * 0.27));
    } else if (on) { // a tick, as every checked box shows it
        painter->setPen(QPen(outline, qMax(1.5, side * 0.14), Qt::SolidLine, Qt::RoundCap,
                             Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        const auto at = [&box](qreal x, qreal y) {
            return QPointF(box.left() + x * box.width(), box.top() + y * box.height());
        };
        const QPointF tick[] = {at(0.24, 0.52), at(0.42, 0.70), at(0.76, 0.30)};
        painter->drawPolyline(tick, 3);
    }
    painter->restore();
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
