#pragma once

// The window's commands with their menu texts and shortcuts, in one place for the
// menus, Help → Sneltoetsen (keyHelp()) and the tests, which press every documented key.

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QMenuBar;

namespace leerpad {

struct PlayerActions
{
    Q_DECLARE_TR_FUNCTIONS(leerpad::PlayerActions)

public:
    explicit PlayerActions(QObject *owner);

    // One line of Help → Sneltoetsen. id names the line for the tests; keys is how the
    // keys read (as the menus show them, in the interface's language).
    struct KeyHelp
    {
        QString id;
        QString keys;
        QString what;
    };
    QList<KeyHelp> keyHelp() const;


    // recent: the File → Recent geopend submenu (filled by RecentFiles), or null.
    void fillMenuBar(QMenuBar *bar, QMenu *recent = nullptr) const;

    QAction *openCourse;
    QAction *openFolder;
    QAction *exportHandout;
    QAction *exportResults; // the learner's results file, to hand in
    QAction *classReport;   // the trainer reads a class's results files
    QAction *refusedResults; // what the LRS refused; enabled while there is any
    QAction *whoAmI;        // the learner's name for their results
    QAction *showDiagnostics;
    QAction *trainerView;
    QAction *resetProgress;
    QAction *quit;
    QAction *showToc;
    QAction *glossary;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QList<QAction *> themes; // View → Thema, exclusive; data() is the theme key
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
