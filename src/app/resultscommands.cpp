#include "app/resultscommands.h"

#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/results/classreport.h"
#include "core/results/learnerprofile.h"
#include "core/results/resultsfile.h"
#include "core/session/coursesession.h"

#include <QCoreApplication>
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
    ProgressStore store(progressDataDir(cl));
    CourseSession session(loaded.course, &store); // reads back; begin() is never called
    QSettings settings;
    const xapi::LearnerProfile learner = xapi::chooseProfile(settings, cl.learnerName, cl.learnerId);
    const QByteArray bytes = xapi::resultsFileBytes(session, learner, QDateTime::currentDateTimeUtc(),
                                                    QStringLiteral("Leerpad %1").arg(QCoreApplication::applicationVersion()));
    QSaveFile file(cl.outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "leerpad: " << cl.outputPath << ": cannot write the results: " << file.errorString() << '\n';
        return 1;
    }
    out << "leerpad: results of " << (learner.name.isEmpty() ? learner.id : learner.name) << " written to "
        << cl.outputPath << '\n';
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
