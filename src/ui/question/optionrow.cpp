#include "ui/question/optionrow.h"

#include "ui/style/icons.h"
#include "ui/style/playerstyle.h"
#include "ui/style/theme.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QRadioButton>

#include <algorithm>

namespace leerpad {

OptionRow::OptionRow(int number, const Option &option, bool multiple, QWidget *parent)
    : QFrame(parent), m_optionId(option.id), m_number(new QLabel(this)),
      m_text(new QLabel(option.text, this)), m_markIcon(new QLabel(this)),
      m_markText(new QLabel(this))
{
    const QString &text = option.text;
    if (multiple)
        m_button = new QCheckBox(this);
    else
        m_button = new QRadioButton(this);
    m_button->setObjectName(QStringLiteral("optionButton"));
    m_text->setObjectName(QStringLiteral("optionText"));
    m_markText->setObjectName(QStringLiteral("optionMark"));
    m_button->setAccessibleName(text);
    m_description = number <= 9 ? tr("Antwoord %1, toets %1 kiest dit antwoord").arg(number)
                                : tr("Antwoord %1").arg(number);
    m_button->setAccessibleDescription(m_description);
    m_button->installEventFilter(this);
    connect(m_button, &QAbstractButton::toggled, this, [this] { update(); });

    m_number->setText(QString::number(number));
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setToolTip(tr("Toets %1").arg(number));
    m_number->setVisible(number <= 9);
    m_number->setAccessibleName(QString()); // the button already says it

    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setBuddy(m_button);
    QSizePolicy textPolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    textPolicy.setHeightForWidth(true); // what word wrap needs; a fresh policy drops it
    m_text->setSizePolicy(textPolicy);

    m_markText->setTextFormat(Qt::PlainText);
    m_markText->setWordWrap(true);
    m_markIcon->hide();
    m_markText->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 9, 12, 9);
    layout->setSpacing(10);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_number, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_markIcon, 0, Qt::AlignTop);
    layout->addWidget(m_markText, 0, Qt::AlignTop);
    setCursor(Qt::PointingHandCursor);
    changeEvent(nullptr);
}

QString OptionRow::text() const
{
    return m_text->text();
}

bool OptionRow::isChecked() const
{
    return m_button->isChecked();
}

void OptionRow::setLocked(bool locked)
{
    m_locked = locked;
    // Only the indicator greys out; the answer text stays fully readable.
    m_button->setEnabled(!locked);
    setCursor(locked ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

void OptionRow::setMark(Mark mark)
{
    m_mark = mark;
    updateMark();
    update();
}

QString OptionRow::markText() const
{
    return m_markText->isHidden() ? QString() : m_markText->text();
}

void OptionRow::updateMark()
{
    const QPalette pal = palette();
    const int size = fontMetrics().height();
    switch (m_mark) {
    case Mark::None:
        m_markIcon->hide();
        m_markText->hide();
        m_button->setAccessibleDescription(m_description);
        return;
    case Mark::Correct:
        m_markIcon->setPixmap(icons::icon(icons::Glyph::Correct, pal).pixmap(size, size));
        m_markText->setText(tr("Goed"));
        break;
    case Mark::Incorrect:
        m_markIcon->setPixmap(icons::icon(icons::Glyph::Incorrect, pal).pixmap(size, size));
        m_markText->setText(tr("Fout"));
        break;
    case Mark::Missed:
        m_markIcon->setPixmap(icons::icon(icons::Glyph::Correct, pal).pixmap(size, size));
        m_markText->setText(tr("Het juiste antwoord"));
        break;
    }
    theme::setInk(m_markText, m_mark == Mark::Incorrect ? theme::Ink::Failure : theme::Ink::Success);
    QFont f = font();
    f.setWeight(QFont::Bold);
    m_markText->setFont(f);
    m_markIcon->show();
    m_markText->show();
    m_button->setAccessibleDescription(m_markText->text() + QStringLiteral(". ") + m_description);
}

void OptionRow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Highlight);
    QColor border = theme::tint(text, pal, m_hover && !m_locked ? 0.45 : 0.22);
    QColor fill = pal.color(QPalette::Base);
    qreal width = 1;
    if (m_button->isChecked()) {
        border = highlight;
        fill = theme::tint(highlight, pal, 0.08);
        width = 1.5;
    }
    if (m_mark != Mark::None) {
        const QColor c = m_mark == Mark::Incorrect ? theme::failure(pal) : theme::success(pal);
        border = c;
        // The right answer the learner did not choose: outlined, not filled.
        fill = m_mark == Mark::Missed ? pal.color(QPalette::Base) : theme::tint(c, pal, 0.10);
        width = m_mark == Mark::Missed ? 2.0 : 1.5;
    }
    p.setPen(QPen(border, width));
    p.setBrush(fill);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    p.drawRoundedRect(box, 6, 6);
    if (m_number->isVisible()) {
        // A key cap around the number: "press 1", not "answer one of a list".
        p.setPen(QPen(theme::tint(text, pal, 0.35), 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(QRectF(m_number->geometry()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }
    if (m_button->hasFocus()) // the ring goes around the whole answer, not the small circle
        PlayerStyle::drawFocusRing(&p, QRectF(rect()), pal, 7);
}

void OptionRow::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_locked && rect().contains(event->position().toPoint())) {
        m_button->click();
        m_button->setFocus(Qt::MouseFocusReason);
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void OptionRow::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    update();
    QFrame::enterEvent(event);
}

void OptionRow::leaveEvent(QEvent *event)
{
    m_hover = false;
    update();
    QFrame::leaveEvent(event);
}

bool OptionRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_button && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        update();
    return QFrame::eventFilter(watched, event);
}

void OptionRow::changeEvent(QEvent *event)
{
    if (event)
        QFrame::changeEvent(event);
    if (event && event->type() != QEvent::PaletteChange && event->type() != QEvent::FontChange)
        return;
    // The number badge: muted, in a fixed-width column so the answers line up.
    theme::setInk(m_number, theme::Ink::Muted);
    if (event && event->type() == QEvent::PaletteChange)
        updateMark(); // its icon is drawn in the palette's colours
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    m_number->setFont(small);
    const QFontMetrics fm(small);
    // The circle (or box) and the badge are as tall as the answer's first line, so
    // that, top-aligned, their middles sit on that line's middle.
    const int line = QFontMetrics(m_text->font()).lineSpacing();
    m_number->setFixedSize(fm.horizontalAdvance(QStringLiteral("9")) + 12, std::max(line, fm.height() + 4));
    m_button->setFixedHeight(std::max(line, m_button->sizeHint().height()));
    updateMark();
}

} // namespace leerpad
