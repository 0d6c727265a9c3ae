// Progress survives what a learner and a trainer do to the course that is open: opening
// another course and coming back, and the course file being saved while it is shown
// (live reload, by rename and in place). Expectations come from the actions the test
// performs and are read from the progress file with plain SQL (support/storefile.h).
// Rule under test: nothing is written for a course except by the session holding it.

#include "support/storefile.h"
#include "support/uitestsupport.h"

#include "core/learning/selftestsession.h"
#include "core/package/coursepackage.h"
#include "core/session/coursewatcher.h"
#include "ui/window/courseopen.h"
#include "ui/page/pageview.h"
#include "ui/question/questionview.h"
#include "ui/question/questionwidget.h"
#include "ui/selftest/selftestrunpage.h"
#include "ui/selftest/selftestview.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

constexpr int kTimeoutMs = 10000;
const QString kModuleId = QStringLiteral("module-1.4");

QString minimalCourse()
{
    return QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/valid/minimal");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

enum class Save { ByRename, InPlace };

bool save(Save how, const QString &path, const QByteArray &bytes)
{
    if (how == Save::ByRename) {
        QSaveFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The player as main() builds it, over a data folder.
struct Learner : TestPlayer
{
    explicit Learner(const QString &dataDir) : TestPlayer(QString(), dataDir) { window.show(); }
    QString courseId() const { return course() ? course()->id : QString(); }

    // Waits until the window shows a new version of the course file.
    bool waitForReload(const std::shared_ptr<const Course> &before)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < kTimeoutMs) {
            QTest::qWait(20);
            if (course() && course() != before)
                return true;
        }
        return false;
    }

    QuestionView *question() { return window.pageView()->findChild<QuestionView *>(); }

    // Goes to the test page and starts (or resumes) the test there, as its button does.
    SelfTestView *openSelfTest()
    {
        if (nav().currentPageId() != selfTestPageId() && !nav().goTo(selfTestPageId()))
            return nullptr;
        window.openSelfTest();
        return window.selfTestView();
    }
    // Starts (or resumes) the test and answers the first `count` questions with option 1.
    void answerSelfTest(int count)
    {
        SelfTestView *view = openSelfTest();
        ASSERT_NE(view, nullptr);
        SelfTestRunPage *run = view->runPage();
        for (int i = 0; i < count; ++i) {
            run->showIndex(i);
            ASSERT_TRUE(run->questionWidget()->chooseByNumber(1));
        }
        run->showIndex(count - 1);
    }
    // Answers in the attempt the test page would resume.
    int resumableAnswers()
    {
        const Attempt *open = session() ? session()->selfTest()->current() : nullptr;
        return open ? int(open->answers.size()) : -1;
    }
};

// The ids of the first n pages of module 1.4, visited by pressing Volgende n-1 times.
QStringList visitFirstPages(Learner &learner, int n)
{
    QStringList ids{learner.nav().currentPageId()};
    for (int i = 1; i < n; ++i) {
        EXPECT_TRUE(learner.nav().next());
        ids << learner.nav().currentPageId();
    }
    return ids;
}

QSet<QString> asSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

// Of the first six pages of module 1.4, "een-voorbeeld" holds a dialogue: seen, but
// finished only once it is heard. The other five are text and finish when shown.
QSet<QString> finishedOnSight(const QStringList &ids)
{
    QSet<QString> done = asSet(ids);
    done.remove(QStringLiteral("een-voorbeeld"));
    return done;
}

class Reopen : public ::testing::Test
{
protected:
    void SetUp() override
    {
        copy = copyModule();
        ASSERT_TRUE(copy->ok);
        ASSERT_TRUE(data.isValid());
        file = QDir(copy->path()).filePath(QStringLiteral("course.json"));
        original = readAll(file);
        ASSERT_FALSE(original.isEmpty());
    }
    // A harmless edit, as a trainer's save: another title.
    QByteArray edited(int n) const
    {
        QByteArray bytes = original;
        bytes.replace("Module 1.4", "Module 1.4 (versie " + QByteArray::number(n) + ")");
        return bytes;
    }

    std::unique_ptr<CourseCopy> copy;
    QTemporaryDir data;
    QString file;
    QByteArray original;
};

} // namespace

