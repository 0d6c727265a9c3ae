#include "ui/page/glossarypopup.h"

#include "core/model/course.h"
#include "ui/style/theme.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace leerpad {

GlossaryPopup::GlossaryPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup), m_term(new QLabel(this)), m_definition(new QLabel(this))
{
    setAttribute(Qt::WA_WindowPropagation); // zoomed page font and palette reach the popup
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_TranslucentBackground); // rounded corners; paintEvent fills

    m_term->setTextFormat(Qt::PlainText);
    m_term->setFont(theme::scaled(font(), 1.1, QFont::Bold));
    m_definition->setTextFormat(Qt::PlainText);
    m_definition->setWordWrap(true);
    // Focusable, so a screen reader reads the definition when the popup opens.
    m_definition->setFocusPolicy(Qt::StrongFocus);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *all = new QPushButton(tr("Alle begrippen…"), this);
    all->setFlat(true);
    all->setAccessibleDescription(tr("Opent de begrippenlijst met alle begrippen van de cursus"));
    connect(all, &QPushButton::clicked, this, [this] {
        close();
        emit glossaryRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 14, 8);
    layout->setSpacing(6);
    layout->addWidget(m_term);
    layout->addWidget(m_definition);
    layout->addWidget(all, 0, Qt::AlignRight);
}

void GlossaryPopup::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    p.setPen(QPen(theme::tint(pal.color(QPalette::Text), pal, 0.3), 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    // An accent stripe on the left ties the popup to the marked term.
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Link));
    p.drawRoundedRect(QRectF(0.5, 0.5, 5, height() - 1), 3, 3);
}

void GlossaryPopup::setEntry(const GlossaryEntry &entry)
{
    m_term->setText(entry.term);
    theme::setInk(m_term, theme::Ink::Link);
    m_definition->setText(entry.definition);
    setAccessibleName(tr("Betekenis van %1").arg(entry.term));
    setAccessibleDescription(entry.definition);
    m_definition->setAccessibleName(tr("Betekenis van %1").arg(entry.term));
    // About 45 characters a line: a definition reads as a note, not as a page.
    m_definition->setFixedWidth(m_definition->fontMetrics().averageCharWidth() * 45);
    adjustSize();
}

void GlossaryPopup::showAt(const QRect &anchor)
{
    adjustSize();
    const QScreen *screen = QGuiApplication::screenAt(anchor.center());
    const QRect avail = screen ? screen->availableGeometry() : QRect(0, 0, 100000, 100000);
    QPoint pos(anchor.left(), anchor.bottom() + 4);
    if (pos.y() + height() > avail.bottom())
        pos.setY(anchor.top() - height() - 4);
    pos.setX(qBound(avail.left(), pos.x(), qMax(avail.left(), avail.right() - width())));
    move(pos);
    show();
    m_definition->setFocus(Qt::PopupFocusReason);
}

QString GlossaryPopup::term() const
{
    return m_term->text();
}

QString GlossaryPopup::definition() const
{
    return m_definition->text();
}

} // namespace leerpad
