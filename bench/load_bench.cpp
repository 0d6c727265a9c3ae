// Course load + validate + model build against the physical floor: a bare
// nlohmann::json::parse of the same bytes. Courses are given as arguments:
//   load_bench [benchmark flags] COURSE_DIR...

#include "core/loader/courseloader.h"
#include "core/loader/jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void bareParse(benchmark::State &state, const QByteArray &bytes)
{
    for (auto _ : state) {
        auto doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}

// The loader's own parse alone (duplicate keys, limits, DOM): the split between
// parsing and building the model.
void strictParse(benchmark::State &state, const QByteArray &bytes)
{
    const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
    for (auto _ : state) {
        auto r = leerpad::readJson(view);
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}

void fullLoad(benchmark::State &state, const QByteArray &bytes, const QString &file)
{
    leerpad::LoadOptions options;
    options.openWithMissingMedia = true;
    for (auto _ : state) {
        auto r = leerpad::loadCourseFromBytes(bytes, file, options);
        if (!r.ok())
            state.SkipWithError("course did not load");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    static std::vector<QByteArray> keep; // the benchmarks refer to these bytes
    keep.reserve(std::size_t(argc));
    for (int i = 1; i < argc; ++i) {
        const QString file = leerpad::courseFileFor(QString::fromLocal8Bit(argv[i]));
        keep.push_back(readAll(file));
        const QByteArray &bytes = keep.back();
        if (bytes.isEmpty()) {
            std::fprintf(stderr, "load_bench: cannot read %s\n", qPrintable(file));
            return 1;
        }
        const std::string name = QFileInfo(file).dir().dirName().toStdString();
        benchmark::RegisterBenchmark(("BareParse/" + name).c_str(), bareParse, bytes)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("StrictParse/" + name).c_str(), strictParse, bytes)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("LoadValidateBuild/" + name).c_str(), fullLoad, bytes, file)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
