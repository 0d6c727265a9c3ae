#include "ui/window/navigationbar.h"

#include "ui/style/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace leerpad {

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent), m_previous(new QPushButton(tr("Vorige"), this)),
      m_next(new QPushButton(tr("Volgende"), this)), m_page(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_progressText(new QLabel(this))
{
    m_previous->setAccessibleName(tr("Vorige pagina"));
    m_previous->setToolTip(tr("Vorige pagina (Alt+Links)"));
    m_next->setAccessibleName(tr("Volgende pagina"));
    m_next->setToolTip(tr("Volgende pagina (Alt+Rechts)"));
    m_next->setLayoutDirection(Qt::RightToLeft); // icon after the text: "Volgende ›"
    for (QPushButton *b : {m_previous, m_next}) {
        b->setAutoDefault(false);
        b->setMinimumWidth(b->fontMetrics().averageCharWidth() * 14);
    }
    m_page->setTextFormat(Qt::PlainText);
    m_page->setAlignment(Qt::AlignCenter);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    // The percentage beside the bar, not painted on it: on the bar, the part of the
    // text the fill reaches is unreadable in some styles and palettes.
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(m_progress->fontMetrics().averageCharWidth() * 20);
    m_progress->setAccessibleName(tr("Voortgang in de module"));
    m_progressText->setTextFormat(Qt::PlainText);

    auto *middle = new QHBoxLayout;
    middle->setSpacing(16);
    middle->addStretch(1);
    middle->addWidget(m_page);
    middle->addWidget(m_progress, 1);
    middle->addWidget(m_progressText);
    middle->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_previous);
    layout->addLayout(middle, 1);
    layout->addWidget(m_next);

    connect(m_previous, &QPushButton::clicked, this, &NavigationBar::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &NavigationBar::nextRequested);
    updateIcons();
    setPage(-1, 0);
}

void NavigationBar::setPage(int index, int count)
{
    m_page->setText(count > 0 ? tr("Pagina %1 van %2").arg(index + 1).arg(count) : QString());
    m_page->setAccessibleName(m_page->text());
}

QString NavigationBar::pageText() const
{
    return m_page->text();
}

void NavigationBar::setProgress(int completed, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(completed);
    const int percent = total > 0 ? qRound(100.0 * completed / total) : 0;
    m_progress->setFormat(tr("%1% afgerond").arg(percent));
    m_progressText->setText(m_progress->format());
    m_progress->setAccessibleDescription(
        tr("%1 van %2 pagina's afgerond").arg(completed).arg(total));
}

void NavigationBar::setCanGoPrevious(bool can)
{
    m_previous->setEnabled(can);
}

void NavigationBar::setCanGoNext(bool can)
{
    m_next->setEnabled(can);
}

void NavigationBar::updateIcons()
{
    m_previous->setIcon(icons::icon(icons::Glyph::Previous, palette()));
    m_next->setIcon(icons::icon(icons::Glyph::Next, palette()));
}

void NavigationBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

} // namespace leerpad
