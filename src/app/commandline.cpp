#include "app/commandline.h"

#include "core/appearance/colorscheme.h"
#include "core/loader/courseloader.h"
#include "core/model/answerkey.h"
#include "core/package/coursepackage.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace leerpad {

QString progressDataDir(const CommandLine &commandLine)
{
    return commandLine.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                         : commandLine.dataDir;
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Leerpad - an offline player for e-learning courses.\n"
                       "Opens PATH (a course folder, its course.json, or a .leerpad course "
                       "package); without PATH, the bundled module 1.4."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption validate(
        QStringLiteral("validate"),
        QStringLiteral("Check each PATH and print diagnostics as FILE:LINE:COL: error: message. "
                       "Exit 0 when valid (warnings allowed), 1 on errors, 2 on usage errors."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep learner progress in DIR instead of the standard location."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("User interface language (nl or en); default: "
                                                 "the course's language."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption trainer(QStringLiteral("trainer"),
                                     QStringLiteral("Open in trainer view."));
    const QCommandLineOption answerKey(
        QStringLiteral("answer-key"),
        QStringLiteral("Print the answer key of PATH: one line per question, "
                       "<question id> TAB <correct option id(s)> TAB <correct option text>."));
    const QCommandLineOption exportPdf(
        QStringLiteral("export-pdf"),
        QStringLiteral("Write a printable handout of PATH to OUT.pdf (no window is opened)."),
        QStringLiteral("OUT.pdf"));
    const QCommandLineOption pack(
        QStringLiteral("pack"),
        QStringLiteral("Write the course in COURSE_DIR into the one-file course package "
                       "OUT.leerpad (two PATHs: COURSE_DIR OUT.leerpad). The course is checked "
                       "as with --validate first; a course with errors is not packed."));
    const QCommandLineOption checkInstall(
        QStringLiteral("check-install"),
        QStringLiteral("Check this installation: the bundled course, the media plugin, the SQLite "
                       "driver, the translations and the package cache; one line each. Exit 0 when "
                       "everything needed is there."));
    const QCommandLineOption noKey(QStringLiteral("no-key"),
                                   QStringLiteral("With --export-pdf: leave out the answer key "
                                                  "(a learner handout)."));
    const QCommandLineOption startupProbe(
        QStringLiteral("startup-probe"),
        QStringLiteral("Open the player as usual, print 'startup_probe first_paint_ms=<ms since "
                       "process start>' once the first page has been painted, and exit (for "
                       "benchmarks; LEERPAD_STARTUP_PROBE=1 does the same)."));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QStringLiteral("Colour theme for this run: light, dark, high-contrast or system "
                       "(default: the one chosen in View > Theme, else system). Not saved."),
        QStringLiteral("THEME"));
    const QCommandLineOption lrs(
        QStringLiteral("lrs"),
        QStringLiteral("Send the learner's results as xAPI statements to the Learning Record Store "
                       "at ENDPOINT (https://..., or http:// to this machine) for this run; key and "
                       "secret come from the settings or LEERPAD_LRS_KEY/LEERPAD_LRS_SECRET. "
                       "See docs/results.md."),
        QStringLiteral("ENDPOINT"));
    const QCommandLineOption learner(
        QStringLiteral("learner"),
        QStringLiteral("Learn as NAME: the learner profile of that name is used, or made, "
                       "without asking."),
        QStringLiteral("NAME"));
    const QCommandLineOption learnerId(
        QStringLiteral("learner-id"),
        QStringLiteral("The learner's student number (or e-mail): selects or makes that "
                       "profile; results name the learner by it."),
        QStringLiteral("ID"));
    const QCommandLineOption exportResults(
        QStringLiteral("export-results"),
        QStringLiteral("Write the learner's results in the course at PATH to OUT.json, to hand in: "
                       "a JSON array of their xAPI statements from the data folder, as an LRS "
                       "accepts them (--learner/--learner-id choose the learner); no window is "
                       "opened. Exit 1 when the learner has not opened the course. See "
                       "docs/results.md."),
        QStringLiteral("OUT.json"));
    const QCommandLineOption classReport(
        QStringLiteral("class-report"),
        QStringLiteral("Read the results files given as PATHs (one per learner, from "
                       "--export-results or File > Export results, also those of Leerpad 1.2) "
                       "and print a class report as "
                       "tab-separated text: one line per learner (with 1 or 0 for each "
                       "self-test question of their best attempt), then each question with how "
                       "many best attempts got it wrong and the wrong answer chosen most. Exit 1 "
                       "when a file has errors "
                       "(it is left out and its errors are printed)."));
    parser.addOptions({help, version, validate, answerKey, exportPdf, noKey, pack, checkInstall,
                       exportResults, classReport, dataDir, lang, trainer, themeOption, lrs, learner,
                       learnerId, startupProbe});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Course folder, course.json file or .leerpad "
                                                "package."),
                                 QStringLiteral("[PATH...]"));

    CommandLine cl;
    // Without a QCoreApplication Qt cannot know the program name; name it ourselves.
    cl.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                            QStringLiteral("leerpad"));
    // Read by people and by help2man, which turns it into the man page's sections.
    cl.helpText += QStringLiteral(
        "\nExit status:\n"
        "  0  success; with --validate: every course is valid (warnings are allowed)\n"
        "  1  a course has errors, or could not be opened, packed or exported;\n"
        "     with --check-install: something the player needs is missing\n"
        "  2  usage error (unknown option, wrong number of PATHs)\n"
        "  3  with --startup-probe: nothing was painted within a minute\n"
        "\nEnvironment:\n"
        "  LEERPAD_LRS_ENDPOINT   send results to this LRS (as --lrs)\n"
        "  LEERPAD_LRS_KEY, LEERPAD_LRS_SECRET\n"
        "                         the LRS's Basic credentials (never logged)\n"
        "  LEERPAD_MEDIA_PLUGIN   load the media plugin from this file instead of searching\n"
        "  LEERPAD_STARTUP_PROBE  1: the same as --startup-probe\n"
        "  XDG_CACHE_HOME         .leerpad packages are unpacked below "
        "$XDG_CACHE_HOME/leerpad/packages\n"
        "                         (default ~/.cache)\n");
    if (!parser.parse(arguments)) {
        cl.mode = CommandLine::Mode::UsageError;
        cl.errorText = parser.errorText();
        return cl;
    }
    cl.paths = parser.positionalArguments();
    cl.dataDir = parser.value(dataDir);
    cl.language = parser.value(lang);
    cl.trainer = parser.isSet(trainer);
    cl.startupProbe = parser.isSet(startupProbe);
    cl.lrsEndpoint = parser.value(lrs);
    cl.learnerName = parser.value(learner).trimmed();
    cl.learnerId = parser.value(learnerId).trimmed();
    if (parser.isSet(themeOption)) {
        cl.theme = appearance::themeFromKey(parser.value(themeOption));
        if (!cl.theme) {
            cl.mode = CommandLine::Mode::UsageError;
            cl.errorText = QStringLiteral("unknown theme '%1' (light, dark, high-contrast or system)")
                               .arg(parser.value(themeOption));
            return cl;
        }
    }
    if (parser.isSet(help)) {
        cl.mode = CommandLine::Mode::Help;
    } else if (parser.isSet(version)) {
        cl.mode = CommandLine::Mode::Version;
    } else if (parser.isSet(answerKey) || parser.isSet(exportPdf)) {
        cl.mode = parser.isSet(answerKey) ? CommandLine::Mode::AnswerKey : CommandLine::Mode::ExportPdf;
        cl.outputPath = parser.value(exportPdf);
        cl.withKey = !parser.isSet(noKey);
        if (parser.isSet(answerKey) && parser.isSet(exportPdf)) {
            cl.mode = CommandLine::Mode::UsageError;
            cl.errorText = QStringLiteral("--answer-key and --export-pdf are separate commands");
        } else if (cl.paths.size() != 1) {
            cl.mode = CommandLine::Mode::UsageError;
            cl.errorText = QStringLiteral("%1 needs exactly one PATH")
                               .arg(parser.isSet(answerKey) ? QStringLiteral("--answer-key")
                                                            : QStringLiteral("--export-pdf"));
        }
    } else if (parser.isSet(exportResults)) {
        cl.mode = CommandLine::Mode::ExportResults;
        cl.outputPath = parser.value(exportResults);
        if (cl.paths.size() != 1) {
            cl.mode = CommandLine::Mode::UsageError;
            cl.errorText = QStringLiteral("--export-results needs exactly one course PATH");
        }
    } else if (parser.isSet(classReport)) {
        cl.mode = CommandLine::Mode::ClassReport;
        if (cl.paths.isEmpty()) {
            cl.mode = CommandLine::Mode::UsageError;
            cl.errorText = QStringLiteral("--class-report needs at least one results file");
        }
    } else if (parser.isSet(checkInstall)) {
        cl.mode = CommandLine::Mode::CheckInstall;
        if (!cl.paths.isEmpty()) {
            cl.mode = CommandLine::Mode::UsageError;
            cl.errorText = QStringLiteral("--check-install takes no PATH");
        }
    } else if (parser.isSet(pack)) {
        cl.mode = CommandLine::Mode::Pack;
        if (cl.paths.size() != 2) {
            cl.mode = CommandLine::Mode::UsageError;
            cl.errorText = QStringLiteral("--pack needs two PATHs: COURSE_DIR OUT.leerpad");
        } else if (!cl.paths[1].endsWith(QStringLiteral(".leerpad"), Qt::CaseInsensitive)) {
            cl.mode = CommandLine::Mode::UsageError;
            cl.errorText = QStringLiteral("the package must be named *.leerpad, not '%1'").arg(cl.paths[1]);
        } else {
            cl.outputPath = cl.paths.takeLast();
        }
    } else if (parser.isSet(noKey)) {
        cl.mode = CommandLine::Mode::UsageError;
        cl.errorText = QStringLiteral("--no-key goes with --export-pdf");
    } else if (parser.isSet(validate)) {
        cl.mode = CommandLine::Mode::Validate;
        if (cl.paths.isEmpty()) {
            cl.mode = CommandLine::Mode::UsageError;
            cl.errorText = QStringLiteral("--validate needs at least one PATH");
        }
    } else if (cl.paths.size() > 1) {
        cl.mode = CommandLine::Mode::UsageError;
        cl.errorText = QStringLiteral("the player opens one course at a time");
    }
    if (cl.startupProbe &&
        (cl.mode == CommandLine::Mode::Validate || cl.mode == CommandLine::Mode::AnswerKey ||
         cl.mode == CommandLine::Mode::ExportPdf || cl.mode == CommandLine::Mode::Pack ||
         cl.mode == CommandLine::Mode::CheckInstall || cl.mode == CommandLine::Mode::ExportResults ||
         cl.mode == CommandLine::Mode::ClassReport)) {
        // It measures the player window; the headless commands open none.
        cl.mode = CommandLine::Mode::UsageError;
        cl.errorText = QStringLiteral("--startup-probe goes with opening the player");
    }
    if (cl.mode != CommandLine::Mode::UsageError && !cl.language.isEmpty() &&
        cl.language != QLatin1String("nl") && cl.language != QLatin1String("en")) {
        cl.mode = CommandLine::Mode::UsageError;
        cl.errorText = QStringLiteral("--lang must be 'nl' or 'en', not '%1'").arg(cl.language);
    }
    return cl;
}

