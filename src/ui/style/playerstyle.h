#pragma once

// The platform's own style, with two changes. Keyboard focus is a clear ring (2 px, at
// least 3:1 against the background; theme::focusRing()) instead of the faint 1 px tint
// most styles draw. And the few standard icons the first window needs are drawn by code
// (icons.h) instead of read from image files. Reading any image file makes Qt
// load every image-format plugin (GIF, ICO, JPEG, SVG and their libraries) to ask
// which one can read it; the menu bar asks for its overflow icon while it is built, so
// the plugins were loaded before the first page could be painted.

#include <QProxyStyle>

namespace leerpad {

class PlayerStyle : public QProxyStyle
{
    Q_OBJECT
public:
    PlayerStyle(); // wraps the platform's default style

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    // The ring around rect, as every focused control in the player shows it.
    static void drawFocusRing(QPainter *painter, const QRectF &rect, const QPalette &palette,
                              qreal radius = 4);

private:
    static void drawPrimaryPanel(QPainter *painter, const QStyleOption *option);
    static void drawAnswerMark(QPainter *painter, const QStyleOption *option, bool round);
};

} // namespace leerpad
