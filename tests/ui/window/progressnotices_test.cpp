// What the window says and does about the learner's progress as a whole: File →
// Voortgang wissen… (asked first, then this course forgotten, others kept), and the
// notices for a progress file that was damaged or made by a newer Leerpad, and for a
// course that changed since the learner worked on it. Expected sentences are written
// out here, and the file is read with plain SQL (support/storefile.h).

#include "support/storefile.h"
#include "support/uitestsupport.h"

#include "core/learning/selftestsession.h"
#include "ui/page/pageview.h"
#include "ui/selftest/selftestrunpage.h"
#include "ui/selftest/selftestview.h"
#include "ui/question/questionwidget.h"
#include "ui/window/noticebar.h"
#include "ui/window/playeractions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <random>

using namespace leerpad;
using namespace leerpad::test;

namespace {

const QString kModule = QStringLiteral("module-1.4");
const QString kFirstPage = QStringLiteral("inleiding");

QByteArray randomBytes(int size)
{
    std::mt19937 rng(19);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng() & 0xff);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The one file in dir whose name starts with prefix, or empty.
QString onlyFileStartingWith(const QString &dir, const QString &prefix)
{
    const QStringList names = QDir(dir).entryList({prefix + QLatin1Char('*')}, QDir::Files);
    return names.size() == 1 ? QDir(dir).filePath(names.first()) : QString();
}

// The learner's menu entry, found as the learner finds it: File → Voortgang wissen….
QAction *menuAction(QMainWindow &window, const QString &menu, const QString &entry)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu() || top->text() != menu)
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->text() == entry)
                return a;
        }
    }
    return nullptr;
}

// Triggers `action` and answers the question it asks with `button`; returns the
// question's text (empty when none was asked).
QString triggerAndAnswer(QMainWindow &window, QAction *action, QMessageBox::StandardButton button)
{
    QString text;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->button(button))
            return;
        text = box->text();
        box->button(button)->click();
    });
    action->trigger();
    // The offscreen platform does not hand activation back after a modal dialog.
    QApplication::setActiveWindow(&window);
    return text;
}

} // namespace

