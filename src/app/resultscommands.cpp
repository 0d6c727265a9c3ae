#include "app/resultscommands.h"

#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/progress/storekeys.h"
#include "core/results/classreport.h"
#include "core/results/learnerprofile.h"
#include "core/results/resultsfile.h"
#include "core/results/statementsfile.h"

#include <QSaveFile>
#include <QSettings>

namespace leerpad {

int runExportResults(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    LoadOptions options;
    options.openWithMissingMedia = true; // results do not need the audio
    const LoadResult loaded = loadCourse(cl.paths.value(0), options);
    for (const Diagnostic &d : loaded.diagnostics) {
        if (d.isError())
            err << d.toString() << '\n';
    }
    if (!loaded.ok()) {
        err << "leerpad: no results written: the course has errors\n";
        return 1;
    }
    QSettings settings;
    const xapi::LearnerProfile learner = xapi::chooseProfile(settings, cl.learnerName, cl.learnerId);
    const QString who = learner.name.isEmpty() ? learner.id : learner.name;
    ProgressStore store(progressDataDir(cl), learner.id, ProgressStore::Durability::PowerLoss);
    store.openCourse(courseKeys(*loaded.course)); // reads the course's registration
    const QList<OutboxStatement> statements = store.statementsOf(loaded.course->id);
    if (statements.isEmpty()) {
        err << "leerpad: no results written: " << who << " has not opened " << loaded.course->id
            << " with the data in " << progressDataDir(cl) << " yet\n";
        return 1;
    }
    const QByteArray bytes = xapi::statementsFileBytes(statements);
    QSaveFile file(cl.outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "leerpad: " << cl.outputPath << ": cannot write the results: " << file.errorString() << '\n';
        return 1;
    }
    out << "leerpad: results of " << who << " written to " << cl.outputPath << " ("
        << statements.size() << " xAPI statements)\n";
    return 0;
}

int runClassReport(const QStringList &files, QTextStream &out, QTextStream &err)
{
    QList<xapi::LearnerResults> read;
    bool errors = false;
    for (const QString &file : files) {
        const xapi::ResultsReadResult r = xapi::readResultsFile(file);
        for (const Diagnostic &d : r.diagnostics)
            err << d.toString() << '\n';
        if (r.results)
            read << *r.results;
        errors = errors || !r.results;
    }
    if (read.isEmpty()) {
        err << "leerpad: no results file could be read\n";
        return 1;
    }
    const xapi::ClassReport report = xapi::buildClassReport(read);
    for (const QString &skipped : report.skipped)
        err << "leerpad: left out: " << skipped << '\n';
    out << classReportText(report);
    return errors ? 1 : 0;
}

} // namespace leerpad
