#include "player.h"

#include "courseloader.h"
#include "handout.h"
#include "mainwindow.h"
#include "progresssession.h"
#include "progressstore.h"
#include "uilogging.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace leerpad {

namespace {
QString primaryLanguage(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}
bool supported(const QString &lang)
{
    return lang == QLatin1String("nl") || lang == QLatin1String("en");
}
} // namespace

QString chooseUiLanguage(const QString &requested, const Course *course, const QLocale &system)
{
    for (const QString &candidate :
         {requested, course ? course->language : QString(), system.name()}) {
        const QString lang = primaryLanguage(candidate);
        if (supported(lang))
            return lang;
    }
    return QStringLiteral("nl");
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                        : QLocale(QLocale::Dutch, QLocale::Netherlands));
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        qCInfo(lcUi) << "no Qt translation for" << language;
    auto *own = new QTranslator(&app);
    const bool found = own->load(QStringLiteral(":/i18n/leerpad_") + language);
    if (found)
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcUi) << "no Leerpad translation for" << language;
    return found;
}

int runExportPdf(const CommandLine &commandLine)
{
    QTextStream err(stderr);
    const QString path = commandLine.paths.value(0);
    LoadOptions options;
    options.missingMediaIsError = false; // a handout needs no audio
    const LoadResult result = loadCourse(path, options);
    for (const Diagnostic &d : result.diagnostics)
        err << d.toString() << '\n';
    if (!result.course)
        return 1;
    installTranslations(*QCoreApplication::instance(),
                        chooseUiLanguage(commandLine.language, result.course.get()));
    HandoutOptions handout;
    handout.withKey = commandLine.withKey;
    QString error;
    if (!exportHandoutPdf(*result.course, commandLine.outputPath, handout, &error)) {
        err << "leerpad: " << error << '\n';
        return 1;
    }
    return 0;
}

int runPlayer(QApplication &app, const CommandLine &commandLine, const QString &shareSubdir)
{
    QTextStream err(stderr);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/leerpad.svg")));
    QApplication::setDesktopFileName(QStringLiteral("leerpad"));

    QString path = commandLine.paths.value(0);
    if (path.isEmpty()) {
        path = findBundledCourse(QCoreApplication::applicationDirPath(), shareSubdir);
        if (path.isEmpty()) {
            err << "leerpad: the bundled course module 1.4 was not found next to the program "
                   "or under its share folder; pass a course PATH\n";
            return 1;
        }
    }
    LoadOptions options;
    options.missingMediaIsError = false; // the player degrades; --validate insists
    const LoadResult result = loadCourse(path, options);
    for (const Diagnostic &d : result.diagnostics)
        err << d.toString() << '\n';
    err.flush();

    installTranslations(app, chooseUiLanguage(commandLine.language, result.course.get()));

    MainWindow window;
    const QString dataDir = commandLine.dataDir.isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                : commandLine.dataDir;
    ProgressStore store(dataDir);
    ProgressSession session(&store, &window);
    window.setCoursePath(path); // live reload follows it, also when it failed to load
    window.showLoadResult(result);
    if (commandLine.trainer)
        window.setTrainerMode(true);
    window.show();
    return app.exec();
}

} // namespace leerpad