// (a) Visit six pages, open another course, reopen the first: all six are back.
TEST_F(Reopen, OpeningAnotherCourseAndComingBackKeepsVisitedPagesAndPlace)
{
    QStringList six;
    {
        Learner learner(data.path());
        ASSERT_TRUE(learner.open(copy->path()));
        ASSERT_EQ(learner.courseId(), kModuleId);
        six = visitFirstPages(learner, 6);
        ASSERT_TRUE(learner.open(minimalCourse()));
        ASSERT_NE(learner.courseId(), kModuleId);
        ASSERT_TRUE(learner.open(copy->path()));
        EXPECT_EQ(asSet(six), learner.nav().state().visited);
        EXPECT_EQ(finishedOnSight(six), learner.nav().state().completed);
        EXPECT_EQ(learner.nav().currentPageId(), six.last());
    }
    StoreFile stored(data.path());
    ASSERT_TRUE(stored.isOpen());
    EXPECT_EQ(stored.visited(kModuleId), asSet(six));
    EXPECT_EQ(stored.completed(kModuleId), finishedOnSight(six));
    EXPECT_EQ(stored.currentPage(kModuleId), six.last());
}

// (a) The same when the same course is opened again (File → Openen on itself).
TEST_F(Reopen, OpeningTheSameCourseAgainKeepsVisitedPagesAndPlace)
{
    Learner learner(data.path());
    ASSERT_TRUE(learner.open(copy->path()));
    const QStringList six = visitFirstPages(learner, 6);
    ASSERT_TRUE(learner.open(copy->path()));
    EXPECT_EQ(asSet(six), learner.nav().state().visited);
    EXPECT_EQ(learner.nav().currentPageId(), six.last());
    StoreFile stored(data.path());
    EXPECT_EQ(stored.visited(kModuleId), asSet(six));
}

// (b) Visit six pages, then the file is saved (both ways) while it is shown.
TEST_F(Reopen, LiveReloadKeepsVisitedPagesAndPlace)
{
    Learner learner(data.path());
    ASSERT_TRUE(learner.open(copy->path()));
    const QStringList six = visitFirstPages(learner, 6);
    int version = 0;
    for (const Save how : {Save::ByRename, Save::InPlace}) {
        SCOPED_TRACE(how == Save::ByRename ? "saved by rename" : "saved in place");
        const auto before = learner.course();
        ASSERT_TRUE(save(how, file, edited(++version)));
        ASSERT_TRUE(learner.waitForReload(before));
        EXPECT_EQ(asSet(six), learner.nav().state().visited);
        EXPECT_EQ(learner.nav().currentPageId(), six.last());
        StoreFile stored(data.path());
        EXPECT_EQ(stored.visited(kModuleId), asSet(six));
        EXPECT_EQ(stored.currentPage(kModuleId), six.last());
    }
}

// (c) A practice answer and a running self-test attempt, across live reload.
TEST_F(Reopen, LiveReloadKeepsPracticeAnswerAndRunningAttempt)
{
    Learner learner(data.path());
    ASSERT_TRUE(learner.open(copy->path()));
    const QStringList six = visitFirstPages(learner, 6);
    ASSERT_TRUE(learner.nav().goTo(QStringLiteral("opdracht-1")));
    ASSERT_NE(learner.question(), nullptr);
    ASSERT_TRUE(chooseById(learner.question(), QStringLiteral("collega")));
    learner.question()->check();
    learner.answerSelfTest(4);
    const auto before = learner.course();
    ASSERT_TRUE(save(Save::ByRename, file, edited(1)));
    ASSERT_TRUE(learner.waitForReload(before));

    // Still in the test, on the same question, four answers given.
    EXPECT_EQ(learner.nav().currentPageId(), learner.selfTestPageId());
    SelfTestView *view = learner.window.selfTestView();
    ASSERT_NE(view, nullptr) << "the running test was closed by the reload";
    EXPECT_EQ(learner.window.currentPageArea(), view);
    EXPECT_EQ(view->screen(), SelfTestView::Screen::Question);
    EXPECT_EQ(view->runPage()->currentIndex(), 3);
    EXPECT_EQ(learner.resumableAnswers(), 4);
    EXPECT_TRUE(learner.nav().state().visited.contains(asSet(six)));

    ASSERT_TRUE(learner.nav().goTo(QStringLiteral("opdracht-1")));
    ASSERT_NE(learner.question(), nullptr);
    EXPECT_EQ(learner.question()->chosenIds(), QStringList{QStringLiteral("collega")});
    EXPECT_TRUE(learner.question()->isChecked());

    StoreFile stored(data.path());
    EXPECT_EQ(stored.practiceOptions(kModuleId, QStringLiteral("oefen-1")),
              QStringLiteral("[\"collega\"]"));
    EXPECT_EQ(stored.attemptCount(kModuleId), 1);
    EXPECT_EQ(stored.openAttemptAnswerCount(kModuleId), 4);
    EXPECT_TRUE(stored.visited(kModuleId).contains(asSet(six)));
}

