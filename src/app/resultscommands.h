#pragma once

// The headless results commands (docs/results.md): --export-results writes a learner's
// results file from the progress in the data folder; --class-report reads a class's
// files and prints the report.

#include "app/commandline.h"

#include <QTextStream>

namespace leerpad {

// Returns the exit code: 0 written, 1 the course or the file could not be.
int runExportResults(const CommandLine &commandLine, QTextStream &out, QTextStream &err);

// Prints the report of every file read without errors to out and each error to err;
// returns 0, or 1 when a file had errors (or none could be read).
int runClassReport(const QStringList &files, QTextStream &out, QTextStream &err);

} // namespace leerpad
