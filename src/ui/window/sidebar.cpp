#include "ui/window/sidebar.h"

#include "ui/style/focusring.h"
#include "ui/style/theme.h"
#include "ui/window/tocview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace leerpad {

Sidebar::Sidebar(QAbstractItemModel *toc, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_toc(new TocView)
{
    // As large as the contents below (at least 11 pt); the title a little heavier.
    const QFont reading = theme::readingFont(font());
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setFont(theme::scaled(reading, 1.05, QFont::Bold));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setFont(reading);
    theme::setInk(m_subtitle, theme::Ink::Muted);
    m_toc->setModel(toc);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addWidget(new FocusRing(m_toc, this), 1);
    setMinimumWidth(180);
}

void Sidebar::setCourseTitle(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

} // namespace leerpad
