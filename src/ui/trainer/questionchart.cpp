#include "ui/trainer/questionchart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace leerpad {

namespace {

constexpr int kMargin = 8;

} // namespace

QuestionChart::QuestionChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Goed per vraag"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void QuestionChart::setReport(const xapi::ClassReport &report)
{
    QHash<QString, xapi::QuestionStat> stats;
    for (const xapi::QuestionStat &s : report.questions)
        stats.insert(s.questionId, s);
    m_bars.clear();
    for (const QString &id : report.questionIds) {
        const xapi::QuestionStat s = stats.value(id);
        m_bars << Bar{id, s.wrong, s.answered};
    }
    setAccessibleDescription(summary());
    setVisible(!m_bars.isEmpty());
    update();
}

QString QuestionChart::summary() const
{
    QStringList parts;
    for (int i = 0; i < m_bars.size(); ++i)
        parts << tr("Vraag %1: %2 van %3 goed")
                     .arg(i + 1)
                     .arg(m_bars.at(i).answered - m_bars.at(i).wrong)
                     .arg(m_bars.at(i).answered);
    return parts.join(QStringLiteral("; "));
}

QSize QuestionChart::sizeHint() const
{
    return {600, fontMetrics().height() * 2 + 100};
}

QSize QuestionChart::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 2 + 60};
}

QRectF QuestionChart::barRect(int index) const
{
    const int line = fontMetrics().height();
    const QRectF area(kMargin, kMargin + line, width() - 2 * kMargin,
                      height() - 2 * kMargin - 2 * line);
    const qreal slot = area.width() / qMax<qsizetype>(1, m_bars.size());
    const Bar &b = m_bars.at(index);
    const qreal share = b.answered > 0 ? qreal(b.answered - b.wrong) / b.answered : 0.0;
    const qreal h = qMax<qreal>(1.0, area.height() * share);
    return {area.left() + index * slot + slot * 0.2, area.bottom() - h, slot * 0.6, h};
}

void QuestionChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    // The ✓ colour of the grid: the bars show how often a question went right, so the
    // short ones are the questions to take up again.
    const QColor bar(0x1b, 0x6e, 0x2d);
    const int line = fontMetrics().height();
    for (int i = 0; i < m_bars.size(); ++i) {
        const QRectF r = barRect(i);
        p.fillRect(r, bar);
        p.setPen(text);
        const Bar &b = m_bars.at(i);
        p.drawText(QRectF(r.left() - r.width() * 0.3, r.top() - line, r.width() * 1.6, line),
                   Qt::AlignCenter,
                   QStringLiteral("%1/%2").arg(b.answered - b.wrong).arg(b.answered));
        p.drawText(
            QRectF(r.left() - r.width() * 0.3, height() - kMargin - line, r.width() * 1.6, line),
            Qt::AlignCenter, QString::number(i + 1));
    }
}

bool QuestionChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_bars.size(); ++i) {
            const QRectF r = barRect(i);
            if (help->pos().x() >= r.left() - r.width() * 0.3 &&
                help->pos().x() <= r.right() + r.width() * 0.3) {
                QToolTip::showText(help->globalPos(),
                                   tr("Vraag %1 (%2): %3 van %4 goed")
                                       .arg(i + 1)
                                       .arg(m_bars.at(i).questionId)
                                       .arg(m_bars.at(i).answered - m_bars.at(i).wrong)
                                       .arg(m_bars.at(i).answered),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace leerpad
