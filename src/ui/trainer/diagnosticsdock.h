#pragma once

// The trainer's list of every error and warning of the last load: GCC-style text and
// the JSON pointer. Activating an entry that points into a page asks to show that page.

#include "core/loader/diagnostic.h"

#include <QDockWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace leerpad {

class DiagnosticsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsDock(QWidget *parent = nullptr);

    // stale: the list belongs to a newer version of the file that could not be shown.
    void setDiagnostics(const Diagnostics &diagnostics, bool stale = false);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    QListWidget *list() const { return m_list; }

    // "/sections/2/pages/1/..." -> {2, 1}; {-1, -1} when the pointer is not inside a page.
    static QPair<int, int> pageOfPointer(const QString &pointer);

signals:
    void pageRequested(int section, int page);

private:
    void onActivated(QListWidgetItem *item);

    QLabel *m_summary;
    QListWidget *m_list;
    Diagnostics m_diagnostics;
};

} // namespace leerpad
