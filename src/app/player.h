#pragma once

// Starting the player window: choosing the interface language, installing the
// translations, loading the course and showing it. Kept out of main() so the program
// entry stays a dispatcher and this part can be tested.

#include "app/commandline.h"

#include <QLocale>

class QApplication;
class QCoreApplication;

namespace leerpad {

struct Course;

// "nl" or "en": --lang wins, then the course's language, then the system's; Dutch when
// none of them is Dutch or English (the player's own strings are written in Dutch).
QString chooseUiLanguage(const QString &requested, const Course *course,
                         const QLocale &system = QLocale::system());

// Leerpad's translation from the program's resources (":/i18n/leerpad_<lang>.qm") and
// Qt's own for the standard dialogs; sets the default locale for numbers. Returns
// whether Leerpad's translation was found.
bool installTranslations(QCoreApplication &app, const QString &language);

// --export-pdf: writes the handout of the course without opening a window (needs a
// QGuiApplication for fonts; main() starts it on the offscreen platform). Exit code.
int runExportPdf(const CommandLine &commandLine);

// Loads the course (or the bundled module), shows the window and runs the event loop.
// With commandLine.startupProbe it exits once the first page has been painted, after
// printing the time since process start (see processclock.h).
int runPlayer(QApplication &app, const CommandLine &commandLine, const QString &shareSubdir);

} // namespace leerpad
