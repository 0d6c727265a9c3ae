// Live reload in the trainer view, offscreen: the time from a saved course file until
// the window shows the edited text. Figures, never pass/fail (see docs/performance.md).
//
//   reload_bench [--count N] [--smoke] [--media real|none] [COURSE_DIR]
//
// COURSE_DIR (module 1.4 by default) is copied to a temporary folder; the copy is opened
// in the real MainWindow in the trainer view, on the first page after the first that
// has a paragraph to edit. Each save appends a new marker to that paragraph -- the edit
// a trainer makes -- and is written the two ways editors save:
//   rename:  write a temporary file, then rename it over course.json (QSaveFile);
//   inplace: truncate course.json and write it again (QFile).
// One line per style (and one for both together):
//   reload course=NAME style=rename saves=N median_ms=… p90_ms=… max_ms=… debounce_ms=…
//          wait_median_ms=… work_median_ms=… paint_median_ms=… loader_median_ms=…
//
// The clock starts when the save has returned (the file is complete on disk; how long
// the editor takes to write it is not ours) and stops when the page showing the new
// text has been painted. Parts of that time:
//   wait:  from the save until the watcher's debounce timer fires: inotify delivery,
//          then the debounce_ms the watcher waits for a save's burst of events (a
//          rename-over save is a create, a rename and folder events; an in-place save
//          a truncate and writes) to end, restarted by each event of the burst. This
//          part is deliberate idle time, not work.
//   work:  from the debounce firing until LiveReload::reloaded: checking the watched
//          files, loading and validating the course (loader, measured alone too) and
//          rebuilding the window on the same page.
//   paint: the posted events (layout, deletion of the old page) and the page's paint,
//          forced when the platform holds it for its frame timer (as in
//          pageswitch_bench).
// Waiting uses a nested event loop rather than a poll: the loop sleeps in the kernel and
// wakes on the inotify descriptor and the debounce timer exactly as the player's does,
// so no polling interval is added to the figure.

#include "core/learning/navigator.h"
#include "core/progress/progressstore.h"
#include "core/session/coursesession.h"
#include "core/session/coursewatcher.h"
#include "core/session/sessionhost.h"
#include "ui/page/pageview.h"
#include "ui/page/textblockview.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

using namespace leerpad;

