#pragma once

// Telling a screen-reader user what just appeared: the feedback after "Controleren", the
// self-test's score, a notice. Qt 6.4 has no announcement event, and its AT-SPI bridge
// drops QAccessible::Alert, so an Alert alone reaches no one on Linux. What Orca does
// speak is a *notification* (AT-SPI role "notification") that becomes showing. So a
// widget that says such things is marked as a live region once, and says them through
// announce(): its accessible role becomes Notification, and each announcement is a
// "showing" event that carries the text as the region's name (plus the Alert that the
// Windows and macOS bridges forward).

class QString;
class QWidget;

namespace leerpad::a11y {

// Makes `region` a notification for assistive technology. Call it in the widget's
// constructor, before anything asks for its accessible interface.
void markLiveRegion(QWidget *region);

// Has assistive technology read `text` now, as said by `region` (a live region).
void announce(QWidget *region, const QString &text);

} // namespace leerpad::a11y
