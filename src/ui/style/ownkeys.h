#pragma once

// Some keys mean something to the focused control before they mean something to the
// window: Page Up on a dialogue's position slider seeks 15 s back, on the transcript it
// scrolls the transcript; only elsewhere does it turn the page. A window shortcut wins
// over the focused widget unless the widget claims the key when Qt asks first (the
// ShortcutOverride event); this lets a control claim its keys.

#include <QList>

class QWidget;

namespace leerpad {

// Keys without modifiers that `widget` handles itself while it has focus.
void keepOwnKeys(QWidget *widget, const QList<int> &keys);

// Page Up, Page Down, Home and End: what sliders and lists use to move.
QList<int> movementKeys();

} // namespace leerpad