TEST(ResetProgress, FileMenuAsksFirstThenForgetsThisCourseOnly)
{
    QTemporaryDir data;
    TestPlayer player(QString(), data.path());
    player.window.show();
    // Another course with progress of its own, which the reset must leave alone.
    ASSERT_TRUE(player.open(QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/valid/minimal")));
    const QString otherId = player.course()->id;
    const QStringList other = StoreFile(data.path()).dump(otherId);
    ASSERT_FALSE(other.isEmpty());

    // Module 1.4: pages seen, a practice answer checked, a self-test answer given.
    ASSERT_TRUE(player.open(moduleDir()));
    ASSERT_TRUE(player.nav().goTo(QStringLiteral("opdracht-1")));
    player.session()->answerPractice(QStringLiteral("oefen-1"), {QStringLiteral("collega")}, true);
    ASSERT_TRUE(player.nav().goTo(player.selfTestPageId()));
    player.window.openSelfTest();
    ASSERT_NE(player.window.selfTestView(), nullptr);
    ASSERT_TRUE(player.window.selfTestView()->runPage()->questionWidget()->chooseByNumber(1));
    {
        StoreFile file(data.path());
        ASSERT_EQ(file.practiceOptions(kModule, QStringLiteral("oefen-1")), QStringLiteral("[\"collega\"]"));
        ASSERT_EQ(file.attemptCount(kModule), 1);
        ASSERT_EQ(file.openAttemptAnswerCount(kModule), 1);
        ASSERT_TRUE(file.visited(kModule).contains(QStringLiteral("opdracht-1")));
    }

    QAction *reset = menuAction(player.window, QStringLiteral("&Bestand"), QStringLiteral("&Voortgang wissen…"));
    ASSERT_NE(reset, nullptr) << "no File → Voortgang wissen…";
    EXPECT_EQ(reset, player.window.actions().resetProgress);
    ASSERT_TRUE(reset->isEnabled());

    // "Annuleren": nothing changes, in the window or the file.
    const QStringList before = StoreFile(data.path()).dump(kModule);
    const QString page = player.nav().currentPageId();
    QTest::qWait(2); // a write now would change the course row's millisecond stamp
    const QString question = triggerAndAnswer(player.window, reset, QMessageBox::Cancel);
    EXPECT_TRUE(question.startsWith(QStringLiteral("Alle voortgang van “Module 1.4"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("niet ongedaan maken"))) << question.toStdString();
    EXPECT_EQ(StoreFile(data.path()).dump(kModule), before);
    EXPECT_EQ(player.nav().currentPageId(), page);
    EXPECT_NE(player.window.noticeBar()->text(), QStringLiteral("Je voortgang in deze cursus is gewist."));

    // "Ja": this course starts over on its first page, the window says so.
    EXPECT_FALSE(triggerAndAnswer(player.window, reset, QMessageBox::Yes).isEmpty());
    EXPECT_EQ(player.nav().currentPageId(), kFirstPage);
    EXPECT_EQ(player.window.pageView()->pageId(), kFirstPage);
    EXPECT_EQ(player.window.currentPageArea(), player.window.pageView());
    EXPECT_EQ(player.window.noticeBar()->text(), QStringLiteral("Je voortgang in deze cursus is gewist."));
    EXPECT_TRUE(player.window.noticeBar()->isVisible());
    {
        StoreFile file(data.path());
        EXPECT_EQ(file.currentPage(kModule), kFirstPage);
        EXPECT_EQ(file.visited(kModule), QSet<QString>{kFirstPage});
        EXPECT_TRUE(file.practiceOptions(kModule, QStringLiteral("oefen-1")).isEmpty());
        EXPECT_EQ(file.attemptCount(kModule), 0);
        EXPECT_EQ(file.dump(otherId), other) << "the other course's progress changed";
    }
    // The test page offers a fresh start, not the old attempt.
    ASSERT_TRUE(player.nav().goTo(player.selfTestPageId()));
    EXPECT_EQ(player.session()->selfTest()->current(), nullptr);
}

// The store moves a file it cannot use aside when it opens, before the window exists;
// the window must still say so, naming where the old file went.
TEST(ProgressNotices, AnUnusableProgressFileIsReportedWithItsBackup)
{
    struct Case
    {
        const char *name;
        const char *tag;
        const char *sentence; // %1: the backup
    };
    const Case cases[] = {
        {"damaged", "corrupt",
         "Het bestand met je voortgang was beschadigd en kon niet worden gelezen. Leerpad heeft het "
         "bewaard als %1 en gaat verder met een nieuw voortgangsbestand."},
        {"newer", "newer",
         "Je voortgang is opgeslagen door een nieuwere versie van Leerpad en kan met deze versie niet "
         "worden gelezen. Leerpad heeft het bestand bewaard als %1 en gaat verder met een nieuw "
         "voortgangsbestand."},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        QTemporaryDir data;
        const QString file = data.filePath(QStringLiteral("progress.sqlite"));
        if (QLatin1String(c.name) == QLatin1String("damaged")) {
            ASSERT_TRUE(writeFile(file, randomBytes(4096)));
        } else {
            // A progress file of schema version 99, as a far newer Leerpad leaves it.
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                db.setDatabaseName(file);
                ASSERT_TRUE(db.open());
                QSqlQuery q(db);
                ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER)")));
                ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 0)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        }

        TestPlayer player(moduleDir(), data.path());
        player.window.show();
        const QString backup = onlyFileStartingWith(data.path(), QStringLiteral("progress.sqlite.%1-").arg(QLatin1String(c.tag)));
        ASSERT_FALSE(backup.isEmpty()) << "the file was not moved aside";
        EXPECT_TRUE(player.window.noticeBar()->isVisible());
        EXPECT_FALSE(player.window.noticeBar()->isWarning());
        EXPECT_EQ(player.window.noticeBar()->text(),
                  QString::fromUtf8(c.sentence).arg(QDir::toNativeSeparators(backup)));
        EXPECT_TRUE(player.store.isSaving());
    }
}

// A progress file replaced by something unusable while the player runs (a sync tool, a
// restore gone wrong) is found on the next save, moved aside, and reported at once;
// what the learner did is written into the new file.
TEST(ProgressNotices, AFileDamagedWhileRunningIsReportedOnTheNextSave)
{
    QTemporaryDir data;
    TestPlayer player(moduleDir(), data.path());
    player.window.show();
    ASSERT_TRUE(player.nav().next());
    const QString file = data.filePath(QStringLiteral("progress.sqlite"));
    const QString damaged = data.filePath(QStringLiteral("damaged"));
    ASSERT_TRUE(writeFile(damaged, randomBytes(4096)));
    ASSERT_TRUE(QFile::remove(file));
    ASSERT_TRUE(QFile::rename(damaged, file));

    ASSERT_TRUE(player.nav().next());
    const QString page = player.nav().currentPageId();
    const QString backup = onlyFileStartingWith(data.path(), QStringLiteral("progress.sqlite.corrupt-"));
    ASSERT_FALSE(backup.isEmpty()) << "the damaged file was not moved aside";
    EXPECT_EQ(player.window.noticeBar()->text(),
              QStringLiteral("Het bestand met je voortgang was beschadigd en kon niet worden gelezen. Leerpad "
                             "heeft het bewaard als %1 en gaat verder met een nieuw voortgangsbestand.")
                  .arg(QDir::toNativeSeparators(backup)));
    StoreFile stored(data.path());
    EXPECT_EQ(stored.currentPage(kModule), page);
    EXPECT_EQ(stored.visited(kModule).size(), 3);
}

// A course re-published since the learner worked on it: the window says what it kept,
// once.
TEST(ProgressNotices, AChangedCourseIsReportedOnceWhenOpenedAgain)
{
    auto copy = copyModule();
    ASSERT_TRUE(copy->ok);
    const QString courseFile = QDir(copy->path()).filePath(QStringLiteral("course.json"));
    QTemporaryDir data;
    {
        TestPlayer first(copy->path(), data.path());
        ASSERT_TRUE(first.nav().goTo(QStringLiteral("inleiding-vervolg")));
        ASSERT_TRUE(first.nav().goTo(QStringLiteral("leerdoelen")));
    }
    const auto republish = [&](const QString &version, bool dropSecondPage) {
        QFile f(courseFile);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonObject course = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        course[QStringLiteral("version")] = version;
        if (dropSecondPage) {
            QJsonArray sections = course[QStringLiteral("sections")].toArray();
            QJsonObject intro = sections[0].toObject();
            QJsonArray pages = intro[QStringLiteral("pages")].toArray();
            if (pages[1].toObject()[QStringLiteral("id")].toString() != QLatin1String("inleiding-vervolg"))
                return false;
            pages.removeAt(1);
            intro[QStringLiteral("pages")] = pages;
            sections[0] = intro;
            course[QStringLiteral("sections")] = sections;
        }
        return writeFile(courseFile, QJsonDocument(course).toJson());
    };
    const QString resumed = QStringLiteral("Verder waar je gebleven was.");

    // A page the learner saw is gone: one item.
    ASSERT_TRUE(republish(QStringLiteral("1.1.0"), true));
    {
        TestPlayer second(copy->path(), data.path());
        ASSERT_NE(second.session(), nullptr);
        EXPECT_EQ(second.nav().currentPageId(), QStringLiteral("leerdoelen"));
        EXPECT_EQ(second.window.noticeBar()->text(),
                  resumed + QStringLiteral(" Deze cursus is gewijzigd sinds je eraan werkte. Je voortgang is "
                                           "bewaard, behalve bij één onderdeel dat niet meer bestaat."));
    }
    // Only a new version: everything kept, and said so.
    ASSERT_TRUE(republish(QStringLiteral("1.2.0"), false));
    {
        TestPlayer third(copy->path(), data.path());
        EXPECT_EQ(third.window.noticeBar()->text(),
                  resumed + QStringLiteral(" Deze cursus is bijgewerkt naar een nieuwe versie. Al je voortgang "
                                           "is bewaard."));
    }
    // Said once: the next start has nothing new to report.
    TestPlayer fourth(copy->path(), data.path());
    EXPECT_EQ(fourth.window.noticeBar()->text(), resumed);
}
