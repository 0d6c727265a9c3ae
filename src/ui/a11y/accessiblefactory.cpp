#include "ui/a11y/accessiblefactory.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QScrollArea>

namespace leerpad::a11y {

namespace {

// Called for every object that gets an interface, most derived class name first; null
// lets Qt's own factories answer.
QAccessibleInterface *leerpadFactory(const QString &, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    if (widget->property(kLiveRegionProperty).toBool())
        return new QAccessibleWidget(widget, QAccessible::Notification);
    // QScrollArea only: item views and text edits are scroll areas too, with interfaces
    // of their own (rows, text) that are not affected.
    if (qobject_cast<QScrollArea *>(widget))
        return new QAccessibleWidget(widget, QAccessible::Client);
    return nullptr;
}

} // namespace

void installAccessibleFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(leerpadFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace leerpad::a11y
