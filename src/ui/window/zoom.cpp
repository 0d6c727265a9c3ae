#include "ui/window/zoom.h"

#include <QSettings>

namespace leerpad {

namespace {
const QString kKey = QStringLiteral("view/pointSize");
// Bigger steps at bigger sizes, so each step looks about as large.
int stepAt(int points)
{
    return points >= 16 ? 2 : 1;
}
} // namespace

Zoom::Zoom(QObject *parent) : QObject(parent)
{
    m_pointSize = qBound(kMinimum, QSettings().value(kKey, kDefault).toInt(), kMaximum);
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
    setPointSize(kDefault);
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