namespace {

constexpr int kDefaultCount = 20;
constexpr int kSmokeCount = 3;
constexpr int kTimeoutMs = 5000;
// Between saves: lets the watcher re-arm and settle, as a trainer's saves are seconds
// apart; not part of any figure.
constexpr int kPauseMs = 150;

struct Options
{
    QString course = QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4");
    int count = kDefaultCount;
    QString media = QStringLiteral("real");
};

std::optional<Options> parse(const QStringList &args)
{
    Options o;
    bool courseGiven = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--smoke")) {
            o.count = kSmokeCount;
        } else if (a == QLatin1String("--count") && hasValue) {
            bool ok = false;
            o.count = args[++i].toInt(&ok);
            if (!ok || o.count < 1)
                return std::nullopt;
        } else if (a == QLatin1String("--media") && hasValue) {
            o.media = args[++i];
            if (o.media != QLatin1String("real") && o.media != QLatin1String("none"))
                return std::nullopt;
        } else if (a.startsWith(QLatin1String("--")) || courseGiven) {
            return std::nullopt;
        } else {
            o.course = QFileInfo(a).absoluteFilePath();
            courseGiven = true;
        }
    }
    return o;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::max(1.0, std::ceil(p / 100.0 * double(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    bool ok = true;
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(source.relativeFilePath(file));
        ok = QDir().mkpath(QFileInfo(target).path()) && QFile::copy(file, target) && ok;
    }
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool saveByRename(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

bool saveInPlace(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool pageShows(const MainWindow &window, const QString &text)
{
    for (const TextBlockView *view : window.pageView()->blocksOf<TextBlockView>()) {
        if (view->toPlainText().contains(text))
            return true;
    }
    return false;
}

// A paragraph of the page shown that occurs exactly once in the file, so the edit
// changes that paragraph and nothing else.
QString editableParagraph(const MainWindow &window, const QByteArray &file)
{
    for (const TextBlockView *view : window.pageView()->blocksOf<TextBlockView>()) {
        const QStringList lines = view->toPlainText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QByteArray utf8 = line.toUtf8();
            if (line.size() >= 20 && file.count(utf8) == 1)
                return line;
        }
    }
    return {};
}

// Sees the debounce timer's event before the timer emits timeout(): the moment the
// watcher stops waiting and the reload starts.
class TimerSpy : public QObject
{
public:
    using QObject::QObject;
    qint64 firedAt = -1;
    const QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer && firedAt < 0)
            firedAt = clock->nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }
};

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

void settleAndPaint(MainWindow &window)
{
    PaintSpy spy;
    QWidget *content = window.pageView()->widget();
    if (content)
        content->installEventFilter(&spy);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents();
    if (!spy.painted)
        window.currentPageArea()->repaint();
    if (content)
        content->removeEventFilter(&spy);
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Sample
{
    double totalMs = 0;
    double waitMs = 0;
    double workMs = 0;
    double paintMs = 0;
};

struct Series
{
    QList<Sample> samples;
    int failures = 0;
    int extraReloads = 0;

    QList<double> field(double Sample::*member) const
    {
        QList<double> out;
        for (const Sample &s : samples)
            out << s.*member;
        return out;
    }
};

void print(const QString &course, const char *style, const Series &s, int debounceMs,
           double loaderMs)
{
    const QList<double> total = s.field(&Sample::totalMs);
    std::printf("reload course=%s style=%s saves=%d median_ms=%.1f p90_ms=%.1f max_ms=%.1f "
                "debounce_ms=%d wait_median_ms=%.1f work_median_ms=%.1f paint_median_ms=%.1f "
                "loader_median_ms=%.1f extra_reloads=%d failures=%d\n",
                qPrintable(course), style, int(total.size()), median(total), percentile(total, 90),
                total.isEmpty() ? 0.0 : *std::max_element(total.cbegin(), total.cend()), debounceMs,
                median(s.field(&Sample::waitMs)), median(s.field(&Sample::workMs)),
                median(s.field(&Sample::paintMs)), loaderMs, s.extraReloads, s.failures);
    std::fflush(stdout);
}

int run(const Options &o)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !copyTree(o.course, dir.path())) {
        std::fprintf(stderr, "reload_bench: cannot copy %s\n", qPrintable(o.course));
        return 1;
    }
    const QString file = QDir(dir.path()).filePath(QStringLiteral("course.json"));
    const QByteArray original = readAll(file);

    QTemporaryDir data;
    ProgressStore store(data.path());
    SessionHost host(&store);
    MainWindow window(&host);
    if (o.media == QLatin1String("none"))
        window.setMediaPlayers({}); // no player: as when the file is missing
    window.resize(1200, 780);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!window.openCourse(dir.path())) {
        std::fprintf(stderr, "reload_bench: %s does not load\n", qPrintable(o.course));
        return 1;
    }
    window.setTrainerMode(true);

    // Not the first page: staying on the page being edited is part of the reload.
    QString paragraph;
    for (int i = 1; i < window.session()->navigator()->pageCount() && paragraph.isEmpty(); ++i) {
        window.session()->navigator()->goToIndex(i);
        paragraph = editableParagraph(window, original);
    }
    if (paragraph.isEmpty()) {
        std::fprintf(stderr, "reload_bench: no paragraph to edit in %s\n", qPrintable(o.course));
        return 1;
    }
    const QString pageId = window.session()->navigator()->currentPageId();
    settleAndPaint(window);
    pause(kPauseMs);

    QTimer *debounce = host.watcher()->findChild<QTimer *>(
        QString(), Qt::FindDirectChildrenOnly);
    const int debounceMs = debounce ? debounce->interval() : -1;

    QElapsedTimer clock;
    TimerSpy timerSpy;
    timerSpy.clock = &clock;
    if (debounce)
        debounce->installEventFilter(&timerSpy);

    QString expected;
    qint64 reloadedAt = -1;
    int reloads = 0;
    QEventLoop loop;
    // After each reload, shown or refused (a new session, or stale diagnostics).
    QObject::connect(&host, &SessionHost::diagnosticsChanged, &loop, [&](const Diagnostics &, bool) {
        ++reloads;
        if (pageShows(window, expected)) {
            reloadedAt = clock.nsecsElapsed();
            loop.quit();
        }
    });

    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);

    Series rename, inplace, all;
    int version = 0;
    for (int n = 0; n < o.count; ++n) {
        for (const bool byRename : {true, false}) {
            Series &series = byRename ? rename : inplace;
            ++version;
            expected = paragraph + QStringLiteral(" (bewerking %1)").arg(version);
            QByteArray edited = original;
            edited.replace(paragraph.toUtf8(), expected.toUtf8());
            reloadedAt = -1;
            timerSpy.firedAt = -1;
            reloads = 0;
            const bool saved = byRename ? saveByRename(file, edited) : saveInPlace(file, edited);
            clock.start();
            if (!saved) {
                std::fprintf(stderr, "reload_bench: cannot save %s\n", qPrintable(file));
                return 1;
            }
            // One timer, restarted per save: a single-shot timer per save would still be
            // pending seconds later and end a later save's wait early.
            timeout.start(kTimeoutMs);
            loop.exec();
            timeout.stop();
            if (reloadedAt < 0 || window.session()->navigator()->currentPageId() != pageId) {
                std::fprintf(stderr, "reload_bench: save %d (%s) not shown on page %s within %d ms; "
                                     "reloads seen: %d\n",
                             version, byRename ? "rename" : "inplace", qPrintable(pageId),
                             kTimeoutMs, reloads);
                ++series.failures;
                ++all.failures;
                pause(kPauseMs);
                continue;
            }
            settleAndPaint(window);
            const qint64 shownAt = clock.nsecsElapsed();
            Sample s;
            s.totalMs = shownAt / 1e6;
            s.waitMs = timerSpy.firedAt >= 0 ? timerSpy.firedAt / 1e6 : 0;
            s.workMs = (reloadedAt - std::max<qint64>(0, timerSpy.firedAt)) / 1e6;
            s.paintMs = (shownAt - reloadedAt) / 1e6;
            series.samples << s;
            all.samples << s;
            series.extraReloads += reloads - 1;
            all.extraReloads += reloads - 1;
            pause(kPauseMs);
        }
    }

    // The loader alone on the last saved version, for its share of "work".
    QList<double> loaderMs;
    for (int i = 0; i < o.count; ++i) {
        LoadOptions options;
        options.openWithMissingMedia = true;
        QElapsedTimer t;
        t.start();
        const LoadResult r = loadCourse(file, options);
        loaderMs << t.nsecsElapsed() / 1e6;
        if (!r.ok())
            return 1;
    }
    const double loader = median(loaderMs);

    const QString name = QFileInfo(o.course).fileName();
    print(name, "rename", rename, debounceMs, loader);
    print(name, "inplace", inplace, debounceMs, loader);
    print(name, "all", all, debounceMs, loader);
    return all.failures > 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Window geometry, zoom and the recent list go to a throw-away folder, never into the
    // user's own configuration; no progress store is opened.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeerpadBench"));
    QApplication::setApplicationName(QStringLiteral("reload_bench"));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));

    const auto options = parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "usage: reload_bench [--count N] [--smoke] [--media real|none] "
                             "[COURSE_DIR]\n");
        return 2;
    }
    return run(*options);
}
