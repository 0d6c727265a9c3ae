#include "ui/selftest/selftestoverview.h"

#include "ui/style/flowlayout.h"
#include "ui/style/theme.h"

#include <QPainter>
#include <QToolButton>

namespace leerpad {

namespace {

// A numbered button drawn from the palette: its state shows as fill, border and a
// symbol after the number (never colour alone); the current question has a heavy
// border, keyboard focus a ring in the warning colour.
class OverviewButton : public QToolButton
{
public:
    using QToolButton::QToolButton;
    SelfTestOverview::State state = SelfTestOverview::State::Unanswered;
    bool current = false;

    QSize sizeHint() const override
    {
        const QFontMetrics fm(font());
        return {qMax(fm.horizontalAdvance(QStringLiteral("10 ✓")) + 12, fm.height() * 2 + 4),
                fm.height() + 14};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        using State = SelfTestOverview::State;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const QColor text = pal.color(QPalette::Text);
        QColor fill = pal.color(QPalette::Base);
        QColor border = theme::tint(text, pal, 0.45);
        QColor ink = text;
        Qt::PenStyle style = Qt::SolidLine;
        switch (state) {
        case State::Unanswered:
            break;
        case State::Answered: {
            const QPalette primary = theme::primaryPalette(pal);
            fill = border = primary.color(QPalette::Button);
            ink = primary.color(QPalette::ButtonText);
            break;
        }
        case State::Correct:
            ink = border = theme::success(pal);
            fill = theme::tint(border, pal, 0.12);
            break;
        case State::Incorrect:
            ink = border = theme::failure(pal);
            fill = theme::tint(border, pal, 0.10);
            break;
        case State::Missed:
            ink = border = theme::muted(pal);
            fill = theme::tint(border, pal, 0.12);
            style = Qt::DashLine;
            break;
        }
        if (underMouse() && state == State::Unanswered)
            border = pal.color(QPalette::Highlight);
        qreal width = current ? 3.0 : 1.0;
        if (current)
            border = theme::isDark(pal) ? pal.color(QPalette::Highlight).lighter(130)
                                        : pal.color(QPalette::Highlight).darker(140);
        if (hasFocus()) {
            border = theme::warning(pal);
            width = 3.0;
        }
        p.setPen(QPen(border, width, style));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2), 6, 6);
        QFont f = font();
        f.setBold(current);
        p.setFont(f);
        p.setPen(ink);
        p.drawText(rect(), Qt::AlignCenter, QToolButton::text());
    }
};

} // namespace

SelfTestOverview::SelfTestOverview(QWidget *parent)
    : QWidget(parent), m_layout(new FlowLayout(this, 6))
{
    setAccessibleName(tr("Overzicht van de vragen"));
}

void SelfTestOverview::setCount(int count)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_states.clear();
    m_current = -1;
    for (int i = 0; i < count; ++i) {
        auto *b = new OverviewButton(this);
        b->setObjectName(QStringLiteral("overviewButton%1").arg(i + 1));
        b->setFocusPolicy(Qt::StrongFocus);
        b->setAutoRaise(false);
        m_layout->addWidget(b);
        // A layout shows new children of a visible widget only later (queued); a click
        // or keyboard focus must be able to reach the button right away.
        b->show();
        connect(b, &QToolButton::clicked, this, [this, i] { emit jumpRequested(i); });
        m_buttons.append(b);
        m_states.append(State::Unanswered);
        refresh(i);
    }
}

void SelfTestOverview::setState(int index, State state)
{
    if (index < 0 || index >= m_states.size() || m_states[index] == state)
        return;
    m_states[index] = state;
    refresh(index);
}

SelfTestOverview::State SelfTestOverview::state(int index) const
{
    return m_states.value(index, State::Unanswered);
}

void SelfTestOverview::setCurrent(int index)
{
    const int previous = m_current;
    m_current = index;
    if (previous >= 0)
        refresh(previous);
    if (index >= 0)
        refresh(index);
}

void SelfTestOverview::refresh(int index)
{
    auto *b = static_cast<OverviewButton *>(m_buttons.value(index));
    if (!b)
        return;
    const int number = index + 1;
    QString text = QString::number(number);
    QString stateWords;
    switch (m_states[index]) {
    case State::Unanswered:
        stateWords = tr("nog niet beantwoord");
        break;
    case State::Answered:
        text += QStringLiteral(" •");
        stateWords = tr("beantwoord");
        break;
    case State::Correct:
        text += QStringLiteral(" ✓");
        stateWords = tr("goed");
        break;
    case State::Incorrect:
        text += QStringLiteral(" ✗");
        stateWords = tr("fout");
        break;
    case State::Missed:
        text += QStringLiteral(" –");
        stateWords = tr("niet beantwoord");
        break;
    }
    const bool current = index == m_current;
    b->setText(text);
    b->state = m_states[index];
    b->current = current;
    const QString name = current ? tr("Vraag %1, %2, huidige vraag").arg(number).arg(stateWords)
                                 : tr("Vraag %1, %2").arg(number).arg(stateWords);
    b->setAccessibleName(name);
    b->setToolTip(name);
    b->update();
}

} // namespace leerpad
