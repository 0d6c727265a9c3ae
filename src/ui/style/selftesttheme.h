#pragma once

#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace leerpad {

// Style sheet of the self-test screens, for SelfTestView and its children. Colours
// come from the palette (and theme.h's meaning colours), so dark schemes work. Font
// sizes derive from basePointSize, the view's own font: under a style sheet Qt does
// not pass a parent's font on to children reliably, so the sheet sets every size,
// and the view regenerates it when its font changes (zoom).
QString selfTestStyleSheet(const QPalette &palette, qreal basePointSize);

// A wrapping plain-text label named for the style sheet (course text is never markup).
QLabel *selfTestLabel(const QString &objectName, QWidget *parent, bool selectable = false);

} // namespace leerpad