// (c) The same across File → Openen of another course and back.
TEST_F(Reopen, OpeningAnotherCourseKeepsPracticeAnswerAndRunningAttempt)
{
    Learner learner(data.path());
    ASSERT_TRUE(learner.open(copy->path()));
    const QStringList six = visitFirstPages(learner, 6);
    ASSERT_TRUE(learner.nav().goTo(QStringLiteral("opdracht-1")));
    ASSERT_NE(learner.question(), nullptr);
    ASSERT_TRUE(chooseById(learner.question(), QStringLiteral("collega")));
    learner.question()->check();
    learner.answerSelfTest(4);
    const QString place = learner.nav().currentPageId();

    ASSERT_TRUE(learner.open(minimalCourse()));
    ASSERT_TRUE(learner.open(copy->path()));
    EXPECT_EQ(learner.nav().currentPageId(), place);
    EXPECT_TRUE(learner.nav().state().visited.contains(asSet(six)));
    EXPECT_EQ(learner.resumableAnswers(), 4);
    ASSERT_TRUE(learner.nav().goTo(QStringLiteral("opdracht-1")));
    ASSERT_NE(learner.question(), nullptr);
    EXPECT_EQ(learner.question()->chosenIds(), QStringList{QStringLiteral("collega")});
    EXPECT_TRUE(learner.question()->isChecked());

    StoreFile stored(data.path());
    EXPECT_EQ(stored.openAttemptAnswerCount(kModuleId), 4);
    EXPECT_TRUE(stored.visited(kModuleId).contains(asSet(six)));
}

// (d) A course that fails to load writes nothing for the course that was open.
TEST_F(Reopen, ACourseThatFailsToLoadWritesNothingForThePreviousCourse)
{
    Learner learner(data.path());
    ASSERT_TRUE(learner.open(copy->path()));
    visitFirstPages(learner, 6);
    const QStringList before = StoreFile(data.path()).dump(kModuleId);
    ASSERT_FALSE(before.isEmpty());
    QTest::qWait(5); // a write now would change the course row's millisecond stamp

    const QString broken = QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/invalid/bands-overlap.json");
    EXPECT_FALSE(learner.open(broken));
    EXPECT_EQ(StoreFile(data.path()).dump(kModuleId), before);
    EXPECT_FALSE(learner.open(QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/no-such-course")));
    EXPECT_EQ(StoreFile(data.path()).dump(kModuleId), before);
}

// (d) A course and its .leerpad package are one course to the learner: progress belongs to
// the course's id, wherever the course comes from. The package is not watched.
TEST_F(Reopen, ThePackageOfACourseKeepsItsProgressAndIsNotWatched)
{
    const QString package = QDir(data.path()).filePath(QStringLiteral("module-1.4.leerpad"));
    {
        const LoadResult loaded = loadCourse(copy->path());
        ASSERT_TRUE(loaded.ok());
        ASSERT_TRUE(packCourse(*loaded.course, package).ok());
    }
    Learner learner(data.path());
    ASSERT_TRUE(learner.open(copy->path()));
    const QStringList six = visitFirstPages(learner, 6);
    EXPECT_FALSE(learner.host.watcher()->files().isEmpty());

    ASSERT_TRUE(learner.open(package));
    ASSERT_EQ(learner.courseId(), kModuleId);
    EXPECT_EQ(learner.course()->packagePath, package);
    EXPECT_EQ(asSet(six), learner.nav().state().visited);
    EXPECT_EQ(learner.nav().currentPageId(), six.last());
    // What the recent-files list and the window remember is the package, not the cache.
    EXPECT_EQ(learner.host.coursePath(), package);
    EXPECT_TRUE(learner.host.watcher()->files().isEmpty());
}

TEST(CourseOpen, APackageCanBeDropped)
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("cursus.leerpad"));
    QFile f(package);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(package)});
    EXPECT_EQ(droppedCourse(&mime), package);
    mime.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
    EXPECT_EQ(droppedCourse(&mime), QString());
}
