#pragma once

// The platform's own style, with the few standard icons the first window needs drawn
// by code (icons.h) instead of read from image files. Reading any image file makes Qt
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
};

} // namespace leerpad
