#pragma once

// Shown instead of a page when a course cannot be opened: a plain Dutch sentence and
// the loader's diagnostics (as plain text; they quote course content).

#include "core/loader/diagnostic.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace leerpad {

class LoadErrorView : public QWidget
{
    Q_OBJECT
public:
    explicit LoadErrorView(QWidget *parent = nullptr);

    void showDiagnostics(const Diagnostics &diagnostics);

private:
    QLabel *m_title;
    QPlainTextEdit *m_details;
};

} // namespace leerpad
