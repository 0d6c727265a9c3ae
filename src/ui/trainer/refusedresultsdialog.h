#pragma once

// Bestand → Geweigerde resultaten…: the statements the LRS refused as invalid (HTTP 400),
// which the outbox keeps aside instead of retrying them blindly. A row each — when, what,
// about which activity, and the LRS's own message — and the statement itself below for
// whoever has to fix it. "Opnieuw versturen" puts them back in line, for after the LRS or
// the course was fixed. The store decides; this only shows and asks.

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace leerpad {

class ProgressStore;

class RefusedResultsDialog : public QDialog
{
    Q_OBJECT
public:
    // The store must outlive the dialog.
    explicit RefusedResultsDialog(ProgressStore *store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }
    QPushButton *retryButton() const { return m_retry; }

private:
    void refresh();
    void showDetails();
    void retry();

    ProgressStore *m_store;
    QStringList m_bodies; // the statement of each row, laid out
    QLabel *m_summary;
    QTableWidget *m_table;
    QPlainTextEdit *m_details;
    QPushButton *m_retry;
};

} // namespace leerpad
