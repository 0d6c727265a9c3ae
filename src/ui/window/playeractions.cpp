#include "ui/window/playeractions.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace leerpad {

namespace {

QAction *make(QObject *owner, const QString &text, const QList<QKeySequence> &keys,
              const QString &tip = {})
{
    auto *a = new QAction(text, owner);
    a->setShortcuts(keys);
    // Window-wide, so the keys work wherever focus is inside the player.
    a->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty())
        a->setStatusTip(tip);
    return a;
}

} // namespace

PlayerActions::PlayerActions(QObject *owner)
{
    openCourse = make(owner, tr("&Openen…"), {QKeySequence(Qt::CTRL | Qt::Key_O)},
                      tr("Een cursusbestand of cursusmap openen"));
    openFolder = make(owner, tr("&Map openen…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                      tr("Een cursusmap openen"));
    exportHandout = make(owner, tr("&Handout exporteren (PDF)…"), {},
                         tr("De cursus als afdrukbare handout opslaan"));
    showDiagnostics = make(owner, tr("&Meldingen"), {QKeySequence(Qt::CTRL | Qt::Key_M)},
                           tr("Fouten en waarschuwingen in het cursusbestand"));
    showDiagnostics->setCheckable(true);
    trainerView = make(owner, tr("&Trainerweergave"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
                       tr("Antwoordsleutel, toegevoegde onderdelen en het overzicht tonen"));
    trainerView->setCheckable(true);
    resetProgress = make(owner, tr("&Voortgang wissen…"), {});
    quit = make(owner, tr("&Afsluiten"), {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);
    showToc = make(owner, tr("&Inhoudsopgave"), {QKeySequence(Qt::Key_F9)});
    showToc->setCheckable(true);
    showToc->setChecked(true);
    glossary = make(owner, tr("&Begrippenlijst…"), {QKeySequence(Qt::CTRL | Qt::Key_B)});
    zoomIn = make(owner, tr("Tekst &groter"),
                  {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    zoomOut = make(owner, tr("Tekst &kleiner"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    zoomReset = make(owner, tr("&Normale tekstgrootte"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    previous = make(owner, tr("&Vorige pagina"), {QKeySequence(Qt::ALT | Qt::Key_Left)});
    next = make(owner, tr("V&olgende pagina"), {QKeySequence(Qt::ALT | Qt::Key_Right)});
    pageUp = make(owner, tr("Omhoog of vorige pagina"), {QKeySequence(Qt::Key_PageUp)});
    pageDown = make(owner, tr("Omlaag of volgende pagina"), {QKeySequence(Qt::Key_PageDown)});
    first = make(owner, tr("&Eerste pagina"), {QKeySequence(Qt::CTRL | Qt::Key_Home)});
    last = make(owner, tr("&Laatste pagina"), {QKeySequence(Qt::CTRL | Qt::Key_End)});
    back = make(owner, tr("&Terug naar vorige plek"), {QKeySequence(Qt::Key_Backspace)});
    switchPane = make(owner, tr("&Wissel tussen inhoudsopgave en pagina"),
                      {QKeySequence(Qt::Key_F6), QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    shortcuts = make(owner, tr("&Sneltoetsen"), {QKeySequence(Qt::Key_F1)});
    about = make(owner, tr("&Over Leerpad"), {});
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(owner, tr("Over &Qt"), {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void PlayerActions::fillMenuBar(QMenuBar *bar, QMenu *recent) const
{
    QMenu *file = bar->addMenu(tr("&Bestand"));
    file->addAction(openCourse);
    file->addAction(openFolder);
    if (recent) {
        recent->setTitle(tr("&Recent geopend"));
        file->addMenu(recent);
    }
    file->addAction(exportHandout);
    file->addSeparator();
    file->addAction(resetProgress);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = bar->addMenu(tr("Beel&d"));
    view->addAction(showToc);
    view->addAction(glossary);
    view->addAction(showDiagnostics);
    view->addAction(trainerView);
    view->addSeparator();
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(zoomReset);

    QMenu *go = bar->addMenu(tr("&Ga naar"));
    go->addAction(previous);
    go->addAction(next);
    go->addAction(first);
    go->addAction(last);
    go->addSeparator();
    go->addAction(back);
    go->addAction(switchPane);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
    help->addAction(aboutQt);
}

} // namespace leerpad
