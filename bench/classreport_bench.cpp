// The trainer's class report for a class of 500: every learner's results file (their
// xAPI statements for module 1.4) read with full validation and made into one report,
// and the Klasoverzicht window loading the 500 files from disk and painting itself,
// each beside a bare JSON parse of the same bytes (from memory, from disk) in the same
// run. The files come from real sessions of the module (five kinds of learner, from all
// right to half wrong), each copy under its own name and account. --write DIR also
// leaves the files there, to open in the player's Klasoverzicht.
//   classreport_bench [benchmark flags] [--learners N] [--write DIR]

#include "core/progress/progressstore.h"
#include "core/results/classreport.h"
#include "core/results/learnerprofile.h"
#include "core/results/resultsfile.h"
#include "core/results/statementsfile.h"
#include "modulelearner.h"
#include "ui/trainer/classreportdialog.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPixmap>
#include <QTemporaryDir>

using namespace leerpad;

namespace {

int g_learners = 500;
QString g_writeDir;

// One learner through the whole module (every page, every dialogue, the practice right)
// with the first `wrong` self-test answers wrong, who closes the player at the end.
QByteArray learnerFile(const std::shared_ptr<const Course> &course, int wrong)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path(), QStringLiteral("p-template"), ProgressStore::Durability::ProcessCrash);
    test::learnTheModule(store,
                         xapi::actorOf({QStringLiteral("p-template"), QStringLiteral("Leerling"), {}},
                                       QStringLiteral("urn:leerpad:bench")),
                         wrong, true);
    return xapi::statementsFileBytes(store.statementsOf(course->id));
}

struct Class
{
    std::shared_ptr<const Course> course;
    QList<QByteArray> files;
    QStringList paths; // the same files on disk
    qint64 bytes = 0;
};

const Class &theClass()
{
    static const Class c = [] {
        const auto course = test::module14();
        QList<QByteArray> kinds;
        for (int wrong : {0, 1, 2, 3, 5})
            kinds << learnerFile(course, wrong);
        Class out;
        out.course = course;
        static QTemporaryDir temp;
        const QDir where(g_writeDir.isEmpty() ? temp.path() : g_writeDir);
        where.mkpath(QStringLiteral("."));
        for (int i = 0; i < g_learners; ++i) {
            QByteArray f = kinds.at(i % kinds.size());
            const QByteArray id = "p-" + QByteArray::number(i);
            f.replace("p-template", id)
                .replace("\"name\":\"Leerling\"",
                         "\"name\":\"Leerling " + QByteArray::number(i) + '"');
            out.bytes += f.size();
            out.files << f;
            const QString path = where.filePath(
                QStringLiteral("leerling-%1-module-1.4.json").arg(i, 3, 10, QLatin1Char('0')));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(f) != f.size())
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            out.paths << path;
        }
        return out;
    }();
    return c;
}

// The time per iteration is the whole class; items/s is learners per second.
void perLearner(benchmark::State &state)
{
    state.SetItemsProcessed(int64_t(state.iterations()) * g_learners);
}

// Baseline: only QJsonDocument's parse of the same bytes, no checks, no report.
void BM_BareJsonParse(benchmark::State &state)
{
    const Class &c = theClass();
    for (auto _ : state) {
        int n = 0;
        for (const QByteArray &f : c.files)
            n += int(QJsonDocument::fromJson(f).array().size());
        benchmark::DoNotOptimize(n);
    }
    perLearner(state);
}

// Every file read as a trainer's report reads it (located checks), then the report.
void BM_ClassReport(benchmark::State &state)
{
    const Class &c = theClass();
    for (auto _ : state) {
        QList<xapi::LearnerResults> read;
        for (qsizetype i = 0; i < c.files.size(); ++i) {
            const xapi::ResultsReadResult r =
                xapi::readResults(c.files.at(i), QStringLiteral("learner-%1.json").arg(i));
            if (r.results)
                read << *r.results;
        }
        const xapi::ClassReport report = xapi::buildClassReport(read);
        if (report.rows.size() != g_learners)
            state.SkipWithError("not every learner made it into the report");
        benchmark::DoNotOptimize(report.rows.size());
    }
    perLearner(state);
}

// Baseline for the window: the same files read from disk and parsed bare.
void BM_BareJsonParseFromDisk(benchmark::State &state)
{
    const Class &c = theClass();
    for (auto _ : state) {
        int n = 0;
        for (const QString &path : c.paths) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            n += int(QJsonDocument::fromJson(f.readAll()).array().size());
        }
        benchmark::DoNotOptimize(n);
    }
    perLearner(state);
}

// What the trainer waits for: the Klasoverzicht reads the 500 files (the folder's
// files, as Map toevoegen… gives them), fills both tables and the chart, and paints.
void BM_ClassReportWindow(benchmark::State &state)
{
    const Class &c = theClass();
    for (auto _ : state) {
        ClassReportDialog dialog;
        dialog.load(c.paths, c.course);
        dialog.resize(1060, 680);
        const QPixmap painted = dialog.grab();
        if (dialog.report().rows.size() != g_learners)
            state.SkipWithError("not every learner made it into the window");
        benchmark::DoNotOptimize(painted.cacheKey());
    }
    perLearner(state);
}

BENCHMARK(BM_BareJsonParse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClassReport)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BareJsonParseFromDisk)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClassReportWindow)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    // Our own flags first; Google Benchmark's flags are left for it.
    for (int i = 1; i + 1 < argc;) {
        if (std::strcmp(argv[i], "--learners") == 0)
            g_learners = std::max(1, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--write") == 0)
            g_writeDir = QString::fromLocal8Bit(argv[i + 1]);
        else {
            ++i;
            continue;
        }
        for (int k = i; k + 2 <= argc; ++k)
            argv[k] = argv[k + 2];
        argc -= 2;
    }
    benchmark::Initialize(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Class &c = theClass();
    std::printf("class: %d learners, %d statement files, %.1f MB of statements\n", g_learners,
                int(c.files.size()), double(c.bytes) / 1e6);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
