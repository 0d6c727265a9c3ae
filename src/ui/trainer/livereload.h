#pragma once

// Follows a course while a trainer edits it in their own editor: when the course file
// or its media change, the window reloads, stays on the same page when that page still
// exists, and -- when the new version has errors -- keeps the last good version on
// screen with the diagnostics panel open.

#include "core/loader/courseloader.h"

#include <QObject>

namespace leerpad {

class CourseWatcher;
class MainWindow;

class LiveReload : public QObject
{
    Q_OBJECT
public:
    explicit LiveReload(MainWindow *window);

    CourseWatcher *watcher() const { return m_watcher; }

public slots:
    void reload();

signals:
    // After a reload was shown (ok) or refused because of errors (kept the last good).
    void reloaded(bool ok);

private:
    void rewatch();

    MainWindow *m_window;
    CourseWatcher *m_watcher;
};

} // namespace leerpad
