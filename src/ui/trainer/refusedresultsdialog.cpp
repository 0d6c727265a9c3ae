#include "ui/trainer/refusedresultsdialog.h"

#include "core/progress/progressstore.h"
#include "core/results/statementsummary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leerpad {

RefusedResultsDialog::RefusedResultsDialog(ProgressStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, 4, this)), m_details(new QPlainTextEdit(this)),
      m_retry(new QPushButton(tr("Opnieuw &versturen"), this))
{
    setWindowTitle(tr("Geweigerde resultaten"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setHorizontalHeaderLabels(
        {tr("Tijd"), tr("Wat"), tr("Waarover"), tr("Melding van de LRS")});
    m_table->setAccessibleName(tr("Geweigerde resultaten"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Het geweigerde resultaat"));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_retry->setToolTip(
        tr("Nadat de LRS of de cursus is gerepareerd: alles hier opnieuw versturen"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &RefusedResultsDialog::retry);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RefusedResultsDialog::showDetails);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_details, 3);
    layout->addWidget(buttons);
    resize(900, 560);
    refresh();
}

void RefusedResultsDialog::refresh()
{
    const QList<OutboxEntry> refused = m_store->quarantinedStatements();
    m_bodies.clear();
    m_table->setRowCount(int(refused.size()));
    for (int row = 0; row < refused.size(); ++row) {
        const OutboxEntry &e = refused.at(row);
        const xapi::StatementSummary s = xapi::summarize(e.statement.body);
        const QStringList cells = {
            s.time.isValid() ? QLocale().toString(s.time.toLocalTime(), QLocale::ShortFormat)
                             : QString(),
            s.verb, s.activity, e.lastError};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(
                cells.at(column)); // plain text: it came from a file and a server
            item->setToolTip(column == 2 ? s.activityId : cells.at(column));
            m_table->setItem(row, column, item);
        }
        m_bodies << s.indented;
    }
    m_summary->setText(
        refused.isEmpty()
            ? tr("De LRS heeft geen resultaten geweigerd.")
            : tr("De LRS heeft deze resultaten geweigerd als ongeldig. Ze worden bewaard en niet "
                 "vanzelf opnieuw verstuurd. Laat ze zien aan wie de LRS of de cursus beheert."));
    m_retry->setEnabled(!refused.isEmpty());
    m_details->setVisible(!refused.isEmpty());
    if (!refused.isEmpty())
        m_table->setCurrentCell(0, 0);
    showDetails();
}

void RefusedResultsDialog::showDetails()
{
    const int row = m_table->currentRow();
    m_details->setPlainText(row >= 0 && row < m_bodies.size() ? m_bodies.at(row) : QString());
}

void RefusedResultsDialog::retry()
{
    m_store->retryQuarantined(); // the sender wakes on the outbox change
    refresh();
}

} // namespace leerpad
