// The hostile catalogue (tests/data/hostile/expected.tsv) opened in the real window,
// as a learner or trainer would open each file. A case that does not load shows the
// error view with its first diagnostic -- the same line `leerpad --validate` prints --
// and writes nothing for the course that was open before. A case that loads (warnings
// only) shows every page, and the text it warns about is shown literally.

#include "support/hostilecatalogue.h"
#include "support/storefile.h"
#include "support/uitestsupport.h"

#include "ui/page/pageview.h"
#include "ui/window/playeractions.h"
#include "ui/window/loaderrorview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

// --validate insists on media files; the player only warns when one is missing and
// opens the course (see LoadOptions).
const QStringList kLoadInThePlayer = {QStringLiteral("media/missing-file/course.json")};

QString minimalCourse()
{
    return QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/valid/minimal");
}

// The value a JSON pointer names in a file, as a string; empty when it names none.
QString valueAt(const QString &file, const QString &pointer)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonValue v = QJsonDocument::fromJson(f.readAll()).object();
    for (const QString &part : pointer.split(QLatin1Char('/')).mid(1))
        v = v.isArray() ? v.toArray().at(part.toInt()) : v.toObject().value(part);
    return v.toString();
}

// Everything the page area shows as text: text blocks, labels, buttons.
QString shownText(QWidget *area)
{
    QStringList texts;
    for (const QTextEdit *t : area->findChildren<QTextEdit *>())
        texts << t->toPlainText();
    for (const QLabel *l : area->findChildren<QLabel *>())
        texts << l->text();
    for (const QAbstractButton *b : area->findChildren<QAbstractButton *>())
        texts << b->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST(HostileOpen, CoursesThatFailShowTheirFirstDiagnosticAndWriteNothing)
{
    const HostileCatalogue catalogue = readHostileCatalogue();
    ASSERT_TRUE(catalogue.malformed.isEmpty()) << catalogue.malformed.join(QLatin1Char('\n')).toStdString();
    QTemporaryDir data;
    TestPlayer player(QString(), data.path());
    player.window.show();
    int failed = 0;
    for (const HostileCase &c : catalogue.cases) {
        if (!c.isError() || kLoadInThePlayer.contains(c.name))
            continue;
        SCOPED_TRACE(c.name.toStdString());
        // The course before: open, its first page committed.
        ASSERT_TRUE(player.open(minimalCourse()));
        const QString previousId = player.course()->id;
        const QStringList before = StoreFile(data.path()).dump(previousId);
        ASSERT_FALSE(before.isEmpty());
        QTest::qWait(2); // a write now would change the course row's millisecond stamp

        EXPECT_FALSE(player.open(hostileRoot() + QLatin1Char('/') + c.name));
        EXPECT_EQ(player.session(), nullptr);
        EXPECT_EQ(player.window.windowTitle(), QStringLiteral("Leerpad"));
        EXPECT_FALSE(player.window.actions().next->isEnabled());
        auto *view = qobject_cast<LoadErrorView *>(player.window.currentPageArea());
        ASSERT_NE(view, nullptr) << "the page area does not show the error view";
        auto *details = view->findChild<QPlainTextEdit *>();
        ASSERT_NE(details, nullptr);
        const QString first = details->toPlainText().section(QLatin1Char('\n'), 0, 0);
        EXPECT_TRUE(first.startsWith(c.expectedStart(hostileRoot())))
            << "shown:    " << first.toStdString() << "\nexpected: " << c.expectedStart(hostileRoot()).toStdString();
        if (!c.expectedEnd().isEmpty()) {
            EXPECT_TRUE(first.endsWith(c.expectedEnd())) << first.toStdString();
        }

        EXPECT_EQ(StoreFile(data.path()).dump(previousId), before) << "something was written for the course before";
        ++failed;
    }
    EXPECT_GE(failed, 60);
}

TEST(HostileOpen, CoursesThatLoadWithWarningsOpenAndEveryPageShows)
{
    const HostileCatalogue catalogue = readHostileCatalogue();
    ASSERT_TRUE(catalogue.malformed.isEmpty()) << catalogue.malformed.join(QLatin1Char('\n')).toStdString();
    int opened = 0;
    int shownLiterally = 0;
    for (const HostileCase &c : catalogue.cases) {
        if (c.isError() && !kLoadInThePlayer.contains(c.name))
            continue;
        SCOPED_TRACE(c.name.toStdString());
        const QString path = hostileRoot() + QLatin1Char('/') + c.name;
        TestPlayer player(QString{});
        player.window.show();
        ASSERT_TRUE(player.open(path));
        EXPECT_TRUE(player.window.windowTitle().contains(player.course()->title));
        // The text the first diagnostic is about, when it is course text: it must be
        // on some page, exactly as written (never as markup).
        const QString warnedAbout = c.pointer.endsWith(QLatin1String("/text")) ? valueAt(path, c.pointer) : QString();
        bool sawWarnedAbout = false;
        int pages = 0;
        do {
            QApplication::processEvents();
            ++pages;
            EXPECT_EQ(player.window.currentPageArea(), player.window.pageView());
            EXPECT_EQ(player.window.pageView()->pageId(), player.nav().currentPageId());
            if (!warnedAbout.isEmpty())
                sawWarnedAbout = sawWarnedAbout || shownText(player.window.pageView()).contains(warnedAbout);
        } while (player.nav().next());
        EXPECT_EQ(pages, player.nav().pageCount());
        if (!warnedAbout.isEmpty()) {
            EXPECT_TRUE(sawWarnedAbout) << "not shown literally: " << warnedAbout.left(80).toStdString();
            ++shownLiterally;
        }
        ++opened;
    }
    EXPECT_GE(opened, 7);
    EXPECT_GE(shownLiterally, 3);
}
