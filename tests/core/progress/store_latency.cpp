// Prints the latency of one committed interaction (median and spread) over the scripted
// session of storescript.h. A measurement, not a test: nothing here passes or fails on
// time. Exits non-zero only when the store stops saving.
//
//   store_latency [--count N] [--durability full|normal] [--dir DIR]
//
// Without --dir it uses a temporary directory next to the system temp folder.

#include "core/progress/progressstore.h"
#include "storescript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <unistd.h>

using namespace leerpad;

namespace {

double quantile(const std::vector<double> &sorted, double q)
{
    return sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))];
}

// The physical floor of a durable commit on this disk: what SQLite's WAL commit with
// synchronous=FULL must at least do (append a page, then fdatasync), without SQLite.
std::vector<double> diskFloor(const QString &dir, int count)
{
    QFile f(dir + QStringLiteral("/floor.bin"));
    std::vector<double> ms;
    if (!f.open(QIODevice::ReadWrite | QIODevice::Truncate | QIODevice::Unbuffered))
        return ms;
    const QByteArray page(4096, 'x');
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        f.write(page);
        ::fdatasync(f.handle());
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    f.remove();
    std::sort(ms.begin(), ms.end());
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Interactions to time."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("durability"), QStringLiteral("full (default) or normal."),
                      QStringLiteral("MODE"), QStringLiteral("full")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Data directory (default: a temporary one)."),
                      QStringLiteral("DIR")});
    parser.process(app);

    QTemporaryDir temp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    const int count = std::max(1, parser.value(QStringLiteral("count")).toInt());
    const bool full = parser.value(QStringLiteral("durability")) != QLatin1String("normal");

    ProgressStore store(dir, full ? ProgressStore::Durability::PowerLoss : ProgressStore::Durability::ProcessCrash);
    CourseProgress progress = store.openCourse(storescript::keys()).progress;
    std::vector<double> ms;
    ms.reserve(size_t(count));
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        const bool saved = storescript::step(i, progress, &store);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!saved) {
            std::fprintf(stderr, "store_latency: interaction %d not saved: %s\n", i, qPrintable(store.lastError()));
            return 1;
        }
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) { return quantile(ms, q); };
    std::printf("store_latency: %d committed interactions, synchronous=%s, dir=%s\n", count,
                full ? "FULL" : "NORMAL", qPrintable(dir));
    std::printf("  median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms\n", at(0.5), at(0.9), at(0.99),
                ms.back());
    const std::vector<double> floor = diskFloor(dir, count);
    if (!floor.empty()) {
        std::printf("  disk floor (4 KiB append + fdatasync, no SQLite): median %.3f ms, p90 %.3f ms, "
                    "p99 %.3f ms\n",
                    quantile(floor, 0.5), quantile(floor, 0.9), quantile(floor, 0.99));
        std::printf("store_latency durability=%s median_ms=%.3f p99_ms=%.3f floor_median_ms=%.3f "
                    "ratio_to_floor=%.2f\n",
                    full ? "full" : "normal", at(0.5), at(0.99), quantile(floor, 0.5),
                    at(0.5) / quantile(floor, 0.5));
    }
    return 0;
}
