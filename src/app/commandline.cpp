#include "app/commandline.h"

#include "core/loader/courseloader.h"
#include "core/model/answerkey.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace leerpad {

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Leerpad — an offline player for e-learning courses.\n"
                       "Opens PATH (a course folder or course.json); without PATH, the bundled "
                       "module 1.4."));
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
    const QCommandLineOption noKey(QStringLiteral("no-key"),
                                   QStringLiteral("With --export-pdf: leave out the answer key "
                                                  "(a learner handout)."));
    const QCommandLineOption startupProbe(
        QStringLiteral("startup-probe"),
        QStringLiteral("Open the player as usual, print 'startup_probe first_paint_ms=<ms since "
                       "process start>' once the first page has been painted, and exit (for "
                       "benchmarks; LEERPAD_STARTUP_PROBE=1 does the same)."));
    parser.addOptions({help, version, validate, answerKey, exportPdf, noKey, dataDir, lang, trainer,
                       startupProbe});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Course folder or course.json file."),
                                 QStringLiteral("[PATH...]"));

    CommandLine cl;
    // Without a QCoreApplication Qt cannot know the program name; name it ourselves.
    cl.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                            QStringLiteral("leerpad"));
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
         cl.mode == CommandLine::Mode::ExportPdf)) {
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
        options.missingMediaIsError = true;
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
    options.missingMediaIsError = false; // a key needs no audio
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
