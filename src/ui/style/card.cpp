#include "ui/style/card.h"

#include "ui/style/playerstyle.h"
#include "ui/style/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace leerpad {

Card::Card(QWidget *parent) : QFrame(parent)
{
    setContentsMargins(16, 14, 16, 14);
}

void Card::setColors(const QColor &fill, const QColor &border)
{
    m_fill = fill;
    m_border = border;
    update();
}

void Card::setStripe(const QColor &color)
{
    m_stripe = color;
    update();
}

void Card::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor fill = m_fill.isValid() ? m_fill : theme::tint(pal.color(QPalette::Text), pal, 0.035);
    const QColor border = m_border.isValid() ? m_border : theme::tint(pal.color(QPalette::Text), pal, 0.18);
    p.setPen(QPen(border, 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    if (m_stripe.isValid()) {
        p.save();
        QPainterPath clip;
        clip.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
        p.setClipPath(clip);
        p.fillRect(QRectF(0, 0, 6, height()), m_stripe);
        p.restore();
    }
    if (hasFocus())
        PlayerStyle::drawFocusRing(&p, QRectF(rect()), pal, 8);
}

void Card::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void Card::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

} // namespace leerpad
