#pragma once

// The player's command line, parsed without needing a QCoreApplication so main()
// can decide whether a GUI is needed at all (--validate runs headless).

#include "core/appearance/colorscheme.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace leerpad {

struct CommandLine
{
    enum class Mode {
        Open, Validate, AnswerKey, ExportPdf, Pack, CheckInstall, ExportResults, ClassReport, Help, Version,
        UsageError
    };
    Mode mode = Mode::Open;
    QStringList paths;
    QString dataDir;
    QString language;
    bool trainer = false;
    std::optional<appearance::ThemeId> theme; // --theme: this run only
    bool withKey = true;   // --export-pdf without --no-key
    // --startup-probe (or LEERPAD_STARTUP_PROBE=1, which main() reads): open the player as
    // usual, report when the first page has been painted, and exit. For benchmarks.
    bool startupProbe = false;
    QString lrsEndpoint;   // --lrs: send results there (this run)
    QString learnerName;   // --learner: the profile of this run, chosen or made
    QString learnerId;     // --learner-id: the student number of that profile
    QString outputPath;    // --export-pdf OUT.pdf; --pack COURSE_DIR OUT.leerpad; --export-results OUT.json
    QString helpText;
    QString errorText;
};

CommandLine parseCommandLine(const QStringList &arguments);

// Where learner progress is kept: --data-dir, else the standard application-data folder
// (needs the application name set).
QString progressDataDir(const CommandLine &commandLine);

// --validate: prints GCC-style diagnostics to err for each path; returns the exit code
// (0 valid, 1 errors).
int runValidate(const QStringList &paths, QTextStream &out, QTextStream &err);

// --answer-key: prints the key of the course at path to out, diagnostics to err.
int runAnswerKey(const QString &path, QTextStream &out, QTextStream &err);

// --pack: checks the course at path as --validate does and, when it has no errors,
// writes it into the package outPath. Returns the exit code (0 packed, 1 not).
int runPack(const QString &path, const QString &outPath, QTextStream &out, QTextStream &err);

// The bundled module 1.4: next to the binary in a build tree, or under the install
// prefix's share folder. Empty when neither exists.
QString findBundledCourse(const QString &applicationDir, const QString &shareSubdir);

} // namespace leerpad
