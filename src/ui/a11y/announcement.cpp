#include "ui/a11y/announcement.h"

#include "ui/a11y/accessiblefactory.h"

#include <QAccessible>
#include <QString>
#include <QWidget>

namespace leerpad::a11y {

void markLiveRegion(QWidget *region)
{
    installAccessibleFactory();
    region->setProperty(kLiveRegionProperty, true);
}

void announce(QWidget *region, const QString &text)
{
    region->setAccessibleName(text);
    if (!region->isVisible())
        return; // said when it shows: Qt sends the "showing" event itself then
    QAccessibleEvent shown(region, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
    QAccessibleEvent alert(region, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace leerpad::a11y
