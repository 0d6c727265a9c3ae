#include "ui/style/card.h"

#include "ui/style/theme.h"

#include <QPainter>

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
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(1.25, 1.25, -1.25, -1.25), 8, 8);
    }
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
