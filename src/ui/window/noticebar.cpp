#include "ui/window/noticebar.h"

#include "ui/a11y/announcement.h"
#include "ui/style/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace leerpad {

NoticeBar::NoticeBar(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setAutoFillBackground(true);
    a11y::markLiveRegion(this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Melding sluiten"));
    m_close->setAccessibleName(tr("Melding sluiten"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, [this] {
        m_notice.clear();
        refresh();
    });
    hide();
}

void NoticeBar::showNotice(const QString &text)
{
    m_notice = text;
    refresh();
}

void NoticeBar::setWarning(const QString &text)
{
    m_warning = text;
    refresh();
}

QString NoticeBar::text() const
{
    return m_label->text();
}

void NoticeBar::refresh()
{
    const bool warning = !m_warning.isEmpty();
    const QString text = warning ? m_warning : m_notice;
    if (text.isEmpty()) {
        hide();
        return;
    }
    m_label->setText(text);
    // Said before it shows, so that the "showing" event carries it; a bar already in view
    // says the new text at once (announcement.h).
    a11y::announce(this, (warning ? tr("Waarschuwing: %1") : tr("Melding: %1")).arg(text));
    setAccessibleDescription(QString());
    show();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    // Drawn, not read from an image file (see playerstyle.h).
    m_icon->setPixmap(icons::icon(warning ? icons::Glyph::Warning : icons::Glyph::Info, palette())
                          .pixmap(size, size));
    // A warning cannot be dismissed: it is true until saving works again.
    m_close->setVisible(!warning);
    QPalette p = palette();
    const QColor base = palette().color(QPalette::Window);
    const QColor tint = warning ? QColor(0xE0, 0x8A, 0x00) : palette().color(QPalette::Highlight);
    p.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.82 + tint.redF() * 0.18,
                                                  base.greenF() * 0.82 + tint.greenF() * 0.18,
                                                  base.blueF() * 0.82 + tint.blueF() * 0.18));
    setPalette(p);
}

} // namespace leerpad