int runValidate(const QStringList &paths, QTextStream &out, QTextStream &err)
{
    int exitCode = 0;
    for (const QString &path : paths) {
        LoadOptions options;
        options.openWithMissingMedia = false;
        const LoadResult r = loadCourse(path, options);
        for (const Diagnostic &d : r.diagnostics)
            err << d.toString() << '\n';
        const int errors = countErrors(r.diagnostics);
        const int warnings = int(r.diagnostics.size()) - errors;
        if (errors > 0)
            exitCode = 1;
        out << courseFileFor(path) << ": " << (errors > 0 ? "invalid" : "valid") << " ("
            << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning)" : " warnings)") << '\n';
    }
    out.flush();
    err.flush();
    return exitCode;
}

int runAnswerKey(const QString &path, QTextStream &out, QTextStream &err)
{
    LoadOptions options;
    options.openWithMissingMedia = true; // a key needs no audio
    const LoadResult r = loadCourse(path, options);
    for (const Diagnostic &d : r.diagnostics)
        err << d.toString() << '\n';
    err.flush();
    if (!r.course)
        return 1;
    for (const QString &line : answerKeyLines(*r.course))
        out << line << '\n';
    out.flush();
    return 0;
}

int runPack(const QString &path, const QString &outPath, QTextStream &out, QTextStream &err)
{
    LoadOptions options;
    options.openWithMissingMedia = false; // a package without its audio helps nobody
    const LoadResult r = loadCourse(path, options);
    for (const Diagnostic &d : r.diagnostics)
        err << d.toString() << '\n';
    if (!r.course) {
        err << "leerpad: " << courseFileFor(path) << " has errors; no package was written\n";
        err.flush();
        return 1;
    }
    const PackResult packed = packCourse(*r.course, outPath);
    for (const Diagnostic &d : packed.diagnostics)
        err << d.toString() << '\n';
    err.flush();
    if (!packed.ok())
        return 1;
    out << outPath << ": " << packed.files << (packed.files == 1 ? " file, " : " files, ")
        << packed.bytes << " bytes\n";
    out.flush();
    return 0;
}

QString findBundledCourse(const QString &applicationDir, const QString &shareSubdir)
{
    const QStringList candidates = {
        applicationDir + QStringLiteral("/content/module-1.4"),
        applicationDir + QStringLiteral("/../") + shareSubdir + QStringLiteral("/content/module-1.4"),
    };
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c + QStringLiteral("/course.json")))
            return QDir::cleanPath(c);
    }
    return {};
}

} // namespace leerpad
