#pragma once

// Shown instead of a page when a course cannot be opened: what happened and what to do,
// in words a learner understands, an "Openen…" button, and the loader's diagnostics
// folded away for whoever needs them (as plain text; they quote course content).

#include "core/loader/diagnostic.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace leerpad {

class LoadErrorView : public QWidget
{
    Q_OBJECT
public:
    explicit LoadErrorView(QWidget *parent = nullptr);

    void showDiagnostics(const Diagnostics &diagnostics);

    QPushButton *openButton() const { return m_open; }
    QToolButton *detailsToggle() const { return m_toggle; }
    QPlainTextEdit *details() const { return m_details; }

signals:
    void openRequested();

private:
    void setDetailsShown(bool shown);

    QLabel *m_title;
    QLabel *m_advice;
    QPushButton *m_open;
    QToolButton *m_toggle;
    QPlainTextEdit *m_details;
};

} // namespace leerpad
