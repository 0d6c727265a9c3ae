// The course the player shows and its one session: opening another course, coming back,
// a course that fails to load, and reloading a course file that was saved anew. The
// host's reload() is what the file watcher calls; the watcher itself is tested with the
// window (tests/ui/window/livereload_test.cpp).

#include "core/learning/navigator.h"
#include "core/learning/selftestsession.h"
#include "core/progress/progressstore.h"
#include "core/session/coursesession.h"
#include "core/session/coursewatcher.h"
#include "core/session/sessionhost.h"
#include "support/storefile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;
using leerpad::test::StoreFile;

namespace {

const QString kModule = QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4");
const QString kMinimal = QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/valid/minimal");
const QString kBroken = QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/invalid/bands-overlap.json");
const QString kCourse = QStringLiteral("module-1.4");

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    bool ok = true;
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        ok = QFile::copy(file, target) && ok;
    }
    return ok;
}

bool rewrite(const QString &file, const QByteArray &from, const QByteArray &to)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = f.readAll();
    f.close();
    bytes.replace(from, to);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Signals in the order they came.
struct Trace
{
    QStringList lines;
    QObject context; // disconnects when the trace goes, before the host closes
    explicit Trace(SessionHost &host)
    {
        QObject::connect(&host, &SessionHost::sessionClosing, &context, [this](CourseSession *s) {
            lines << QStringLiteral("closing %1").arg(s->course().id);
        });
        QObject::connect(&host, &SessionHost::sessionOpened, &context,
                         [this](CourseSession *s, bool reloaded) {
                             lines << QStringLiteral("opened %1%2")
                                          .arg(s->course().id, reloaded ? QStringLiteral(" (reload)")
                                                                        : QString());
                         });
        QObject::connect(&host, &SessionHost::openFailed, &context,
                         [this] { lines << QStringLiteral("failed"); });
    }
};

} // namespace

TEST(SessionHost, OpeningAnotherCourseClosesTheFirstBeforeTheSecondExists)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    SessionHost host(&store);
    Trace trace(host);
    ASSERT_TRUE(host.open(kModule));
    ASSERT_NE(host.session(), nullptr);
    for (int i = 0; i < 5; ++i)
        host.session()->navigator()->next();
    const QString place = host.session()->navigator()->currentPageId();
    ASSERT_TRUE(host.open(kMinimal));
    ASSERT_TRUE(host.open(kModule));
    EXPECT_EQ(trace.lines, (QStringList{QStringLiteral("opened module-1.4"), QStringLiteral("closing module-1.4"),
                                        QStringLiteral("opened mini"), QStringLiteral("closing mini"),
                                        QStringLiteral("opened module-1.4")}));
    EXPECT_EQ(host.session()->navigator()->currentPageId(), place);
    EXPECT_EQ(host.session()->navigator()->visitedCount(), 6);
    EXPECT_TRUE(host.session()->wasResumed());
    StoreFile file(data.path());
    EXPECT_EQ(file.visited(kCourse).size(), 6);
    EXPECT_EQ(file.currentPage(kCourse), place);
    EXPECT_EQ(file.visited(QStringLiteral("mini")).size(), 1);
}

