#include "ui/window/zoom.h"

#include <QGuiApplication>
#include <QFont>
#include <QSettings>

#include <cmath>

namespace leerpad {

namespace {
const QString kKey = QStringLiteral("view/pointSize");
// Bigger steps at bigger sizes, so each step looks about as large.
int stepAt(int points)
{
    return points >= 16 ? 2 : 1;
}
} // namespace

int Zoom::defaultFor(qreal desktopPointSize)
{
    // Page text is read at length, so it is a fifth larger than the desktop's menus.
    const int scaled = int(std::lround(desktopPointSize * 1.2));
    return qBound(kDefault, scaled, kMaximum);
}

int Zoom::desktopDefault()
{
    return defaultFor(QGuiApplication::font().pointSizeF());
}

Zoom::Zoom(QObject *parent) : QObject(parent)
{
    m_pointSize = qBound(kMinimum, QSettings().value(kKey, desktopDefault()).toInt(), kMaximum);
}

void Zoom::zoomIn()
{
    setPointSize(m_pointSize + stepAt(m_pointSize));
}

void Zoom::zoomOut()
{
    setPointSize(m_pointSize - stepAt(m_pointSize - 1));
}

void Zoom::reset()
{
    setPointSize(desktopDefault());
}

void Zoom::setPointSize(int points)
{
    points = qBound(kMinimum, points, kMaximum);
    if (points == m_pointSize)
        return;
    m_pointSize = points;
    QSettings().setValue(kKey, points);
    emit changed(points);
}

} // namespace leerpad
