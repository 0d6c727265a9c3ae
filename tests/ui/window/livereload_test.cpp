// Live reload: the viewer follows a course file edited elsewhere, keeps the last good
// version while the file is broken, and stays on the page being edited.

#include "core/learning/navigator.h"
#include "core/session/coursewatcher.h"
#include "ui/trainer/diagnosticsdock.h"
#include "ui/window/noticebar.h"
#include "support/uitestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileSystemWatcher>
#include <QListWidget>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdio>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

constexpr int kTimeoutMs = 10000;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// As editors that save by writing a temporary file and renaming it over the original.
bool saveByRename(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

// As editors that rewrite the file in place.
bool saveInPlace(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

TEST(CourseWatcher, ReportsRenameOverSavesRepeatedly)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("course.json"));
    ASSERT_TRUE(saveInPlace(file, "{}"));
    CourseWatcher watcher;
    watcher.watch({file});
    QSignalSpy spy(&watcher, &CourseWatcher::changed);
    for (int i = 1; i <= 3; ++i) {
        ASSERT_TRUE(saveByRename(file, QByteArray("{\"n\": ") + QByteArray::number(i) + "}"));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= i, kTimeoutMs);
    }
}

TEST(CourseWatcher, IgnoresUnrelatedFilesInTheFolder)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("course.json"));
    ASSERT_TRUE(saveInPlace(file, "{}"));
    CourseWatcher watcher;
    watcher.watch({file, dir.filePath(QStringLiteral("media/missing.ogg"))});
    QSignalSpy spy(&watcher, &CourseWatcher::changed);
    // The folder is watched (for rename-over saves and media that appear later), so an
    // unrelated file there does reach the watcher; it must end there.
    auto *folderWatch = watcher.findChild<QFileSystemWatcher *>();
    ASSERT_NE(folderWatch, nullptr);
    QSignalSpy folderEvents(folderWatch, &QFileSystemWatcher::directoryChanged);

    ASSERT_TRUE(saveInPlace(dir.filePath(QStringLiteral("notes.txt")), "x"));
    QTRY_VERIFY_WITH_TIMEOUT(!folderEvents.isEmpty(), kTimeoutMs);
    // Far beyond the 50 ms debounce: whatever the folder event leads to has happened.
    QTest::qWait(300);
    EXPECT_EQ(spy.count(), 0) << "an unrelated file in the folder was reported as a change";

    // Then a real change, on its own, is reported once.
    ASSERT_TRUE(saveInPlace(file, "{ }"));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, kTimeoutMs);
    QTest::qWait(300);
    EXPECT_EQ(spy.count(), 1);
}

TEST(LiveReload, KeepsTheLastGoodVersionWhileBrokenThenUpdates)
{
    auto copy = copyModule();
    ASSERT_TRUE(copy->ok);
    const QString file = QDir(copy->path()).filePath(QStringLiteral("course.json"));
    const QByteArray original = readAll(file);
    ASSERT_FALSE(original.isEmpty());

    TestPlayer player(QString{});
    MainWindow &window = player.window;
    window.show();
    ASSERT_TRUE(window.openCourse(copy->path()));
    const auto firstVersion = player.course();
    const QString pageId = firstVersion->sections[3].pages[0].id;
    ASSERT_TRUE(player.nav().goTo(pageId));
    // After each reload: whether the new version was refused (stale diagnostics).
    QSignalSpy spy(&player.host, &SessionHost::diagnosticsChanged);

    // Broken: the last good course stays, the panel opens with the problem, and the
    // window says so even when the panel is closed again.
    QByteArray broken = original;
    broken.chop(broken.size() - broken.lastIndexOf('}'));
    ASSERT_TRUE(saveByRename(file, broken));
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), kTimeoutMs);
    EXPECT_TRUE(spy.last().at(1).toBool());
    EXPECT_EQ(player.course(), firstVersion);
    EXPECT_EQ(player.nav().currentPageId(), pageId);
    EXPECT_TRUE(window.diagnosticsDock()->isVisible());
    EXPECT_TRUE(hasErrors(window.diagnosticsDock()->diagnostics()));
    EXPECT_TRUE(window.noticeBar()->text().contains(QStringLiteral("laatste goede versie")));

    // Fixed with a change: the new version is shown on the same page.
    QByteArray edited = original;
    edited.replace("Module 1.4", "Module 1.4 bewerkt");
    ASSERT_NE(edited, original);
    spy.clear();
    ASSERT_TRUE(saveInPlace(file, edited));
    QTRY_VERIFY_WITH_TIMEOUT(player.course() != firstVersion, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), kTimeoutMs);
    EXPECT_FALSE(spy.last().at(1).toBool());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("bewerkt")));
    EXPECT_EQ(player.nav().currentPageId(), pageId);
    EXPECT_FALSE(hasErrors(window.diagnosticsDock()->diagnostics()));
}

TEST(LiveReload, ABrokenFileOpenedFirstIsShownOnceFixed)
{
    auto copy = copyModule();
    ASSERT_TRUE(copy->ok);
    const QString file = QDir(copy->path()).filePath(QStringLiteral("course.json"));
    const QByteArray original = readAll(file);
    ASSERT_TRUE(saveInPlace(file, original.left(original.size() / 2)));

    TestPlayer player(QString{});
    ASSERT_FALSE(player.window.openCourse(file));
    ASSERT_TRUE(saveByRename(file, original));
    QTRY_VERIFY_WITH_TIMEOUT(player.course() != nullptr, kTimeoutMs);
    EXPECT_TRUE(player.window.windowTitle().contains(QStringLiteral("Module 1.4")));
}

// Not a pass/fail test: prints save -> updated view. Run with
//   BUILD/tests/ui/ui_tests --gtest_also_run_disabled_tests
//   --gtest_filter=LiveReload.DISABLED_MeasureSaveToView
TEST(LiveReload, DISABLED_MeasureSaveToView)
{
    auto copy = copyModule();
    ASSERT_TRUE(copy->ok);
    const QString file = QDir(copy->path()).filePath(QStringLiteral("course.json"));
    const QByteArray original = readAll(file);
    TestPlayer player(QString{});
    MainWindow &window = player.window;
    window.show();
    ASSERT_TRUE(window.openCourse(copy->path()));

    QElapsedTimer clock;
    qint64 shownAt = -1;
    QObject::connect(&player.host, &SessionHost::sessionOpened, &window,
                     [&](CourseSession *, bool) { shownAt = clock.nsecsElapsed(); });
    QList<double> ms;
    for (int run = 0; run < 20; ++run) {
        QByteArray edited = original;
        edited.replace("Module 1.4", QByteArray("Module 1.4 r") + QByteArray::number(run));
        shownAt = -1;
        clock.start();
        ASSERT_TRUE(saveByRename(file, edited));
        QTRY_VERIFY_WITH_TIMEOUT(shownAt >= 0, kTimeoutMs);
        ms << shownAt / 1e6;
        QTest::qWait(20);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("live reload save -> view shown, module 1.4, %d runs: median %.1f ms, "
                "min %.1f ms, max %.1f ms\n",
                int(ms.size()), (ms[9] + ms[10]) / 2, ms.first(), ms.last());
}