TEST(SessionHost, ACourseThatFailsToLoadClosesTheOpenOneAndWritesNothingForIt)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    SessionHost host(&store);
    Trace trace(host);
    ASSERT_TRUE(host.open(kModule));
    host.session()->navigator()->next();
    const QStringList before = StoreFile(data.path()).dump(kCourse);
    EXPECT_FALSE(host.open(kBroken));
    EXPECT_EQ(host.session(), nullptr);
    EXPECT_TRUE(hasErrors(host.diagnostics()));
    EXPECT_EQ(QFileInfo(host.coursePath()).fileName(), QStringLiteral("bands-overlap.json"));
    EXPECT_EQ(trace.lines.mid(1), (QStringList{QStringLiteral("closing module-1.4"), QStringLiteral("failed")}));
    EXPECT_EQ(StoreFile(data.path()).dump(kCourse), before);
    EXPECT_FALSE(host.open(QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/no-such-course")));
    EXPECT_EQ(StoreFile(data.path()).dump(kCourse), before);
}

TEST(SessionHost, AReloadBuildsANewSessionThatKeepsThePlace)
{
    QTemporaryDir folder;
    ASSERT_TRUE(copyTree(kModule, folder.path()));
    const QString file = QDir(folder.path()).filePath(QStringLiteral("course.json"));
    QTemporaryDir data;
    ProgressStore store(data.path());
    SessionHost host(&store);
    ASSERT_TRUE(host.open(folder.path()));
    Navigator *nav = host.session()->navigator();
    for (int i = 0; i < 5; ++i)
        nav->next();
    host.session()->selfTest()->start();
    const QString place = nav->currentPageId();
    CourseSession *old = host.session();
    Trace trace(host);

    ASSERT_TRUE(rewrite(file, "Module 1.4", "Module 1.4 (bewerkt)"));
    host.reload();
    ASSERT_NE(host.session(), nullptr);
    EXPECT_NE(host.session(), old);
    EXPECT_TRUE(host.session()->course().title.contains(QStringLiteral("bewerkt")));
    EXPECT_EQ(trace.lines, (QStringList{QStringLiteral("closing module-1.4"),
                                        QStringLiteral("opened module-1.4 (reload)")}));
    EXPECT_EQ(host.session()->navigator()->currentPageId(), place);
    EXPECT_EQ(host.session()->navigator()->visitedCount(), 6);
    EXPECT_NE(host.session()->selfTest()->current(), nullptr);
}

TEST(SessionHost, AReloadWithErrorsKeepsTheLastGoodVersion)
{
    QTemporaryDir folder;
    ASSERT_TRUE(copyTree(kModule, folder.path()));
    const QString file = QDir(folder.path()).filePath(QStringLiteral("course.json"));
    QTemporaryDir data;
    ProgressStore store(data.path());
    SessionHost host(&store);
    ASSERT_TRUE(host.open(folder.path()));
    CourseSession *good = host.session();
    bool stale = false;
    QObject context;
    QObject::connect(&host, &SessionHost::diagnosticsChanged, &context,
                     [&stale](const Diagnostics &, bool isStale) { stale = isStale; });
    ASSERT_TRUE(rewrite(file, "\"sections\"", "\"sectionz\""));
    host.reload();
    EXPECT_EQ(host.session(), good);
    EXPECT_TRUE(stale);
    EXPECT_TRUE(hasErrors(host.diagnostics()));
    // Fixed again: a new session, and no stale diagnostics.
    ASSERT_TRUE(rewrite(file, "\"sectionz\"", "\"sections\""));
    host.reload();
    EXPECT_NE(host.session(), nullptr);
    EXPECT_FALSE(stale);
    EXPECT_FALSE(hasErrors(host.diagnostics()));
}

TEST(SessionHost, ABrokenFileOpenedFirstOpensOnceFixed)
{
    QTemporaryDir folder;
    ASSERT_TRUE(copyTree(kModule, folder.path()));
    const QString file = QDir(folder.path()).filePath(QStringLiteral("course.json"));
    ASSERT_TRUE(rewrite(file, "\"sections\"", "\"sectionz\""));
    QTemporaryDir data;
    ProgressStore store(data.path());
    SessionHost host(&store);
    EXPECT_FALSE(host.open(file));
    EXPECT_TRUE(host.watcher()->files().contains(QFileInfo(file).absoluteFilePath()));
    ASSERT_TRUE(rewrite(file, "\"sectionz\"", "\"sections\""));
    host.reload();
    ASSERT_NE(host.session(), nullptr);
    EXPECT_FALSE(host.session()->wasResumed());
}

TEST(SessionHost, WatchesTheCourseFileAndItsMedia)
{
    QTemporaryDir data;
    ProgressStore store(data.path());
    SessionHost host(&store);
    ASSERT_TRUE(host.open(kModule));
    const QStringList files = host.watcher()->files();
    EXPECT_TRUE(files.contains(QDir(kModule).absoluteFilePath(QStringLiteral("course.json"))));
    // Two dialogues: audio and transcript each.
    EXPECT_EQ(files.size(), 1 + 2 * 2);
}
