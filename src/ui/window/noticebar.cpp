#include "ui/window/noticebar.h"

#include "ui/a11y/announcement.h"
#include "ui/style/icons.h"
#include "ui/style/theme.h"
#include "ui/style/themepalette.h"

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
    // A warning cannot be dismissed: it is true until saving works again.
    m_close->setVisible(!warning);
    // Tinted with the theme's warning or highlight colour, again after a theme switch.
    theme::followPalette(this, "leerpadNotice", [this, warning] {
        const QPalette inherited = theme::inheritedPalette(this);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        // Drawn, not read from an image file (see playerstyle.h).
        m_icon->setPixmap(icons::icon(warning ? icons::Glyph::Warning : icons::Glyph::Info, inherited)
                              .pixmap(size, size));
        const QColor tint = warning ? theme::warning(inherited) : inherited.color(QPalette::Highlight);
        QPalette p; // only Window: the other roles keep following the theme
        p.setColor(QPalette::Window,
                   theme::toColor(appearance::mix(theme::toRgb(tint), theme::toRgb(inherited.color(QPalette::Window)),
                                                  appearance::kMeaningTint)));
        setPalette(p);
    });
}

} // namespace leerpad
