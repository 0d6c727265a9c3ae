// Page switch in the real widgets, offscreen: the time from a learner's "next page"
// until the new page is laid out and painted, for every page of each course given.
// Figures, never pass/fail (see docs/performance.md).
//
//   pageswitch_bench [--smoke] [--switches N] [--rounds N] [--store full|normal]
//                    [--media real|none] COURSE_DIR...
//
// --smoke walks only the first 20 switches of each course (for CI); --switches N the
// first N (for a profiler). The player always has a progress store (in a temporary
// folder here), so each switch also commits; --store says how durably (full:
// synchronous=FULL, the player's default). --media none gives audio blocks no media
// player (as when the file is missing), to separate QMediaPlayer's share.
//
// One line per course and round:
//   pageswitch course=NAME round=R pages=P switches=S store=... media=...
//              median_ms=… p90_ms=… p99_ms=… max_ms=… build_median_ms=…
//              first_tenth_median_ms=… last_tenth_median_ms=… forced_paints=F
//              toc_resets=0 toc_rows_inserted=0 toc_rows_removed=0 toc_layout_changes=0
//
// What one switch includes, in the order the player does it:
//  1. the "Volgende pagina" action is triggered (the QAction behind Alt+Right and the
//     menu; the Volgende button ends in the same Navigator::next()). Everything the
//     window does synchronously happens here: the navigator, the page view building
//     the new page's widgets, the navigation bar, the table of contents following, and
//     -- with --store -- the progress commit. The end of this part is build_ms.
//  2. the posted events a real event loop would run before the next frame: the old
//     page's deferred deletion, then layout requests, polish and update requests
//     (QCoreApplication::sendPostedEvents, repeated while they post more).
//  3. the paint of the new page. When step 2 has not painted it yet (the platform may
//     hold update requests for its frame timer), the page area is repainted
//     synchronously: waiting for the timer would measure idle time, not work. Such
//     pages are counted as forced_paints. The clock stops once the page's contents
//     have received their paint event.
// The first/last tenth medians show whether a switch grows as the walk proceeds
// (visited sets, history, the table of contents).

#include "core/learning/navigator.h"
#include "core/progress/progressstore.h"
#include "core/session/coursesession.h"
#include "core/session/sessionhost.h"
#include "ui/page/pageview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/playeractions.h"
#include "ui/window/tocmodel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <numeric>
#include <optional>

using namespace leerpad;

namespace {

constexpr int kSmokeSwitches = 20;

struct Options
{
    QStringList courses;
    int switches = -1; // all
    int rounds = 1;
    QString store = QStringLiteral("full");
    QString media = QStringLiteral("real");
    int slowest = 0; // print the N slowest switches with their pages
};

void usage()
{
    std::fprintf(stderr, "usage: pageswitch_bench [--smoke] [--switches N] [--rounds N] "
                         "[--store full|normal] [--media real|none] [--slowest N] "
                         "COURSE_DIR...\n");
}

std::optional<Options> parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--smoke")) {
            o.switches = kSmokeSwitches;
        } else if (a == QLatin1String("--switches") && hasValue) {
            bool ok = false;
            o.switches = args[++i].toInt(&ok);
            if (!ok || o.switches < 1)
                return std::nullopt;
        } else if (a == QLatin1String("--slowest") && hasValue) {
            bool ok = false;
            o.slowest = args[++i].toInt(&ok);
            if (!ok || o.slowest < 0)
                return std::nullopt;
        } else if (a == QLatin1String("--rounds") && hasValue) {
            bool ok = false;
            o.rounds = args[++i].toInt(&ok);
            if (!ok || o.rounds < 1)
                return std::nullopt;
        } else if (a == QLatin1String("--store") && hasValue) {
            o.store = args[++i];
            if (o.store != QLatin1String("full") && o.store != QLatin1String("normal"))
                return std::nullopt;
        } else if (a == QLatin1String("--media") && hasValue) {
            o.media = args[++i];
            if (o.media != QLatin1String("real") && o.media != QLatin1String("none"))
                return std::nullopt;
        } else if (a.startsWith(QLatin1String("--"))) {
            return std::nullopt;
        } else {
            o.courses << a;
        }
    }
    if (o.courses.isEmpty())
        return std::nullopt;
    return o;
}

// Nearest-rank percentile of sorted values.
double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::max(1.0, std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[std::min(rank, sorted.size()) - 1];
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Notes whether the widget it watches received a paint event.
class PaintSpy : public QObject
{
public:
    using QObject::QObject;
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Counts every structural change of the table of contents model; a page switch must
// cause none (only dataChanged for page states is expected).
struct TocWatch
{
    int resets = 0;
    int rowsInserted = 0;
    int rowsRemoved = 0;
    int layoutChanges = 0;

    void attach(TocModel *model, QObject *context)
    {
        QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, context, [this] { ++resets; });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, context, [this] { ++rowsInserted; });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, [this] { ++rowsRemoved; });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, context, [this] { ++layoutChanges; });
    }
};

// Steps 2 and 3 of a switch (see the top of the file). Returns whether the paint had to
// be forced.
bool settleAndPaint(MainWindow &window, PaintSpy &spy)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // Layout requests post further requests to the parents, so run a few passes; three
    // are enough for the page's depth, more find nothing to do.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents();
    if (spy.painted)
        return false;
    window.currentPageArea()->repaint();
    return true;
}

