#pragma once

// The window's commands with their menu texts and shortcuts, in one place for the
// menus and the tests (Help → Sneltoetsen lists them for the learner).

#include <QCoreApplication>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

namespace leerpad {

struct PlayerActions
{
    Q_DECLARE_TR_FUNCTIONS(leerpad::PlayerActions)

public:
    explicit PlayerActions(QObject *owner);
    // recent: the File → Recent geopend submenu (filled by RecentFiles), or null.
    void fillMenuBar(QMenuBar *bar, QMenu *recent = nullptr) const;

    QAction *openCourse;
    QAction *openFolder;
    QAction *exportHandout;
    QAction *showDiagnostics;
    QAction *trainerView;
    QAction *resetProgress;
    QAction *quit;
    QAction *showToc;
    QAction *glossary;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *previous;
    QAction *next;
    QAction *pageUp;   // scrolls first, then turns the page
    QAction *pageDown; // idem
    QAction *first;
    QAction *last;
    QAction *back;
    QAction *switchPane;
    QAction *shortcuts;
    QAction *about;
    QAction *aboutQt;
};

} // namespace leerpad
