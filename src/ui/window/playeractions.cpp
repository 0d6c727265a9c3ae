#include "ui/window/playeractions.h"

#include "ui/selftest/selftestrunpage.h"
#include "ui/style/keytext.h"
#include "ui/window/themechoice.h"

#include <QAction>
#include <QActionGroup>
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
    exportHandout = make(owner, tr("&Hand-out exporteren (PDF)…"), {},
                         tr("De cursus als afdrukbare hand-out opslaan"));
    exportResults = make(owner, tr("Resultaten e&xporteren…"), {},
                         tr("Je resultaten in een bestand opslaan om in te leveren"));
    whoAmI = make(owner, tr("&Wie ben ik?…"), {}, tr("Je naam bij je resultaten"));
    classReport = make(owner, tr("&Klasoverzicht…"), {QKeySequence(Qt::CTRL | Qt::Key_K)},
                       tr("De resultatenbestanden van een klas openen en samen bekijken"));
    refusedResults = make(owner, tr("&Geweigerde resultaten…"), {},
                          tr("De resultaten die de LRS als ongeldig heeft geweigerd"));
    refusedResults->setEnabled(false);
    showDiagnostics = make(owner, tr("&Meldingen"), {QKeySequence(Qt::CTRL | Qt::Key_M)},
                           tr("Fouten en waarschuwingen in het cursusbestand"));
    showDiagnostics->setCheckable(true);
    trainerView = make(owner, tr("&Trainerweergave"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
                       tr("Antwoordsleutel, toegevoegde onderdelen en het overzicht tonen"));
    trainerView->setCheckable(true);
    resetProgress = make(owner, tr("&Voortgang wissen…"), {});
    // The platform's quit keys, and Ctrl+Q where the platform has none: listing Ctrl+Q
    // beside QKeySequence::Quit (which is Ctrl+Q on Linux) registers it twice, and a
    // key registered twice is ambiguous, so it did nothing.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quit = make(owner, tr("&Afsluiten"), quitKeys);
    quit->setMenuRole(QAction::QuitRole);
    showToc = make(owner, tr("&Inhoudsopgave"), {QKeySequence(Qt::Key_F9)});
    showToc->setCheckable(true);
    showToc->setChecked(true);
    glossary = make(owner, tr("&Begrippenlijst…"), {QKeySequence(Qt::CTRL | Qt::Key_B)});
    zoomIn = make(owner, tr("Tekst &groter"),
                  {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    zoomOut = make(owner, tr("Tekst &kleiner"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    zoomReset = make(owner, tr("&Normale tekstgrootte"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    auto *themeGroup = new QActionGroup(owner);
    for (appearance::ThemeId id : appearance::kAllThemes) {
        QAction *action = themeGroup->addAction(themechoice::label(id));
        action->setCheckable(true);
        action->setData(appearance::themeKey(id));
        themes << action;
    }
    previous = make(owner, tr("&Vorige pagina"), {QKeySequence(Qt::ALT | Qt::Key_Left)});
    next = make(owner, tr("V&olgende pagina"), {QKeySequence(Qt::ALT | Qt::Key_Right)});
    pageUp = make(owner, tr("Omhoog of vorige pagina"), {QKeySequence(Qt::Key_PageUp)});
    pageDown = make(owner, tr("Omlaag of volgende pagina"), {QKeySequence(Qt::Key_PageDown)});
    first = make(owner, tr("&Eerste pagina"), {QKeySequence(Qt::CTRL | Qt::Key_Home)});
    last = make(owner, tr("&Laatste pagina"), {QKeySequence(Qt::CTRL | Qt::Key_End)});
    back = make(owner, tr("&Terug naar vorige plek"), {QKeySequence(Qt::Key_Backspace)});
    switchPane = make(owner, tr("&Wisselen tussen inhoudsopgave en pagina"),
                      {QKeySequence(Qt::Key_F6), QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    shortcuts = make(owner, tr("&Sneltoetsen"), {QKeySequence(Qt::Key_F1)});
    about = make(owner, tr("&Over Leerpad"), {});
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(owner, tr("Over &Qt"), {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QList<PlayerActions::KeyHelp> PlayerActions::keyHelp() const
{
    const auto keys = [](const QList<QAction *> &actions) {
        QList<QKeySequence> all;
        for (const QAction *a : actions)
            all << a->shortcuts();
        return keyText(all);
    };
    return {
        {QStringLiteral("next"), keys({next, pageDown}),
         tr("Volgende pagina (%1 scrolt eerst de pagina af)").arg(keyText(pageDown->shortcuts()))},
        {QStringLiteral("previous"), keys({previous, pageUp}),
         tr("Vorige pagina (%1 scrolt eerst terug naar boven)").arg(keyText(pageUp->shortcuts()))},
        {QStringLiteral("first-last"), keys({first, last}), tr("Eerste / laatste pagina")},
        {QStringLiteral("back"), keys({back}), tr("Terug naar de vorige plek")},
        {QStringLiteral("switch-pane"), keyText({switchPane->shortcuts().value(0)}),
         tr("Wisselen tussen inhoudsopgave en pagina")},
        {QStringLiteral("tab"),
         keyText({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}),
         tr("Naar het volgende / vorige onderdeel")},
        {QStringLiteral("enter"), keyText({QKeySequence(Qt::Key_Return)}),
         tr("Betekenis van het gekozen begrip tonen; in de uitgeschreven tekst van een "
            "gesprek: vanaf die regel luisteren")},
        {QStringLiteral("numbers"), tr("1 … 9"), tr("Antwoord kiezen bij een vraag")},
        {QStringLiteral("space"), keyText({QKeySequence(Qt::Key_Space)}),
         tr("Gesprek afspelen of pauzeren (in de speler)")},
        {QStringLiteral("test-questions"),
         keyText({SelfTestRunPage::nextQuestionKey(), SelfTestRunPage::previousQuestionKey()}),
         tr("In de test: volgende / vorige vraag")},
        {QStringLiteral("zoom"), keys({zoomIn, zoomOut, zoomReset}),
         tr("Tekst groter / kleiner / normaal")},
        {QStringLiteral("glossary"), keys({glossary}), tr("Begrippenlijst")},
        {QStringLiteral("toc"), keys({showToc}), tr("Inhoudsopgave tonen of verbergen")},
        {QStringLiteral("open"), keys({openCourse}), tr("Cursus openen")},
        {QStringLiteral("trainer"), keys({trainerView}), tr("Trainerweergave aan of uit")},
        {QStringLiteral("diagnostics"), keys({showDiagnostics}),
         tr("Meldingen over het cursusbestand tonen of verbergen")},
        {QStringLiteral("class-report"), keys({classReport}),
         tr("Klasoverzicht: de resultatenbestanden van een klas")},
        {QStringLiteral("help"), keys({shortcuts}), tr("Dit overzicht")},
        {QStringLiteral("quit"), keys({quit}), tr("Leerpad afsluiten")},
    };
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
    file->addAction(exportResults);
    file->addAction(whoAmI);
    file->addAction(classReport);
    file->addAction(refusedResults);
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
    QMenu *theme = view->addMenu(tr("T&hema"));
    theme->addActions(themes);

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
