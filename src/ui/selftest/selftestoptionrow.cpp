#include "ui/selftest/selftestoptionrow.h"


#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace leerpad {

SelfTestOptionRow::SelfTestOptionRow(int number, const Option &option, bool multiple,
                                     QWidget *parent)
    : QFrame(parent), m_optionId(option.id)
{
    setObjectName(QStringLiteral("selfTestOption"));
    setCursor(Qt::PointingHandCursor);

    if (multiple)
        m_button = new QCheckBox(this);
    else
        m_button = new QRadioButton(this);
    m_button->setObjectName(QStringLiteral("optionButton"));
    // As tall as the number badge, so the indicator lines up with the first text line.
    m_button->setMinimumHeight(24);
    // The visible text sits in the wrapping label; screen readers get it from here.
    m_button->setAccessibleName(option.text);
    if (number <= 9)
        m_button->setAccessibleDescription(tr("Toets %1").arg(number));

    auto *badge = new QLabel(number <= 9 ? QString::number(number) : QString(), this);
    badge->setObjectName(QStringLiteral("optionNumber"));
    badge->setAlignment(Qt::AlignCenter);
    badge->setAccessibleName(QString());
    m_badge = badge;

    m_label = new QLabel(option.text, this);
    m_label->setObjectName(QStringLiteral("optionText"));
    m_label->setTextFormat(Qt::PlainText); // course text is data
    m_label->setWordWrap(true);
    m_label->setMinimumHeight(24);

    m_tag = new QLabel(this);
    m_tag->setObjectName(QStringLiteral("optionTag"));
    m_tag->setTextFormat(Qt::PlainText);
    m_tag->hide();

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_label);
    text->addWidget(m_tag);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(badge, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    connect(m_button, &QAbstractButton::toggled, this, &SelfTestOptionRow::updateChecked);
    connect(m_button, &QAbstractButton::clicked, this, &SelfTestOptionRow::toggledByUser);
    updateChecked();
}

QString SelfTestOptionRow::text() const
{
    return m_label->text();
}

void SelfTestOptionRow::mousePressEvent(QMouseEvent *event)
{
    // Accepting the press makes this row receive the release that completes the click.
    if (event->button() == Qt::LeftButton && m_button->isEnabled()) {
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void SelfTestOptionRow::mouseReleaseEvent(QMouseEvent *event)
{
    // The whole row is the click target, not just the small indicator.
    if (event->button() == Qt::LeftButton && m_button->isEnabled() && rect().contains(event->pos())) {
        if (!(m_button->isChecked() && qobject_cast<QRadioButton *>(m_button)))
            m_button->click();
        m_button->setFocus(Qt::MouseFocusReason);
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void SelfTestOptionRow::updateChecked()
{
    setProperty("checked", m_button->isChecked());
    // The badge's look depends on this row's property: repolish both.
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_badge)}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

void SelfTestOptionRow::setMark(const QString &mark, const QString &tag)
{
    setProperty("mark", mark);
    m_tag->setText(tag);
    m_tag->setProperty("mark", mark);
    m_tag->setVisible(!tag.isEmpty());
    m_button->setAccessibleDescription(tag);
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_tag)}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

void SelfTestOptionRow::setReview(bool chosen, bool correct)
{
    m_button->setChecked(chosen);
    m_button->setEnabled(false);
    setCursor(Qt::ArrowCursor);
    if (chosen && correct)
        setMark(QStringLiteral("correct"), tr("✓ Jouw antwoord – goed"));
    else if (chosen)
        setMark(QStringLiteral("wrong"), tr("✗ Jouw antwoord – fout"));
    else if (correct)
        setMark(QStringLiteral("missed"), tr("✓ Het juiste antwoord"));
    else
        setMark(QString(), QString());
}

} // namespace leerpad
