#include "ui/window/loaderrorview.h"

#include "ui/style/theme.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace leerpad {

LoadErrorView::LoadErrorView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(tr("Deze cursus kan niet worden geopend."), this)),
      m_details(new QPlainTextEdit(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setFont(theme::scaled(theme::readingFont(font()), 1.3, QFont::DemiBold));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Meldingen bij het openen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_details, 1);
}

void LoadErrorView::showDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toLocalizedString();
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace leerpad
