#include "ui/window/shortcutsdialog.h"

#include "ui/style/theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leerpad {

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sneltoetsen"));
    setFont(theme::readingFont(font()));
    const QList<QPair<QString, QString>> rows = {
        {tr("Alt+Rechts, Page Down"), tr("Volgende pagina (Page Down scrolt eerst de pagina af)")},
        {tr("Alt+Links, Page Up"), tr("Vorige pagina (Page Up scrolt eerst terug naar boven)")},
        {tr("Ctrl+Home / Ctrl+End"), tr("Eerste / laatste pagina")},
        {tr("Backspace"), tr("Terug naar de vorige plek")},
        {tr("F6"), tr("Wisselen tussen inhoudsopgave en pagina")},
        {tr("Tab / Shift+Tab"), tr("Naar het volgende / vorige onderdeel")},
        {tr("Enter"), tr("Betekenis van het gekozen begrip tonen; in de tekst van een gesprek: "
                         "vanaf die regel luisteren")},
        {tr("1 … 9"), tr("Antwoord kiezen bij een vraag")},
        {tr("Spatiebalk"), tr("Gesprek afspelen of pauzeren (in de speler)")},
        {tr("Ctrl+= / Ctrl+- / Ctrl+0"), tr("Tekst groter / kleiner / normaal")},
        {tr("Ctrl+B"), tr("Begrippenlijst")},
        {tr("F9"), tr("Inhoudsopgave tonen of verbergen")},
        {tr("F1"), tr("Dit overzicht")},
    };
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Toets"), tr("Wat het doet")});
    for (int i = 0; i < int(rows.size()); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    // Rows follow the wrapped text whenever the columns change width.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, table->columnWidth(0) + 16);
    table->setAccessibleName(tr("Sneltoetsen"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 24);
}

} // namespace leerpad
