#include "ui/style/playerstyle.h"

#include "ui/style/icons.h"

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

} // namespace leerpad
