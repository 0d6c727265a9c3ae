#include "ui/style/focusring.h"

#include "ui/style/theme.h"

#include <QFocusEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace leerpad {

namespace {
constexpr int kWidth = 2;
}

FocusRing::FocusRing(QWidget *pane, QWidget *parent) : QWidget(parent), m_pane(pane)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kWidth, kWidth, kWidth, kWidth);
    layout->addWidget(pane);
    pane->installEventFilter(this);
    setFocusProxy(pane);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    if (!m_ring || !m_pane->hasFocus())
        return;
    QPainter p(this);
    p.setPen(Qt::NoPen);
    p.setBrush(theme::focusRing(palette()));
    const QRect r = rect();
    p.drawRect(QRect(r.left(), r.top(), r.width(), kWidth));
    p.drawRect(QRect(r.left(), r.bottom() - kWidth + 1, r.width(), kWidth));
    p.drawRect(QRect(r.left(), r.top(), kWidth, r.height()));
    p.drawRect(QRect(r.right() - kWidth + 1, r.top(), kWidth, r.height()));
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pane && event->type() == QEvent::FocusIn) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        m_ring = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
                 reason == Qt::ShortcutFocusReason;
        update();
    } else if (watched == m_pane && event->type() == QEvent::FocusOut) {
        update();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace leerpad
