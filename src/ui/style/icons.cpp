#include "ui/style/icons.h"

#include "ui/style/theme.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace leerpad::icons {

namespace {

struct Colors
{
    QColor fg;      // glyph colour
    QColor accent;  // meaning colour (success, failure, highlight)
    QColor onAccent; // drawn on top of a filled accent shape
};

// Everything is drawn in a 24×24 design grid and scaled to the requested rect.
void draw(QPainter &p, Glyph glyph, const Colors &c)
{
    p.setRenderHint(QPainter::Antialiasing);
    const auto pen = [](const QColor &color, qreal w) {
        QPen pen(color, w);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        return pen;
    };
    const QRectF disc(3, 3, 18, 18);
    switch (glyph) {
    case Glyph::NotVisited:
        p.setPen(pen(c.fg, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc.adjusted(1, 1, -1, -1));
        break;
    case Glyph::Visited: {
        p.setPen(pen(c.accent, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc.adjusted(1, 1, -1, -1));
        QPainterPath half;
        half.moveTo(12, 5.5);
        half.arcTo(disc.adjusted(2.5, 2.5, -2.5, -2.5), 90, 180);
        half.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(c.accent);
        p.drawPath(half);
        break;
    }
    case Glyph::Completed:
    case Glyph::Correct:
        p.setPen(Qt::NoPen);
        p.setBrush(c.accent);
        p.drawEllipse(disc);
        p.setPen(pen(c.onAccent, 2.4));
        p.drawPolyline(QPolygonF({{7.5, 12.5}, {10.5, 15.5}, {16.5, 8.5}}));
        break;
    case Glyph::Incorrect:
        p.setPen(Qt::NoPen);
        p.setBrush(c.accent);
        p.drawEllipse(disc);
        p.setPen(pen(c.onAccent, 2.4));
        p.drawLine(QPointF(8.5, 8.5), QPointF(15.5, 15.5));
        p.drawLine(QPointF(15.5, 8.5), QPointF(8.5, 15.5));
        break;
    case Glyph::Play:
        p.setPen(pen(c.fg, 1.5));
        p.setBrush(c.fg);
        p.drawPolygon(QPolygonF({{7, 4.5}, {19.5, 12}, {7, 19.5}}));
        break;
    case Glyph::Pause:
        p.setPen(Qt::NoPen);
        p.setBrush(c.fg);
        p.drawRoundedRect(QRectF(6, 4.5, 4.5, 15), 1, 1);
        p.drawRoundedRect(QRectF(13.5, 4.5, 4.5, 15), 1, 1);
        break;
    case Glyph::Replay: {
        p.setPen(pen(c.fg, 2.2));
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(5, 5, 14, 14), 100 * 16, 290 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(c.fg);
        p.drawPolygon(QPolygonF({{9.5, 1.5}, {14.5, 5.2}, {9.5, 8.8}}));
        break;
    }
    case Glyph::VolumeOn:
    case Glyph::VolumeOff: {
        p.setPen(Qt::NoPen);
        p.setBrush(c.fg);
        p.drawPolygon(QPolygonF({{3, 9}, {7, 9}, {12, 4.5}, {12, 19.5}, {7, 15}, {3, 15}}));
        p.setBrush(Qt::NoBrush);
        p.setPen(pen(c.fg, 1.8));
        if (glyph == Glyph::VolumeOn) {
            p.drawArc(QRectF(10, 8, 6, 8), -60 * 16, 120 * 16);
            p.drawArc(QRectF(9, 4.5, 11, 15), -60 * 16, 120 * 16);
        } else {
            p.drawLine(QPointF(15, 9), QPointF(21, 15));
            p.drawLine(QPointF(21, 9), QPointF(15, 15));
        }
        break;
    }
    case Glyph::Previous:
        p.setPen(pen(c.fg, 2.2));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({{15, 5}, {8, 12}, {15, 19}}));
        break;
    case Glyph::Next:
        p.setPen(pen(c.fg, 2.2));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({{9, 5}, {16, 12}, {9, 19}}));
        break;
    case Glyph::Info:
    case Glyph::Warning: {
        p.setPen(Qt::NoPen);
        p.setBrush(c.accent);
        if (glyph == Glyph::Info)
            p.drawEllipse(disc);
        else
            p.drawPolygon(QPolygonF({{12, 2.5}, {22, 20.5}, {2, 20.5}}));
        p.setPen(pen(c.onAccent, 2.2));
        const qreal top = glyph == Glyph::Info ? 11 : 9;
        const qreal dot = glyph == Glyph::Info ? 7.5 : 17;
        p.drawLine(QPointF(12, top), QPointF(12, glyph == Glyph::Info ? 16.5 : 13.5));
        p.drawPoint(QPointF(12, dot));
        break;
    }
    }
}

Colors colorsFor(Glyph glyph, const QPalette &palette, QIcon::Mode mode)
{
    const QPalette::ColorGroup group =
        mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
    Colors c;
    c.fg = palette.color(group, QPalette::ButtonText);
    c.onAccent = palette.color(QPalette::Base);
    switch (glyph) {
    case Glyph::NotVisited:
        c.fg = theme::muted(palette);
        break;
    case Glyph::Visited:
    case Glyph::Info:
        c.accent = palette.color(QPalette::Highlight);
        c.onAccent = palette.color(QPalette::HighlightedText);
        break;
    case Glyph::Completed:
    case Glyph::Correct:
        c.accent = theme::success(palette);
        break;
    case Glyph::Incorrect:
        c.accent = theme::failure(palette);
        break;
    case Glyph::Warning:
        c.accent = theme::warning(palette);
        break;
    default:
        break;
    }
    if (mode == QIcon::Disabled)
        c.accent = palette.color(QPalette::Disabled, QPalette::ButtonText);
    if (mode == QIcon::Selected) {
        // On the selection colour, Highlight-coloured shapes would vanish.
        const QColor on = palette.color(QPalette::HighlightedText);
        c.fg = on;
        if (glyph == Glyph::Visited || glyph == Glyph::Info) {
            c.accent = on;
            c.onAccent = palette.color(QPalette::Highlight);
        }
    }
    return c;
}

class GlyphEngine : public QIconEngine
{
public:
    GlyphEngine(Glyph glyph, const QPalette &palette) : m_glyph(glyph), m_palette(palette) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        draw(*painter, m_glyph, colorsFor(m_glyph, m_palette, mode));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph, m_palette); }

private:
    Glyph m_glyph;
    QPalette m_palette;
};

} // namespace

QIcon icon(Glyph glyph, const QPalette &palette)
{
    return QIcon(new GlyphEngine(glyph, palette));
}

QIcon pageState(PageState state, const QPalette &palette)
{
    switch (state) {
    case PageState::NotVisited:
        return icon(Glyph::NotVisited, palette);
    case PageState::Visited:
        return icon(Glyph::Visited, palette);
    case PageState::Completed:
        return icon(Glyph::Completed, palette);
    }
    return {};
}

} // namespace leerpad::icons
