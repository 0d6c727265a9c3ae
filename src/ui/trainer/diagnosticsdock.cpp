#include "ui/trainer/diagnosticsdock.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace leerpad {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
}

DiagnosticsDock::DiagnosticsDock(QWidget *parent)
    : QDockWidget(tr("Meldingen"), parent), m_summary(new QLabel), m_list(new QListWidget)
{
    setObjectName(QStringLiteral("diagnosticsDock"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list->setAccessibleName(tr("Fouten en waarschuwingen in het cursusbestand"));
    m_list->setWordWrap(true);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setWidget(body);
    connect(m_list, &QListWidget::itemActivated, this, &DiagnosticsDock::onActivated);
    setDiagnostics({});
}

void DiagnosticsDock::setDiagnostics(const Diagnostics &diagnostics, bool stale)
{
    m_diagnostics = diagnostics;
    m_list->clear();
    const int errors = countErrors(diagnostics);
    const int warnings = int(diagnostics.size()) - errors;
    // An empty list would still ask for its default height (half a small window): the
    // panel shrinks to one line saying all is well.
    m_list->setVisible(!diagnostics.isEmpty());
    QString summary = diagnostics.isEmpty()
                          ? tr("Geen meldingen: het cursusbestand is in orde.")
                          : tr("%n fout(en)", nullptr, errors) + QStringLiteral(", ") +
                                tr("%n waarschuwing(en)", nullptr, warnings);
    if (stale)
        summary += QLatin1Char('\n') +
                   tr("De nieuwe versie van het bestand bevat fouten; de laatste goede versie "
                      "blijft zichtbaar.");
    m_summary->setText(summary);
    for (int i = 0; i < int(diagnostics.size()); ++i) {
        const Diagnostic &d = diagnostics[i];
        // Plain-text items: messages quote course content.
        QString text = d.toLocalizedString();
        if (!d.pointer.isEmpty() && !text.contains(d.pointer))
            text += QStringLiteral(" [") + d.pointer + QLatin1Char(']');
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kIndexRole, i);
        item->setToolTip(d.pointer);
    }
}

QPair<int, int> DiagnosticsDock::pageOfPointer(const QString &pointer)
{
    const QStringList parts = pointer.split(QLatin1Char('/'));
    // "", "sections", N, "pages", M, ...
    if (parts.size() < 5 || parts[1] != QLatin1String("sections") ||
        parts[3] != QLatin1String("pages"))
        return {-1, -1};
    bool okSection = false;
    bool okPage = false;
    const int section = parts[2].toInt(&okSection);
    const int page = parts[4].toInt(&okPage);
    if (!okSection || !okPage || section < 0 || page < 0)
        return {-1, -1};
    return {section, page};
}

void DiagnosticsDock::onActivated(QListWidgetItem *item)
{
    const int index = item->data(kIndexRole).toInt();
    if (index < 0 || index >= int(m_diagnostics.size()))
        return;
    const auto [section, page] = pageOfPointer(m_diagnostics[index].pointer);
    if (section >= 0)
        emit pageRequested(section, page);
}

} // namespace leerpad
