#include "ui/window/loaderrorview.h"

#include "ui/style/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace leerpad {

LoadErrorView::LoadErrorView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(tr("Deze cursus kan niet worden geopend."), this)),
      m_advice(new QLabel(this)), m_open(new QPushButton(tr("&Openen…"), this)),
      m_toggle(new QToolButton(this)), m_details(new QPlainTextEdit(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setFont(theme::scaled(theme::readingFont(font()), 1.3, QFont::DemiBold));
    // What a learner can do about it; the file's problems are for whoever made it.
    m_advice->setText(tr("Het cursusbestand ontbreekt of bevat fouten. Open een andere cursus, "
                         "of vraag je trainer om een versie die werkt."));
    m_advice->setTextFormat(Qt::PlainText);
    m_advice->setWordWrap(true);
    m_open->setToolTip(tr("Een cursusbestand of cursusmap openen"));
    connect(m_open, &QPushButton::clicked, this, &LoadErrorView::openRequested);

    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    connect(m_toggle, &QToolButton::toggled, this, &LoadErrorView::setDetailsShown);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Meldingen bij het openen"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_advice);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 1);
    layout->addStretch(0);
    setDetailsShown(false);
}

void LoadErrorView::setDetailsShown(bool shown)
{
    m_toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setText(shown ? tr("Details verbergen") : tr("Details voor de maker van de cursus"));
    m_details->setVisible(shown);
}

void LoadErrorView::showDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toLocalizedString();
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_toggle->setChecked(false);
    setDetailsShown(false);
}

} // namespace leerpad
