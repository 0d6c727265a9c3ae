#include "ui/selftest/selftestoverview.h"

#include <QGridLayout>
#include <QStyle>
#include <QToolButton>

namespace leerpad {

namespace {

constexpr int kPerRow = 10;

} // namespace

SelfTestOverview::SelfTestOverview(QWidget *parent)
    : QWidget(parent), m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(6);
    m_layout->setVerticalSpacing(6);
    setAccessibleName(tr("Overzicht van de vragen"));
}

void SelfTestOverview::setCount(int count)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_states.clear();
    m_current = -1;
    for (int i = 0; i < count; ++i) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("overviewButton%1").arg(i + 1));
        b->setProperty("overview", true);
        b->setFocusPolicy(Qt::StrongFocus);
        b->setAutoRaise(false);
        m_layout->addWidget(b, i / kPerRow, i % kPerRow);
        connect(b, &QToolButton::clicked, this, [this, i] { emit jumpRequested(i); });
        m_buttons.append(b);
        m_states.append(State::Unanswered);
        refresh(i);
    }
    m_layout->setColumnStretch(kPerRow, 1);
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
    QToolButton *b = m_buttons.value(index);
    if (!b)
        return;
    const int number = index + 1;
    QString text = QString::number(number);
    QString mark;
    QString stateWords;
    switch (m_states[index]) {
    case State::Unanswered:
        mark = QStringLiteral("open");
        stateWords = tr("nog niet beantwoord");
        break;
    case State::Answered:
        mark = QStringLiteral("answered");
        stateWords = tr("beantwoord");
        break;
    case State::Correct:
        mark = QStringLiteral("correct");
        text += QStringLiteral(" ✓");
        stateWords = tr("goed");
        break;
    case State::Incorrect:
        mark = QStringLiteral("wrong");
        text += QStringLiteral(" ✗");
        stateWords = tr("fout");
        break;
    case State::Missed:
        mark = QStringLiteral("missed");
        text += QStringLiteral(" –");
        stateWords = tr("niet beantwoord");
        break;
    }
    const bool current = index == m_current;
    b->setText(text);
    b->setProperty("mark", mark);
    b->setProperty("current", current);
    const QString name = current ? tr("Vraag %1, %2, huidige vraag").arg(number).arg(stateWords)
                                 : tr("Vraag %1, %2").arg(number).arg(stateWords);
    b->setAccessibleName(name);
    b->setToolTip(name);
    b->style()->unpolish(b);
    b->style()->polish(b);
}

} // namespace leerpad
