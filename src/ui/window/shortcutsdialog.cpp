#include "ui/window/shortcutsdialog.h"

#include "ui/style/theme.h"
#include "ui/window/playeractions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leerpad {

ShortcutsDialog::ShortcutsDialog(const PlayerActions &actions, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sneltoetsen"));
    setFont(theme::readingFont(font()));
    QList<QPair<QString, QString>> rows;
    for (const PlayerActions::KeyHelp &k : actions.keyHelp())
        rows.append({k.keys, k.what});
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
