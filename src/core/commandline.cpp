#include "commandline.h"

#include "courseloader.h"

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
    parser.addOptions({help, version, validate, dataDir, lang, trainer});
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
    if (parser.isSet(help)) {
        cl.mode = CommandLine::Mode::Help;
    } else if (parser.isSet(version)) {
        cl.mode = CommandLine::Mode::Version;
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