struct Walk
{
    QList<double> totalMs;
    QList<double> buildMs;
    QStringList pageIds; // the page each switch went to
    int forcedPaints = 0;
    int unpainted = 0;
};

Walk walk(MainWindow &window, int switches)
{
    Walk w;
    QAction *next = window.actions().next;
    QElapsedTimer clock;
    for (int i = 0; i < switches && next->isEnabled(); ++i) {
        clock.start();
        next->trigger();
        const qint64 built = clock.nsecsElapsed();
        // The new page's contents exist now; watch them for their first paint. Installing
        // the filter is a pointer append, negligible next to the rest.
        PaintSpy spy;
        QWidget *content = window.pageView()->widget();
        if (content)
            content->installEventFilter(&spy);
        const bool forced = settleAndPaint(window, spy);
        const qint64 total = clock.nsecsElapsed();
        if (content)
            content->removeEventFilter(&spy);
        w.buildMs << built / 1e6;
        w.pageIds << window.session()->navigator()->currentPageId();
        w.totalMs << total / 1e6;
        w.forcedPaints += forced ? 1 : 0;
        w.unpainted += spy.painted ? 0 : 1;
    }
    return w;
}

int run(const Options &o)
{
    int status = 0;
    for (const QString &course : o.courses) {
        // Fresh for every course: a store file, a window, and nothing of the previous.
        QTemporaryDir data;
        ProgressStore store(data.path(), o.store == QLatin1String("full")
                                             ? ProgressStore::Durability::PowerLoss
                                             : ProgressStore::Durability::ProcessCrash);
        SessionHost host(&store);
        MainWindow window(&host);
        if (o.media == QLatin1String("none"))
            window.setMediaPlayers({}); // no player: as when the file is missing
        window.resize(1200, 780);
        window.show();
        QApplication::setActiveWindow(&window);

        QElapsedTimer openClock;
        openClock.start();
        if (!window.openCourse(course)) {
            std::fprintf(stderr, "pageswitch_bench: %s does not load\n", qPrintable(course));
            status = 1;
            continue;
        }
        QCoreApplication::processEvents();
        const double openMs = openClock.nsecsElapsed() / 1e6;

        const QString name = QFileInfo(QFileInfo(host.coursePath()).absolutePath()).fileName();
        const int pages = window.session()->navigator()->pageCount();
        std::printf("pageswitch-open course=%s pages=%d open_ms=%.1f\n", qPrintable(name), pages, openMs);

        for (int round = 1; round <= o.rounds; ++round) {
            window.actions().first->trigger();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();

            TocWatch toc;
            QObject context;
            toc.attach(window.tocModel(), &context);
            const int switches = o.switches > 0 ? std::min(o.switches, pages - 1) : pages - 1;
            const Walk w = walk(window, switches);

            QList<double> sorted = w.totalMs;
            std::sort(sorted.begin(), sorted.end());
            const qsizetype tenth = std::max<qsizetype>(1, w.totalMs.size() / 10);
            std::printf("pageswitch course=%s round=%d pages=%d switches=%d store=%s media=%s "
                        "median_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f build_median_ms=%.2f "
                        "first_tenth_median_ms=%.2f last_tenth_median_ms=%.2f forced_paints=%d "
                        "toc_resets=%d toc_rows_inserted=%d toc_rows_removed=%d "
                        "toc_layout_changes=%d\n",
                        qPrintable(name), round, pages, int(w.totalMs.size()), qPrintable(o.store),
                        qPrintable(o.media), median(w.totalMs), percentile(sorted, 90),
                        percentile(sorted, 99), sorted.isEmpty() ? 0.0 : sorted.last(),
                        median(w.buildMs), median(w.totalMs.first(tenth)),
                        median(w.totalMs.last(tenth)), w.forcedPaints, toc.resets,
                        toc.rowsInserted, toc.rowsRemoved, toc.layoutChanges);
            QList<qsizetype> order(w.totalMs.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&w](qsizetype a, qsizetype b) { return w.totalMs[a] > w.totalMs[b]; });
            for (qsizetype k = 0; k < std::min<qsizetype>(o.slowest, order.size()); ++k) {
                const qsizetype i = order[k];
                std::printf("pageswitch-slow course=%s round=%d page=%s total_ms=%.2f build_ms=%.2f\n",
                            qPrintable(name), round, qPrintable(w.pageIds[i]), w.totalMs[i],
                            w.buildMs[i]);
            }
            std::fflush(stdout);
            if (w.unpainted > 0) {
                std::fprintf(stderr, "pageswitch_bench: %d pages were never painted\n", w.unpainted);
                status = 1;
            }
        }
        window.hide();
    }
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Window geometry, zoom and the recent list go to a throw-away folder, never into
    // the user's own configuration (the store, when used, gets its own folder too).
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeerpadBench"));
    QApplication::setApplicationName(QStringLiteral("pageswitch_bench"));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));

    const auto options = parse(QCoreApplication::arguments());
    if (!options) {
        usage();
        return 2;
    }
    return run(*options);
}
