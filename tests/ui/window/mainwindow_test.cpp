#include "core/learning/navigator.h"
#include "core/learning/selftestsession.h"
#include "ui/audio/audioblockview.h"
#include "ui/audio/audiocontroller.h"
#include "ui/audio/audiocontrols.h"
#include "ui/audio/transcriptview.h"
#include "ui/page/pageview.h"
#include "ui/page/textblockview.h"
#include "ui/question/questionview.h"
#include "ui/selftest/selftestview.h"
#include "ui/selftest/testintroview.h"
#include "ui/style/focusring.h"
#include "ui/window/navigationbar.h"
#include "ui/window/playeractions.h"
#include "ui/window/tocmodel.h"
#include "support/uitestsupport.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTreeView>

#include <cstdio>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

// A window on module 1.4 with scripted media players, shown and active (shortcuts only
// reach an active window).
struct Player : TestPlayer
{
    explicit Player(const LoadResult &result = loadModule()) : TestPlayer(result)
    {
        window.resize(1100, 760);
        window.show();
        QApplication::setActiveWindow(&window);
    }
    void key(int key, Qt::KeyboardModifiers mods = {})
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, Qt::Key(key), mods);
    }
};

} // namespace

TEST(MainWindow, ShowsCourseTitle)
{
    Player p;
    EXPECT_TRUE(p.window.windowTitle().contains(QStringLiteral("Module 1.4")));
    EXPECT_TRUE(p.window.windowTitle().endsWith(QStringLiteral("Leerpad")));
}

TEST(MainWindow, WalksEveryPageOfModuleOnePointFourWithVolgende)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    Player p(r);
    const int count = r.course->pageCount();
    ASSERT_EQ(p.nav().pageCount(), count);
    int index = 0;
    for (const Section &s : r.course->sections) {
        for (const Page &page : s.pages) {
            SCOPED_TRACE(page.id.toStdString());
            EXPECT_EQ(p.nav().currentPageId(), page.id);
            PageView *view = p.window.pageView();
            EXPECT_EQ(view->pageId(), page.id);
            EXPECT_EQ(view->blockViews().size(), page.blocks.size());
            // The title and section are on the page, as text.
            bool titleShown = false;
            for (const QLabel *l : view->widget()->findChildren<QLabel *>())
                titleShown = titleShown || l->text() == page.title;
            EXPECT_TRUE(titleShown);
            EXPECT_EQ(p.window.navigationBar()->pageText(),
                      QStringLiteral("Pagina %1 van %2").arg(index + 1).arg(count));
            const QModelIndex current = p.window.tocView()->currentIndex();
            EXPECT_EQ(current.data(TocModel::PageIdRole).toString(), page.id);
            // Text-only pages complete on sight; the others wait for the learner.
            const bool textOnly = r.course->index.completionBlocks(index).isEmpty();
            EXPECT_EQ(p.nav().isCompleted(page.id), textOnly);
            EXPECT_EQ(p.window.navigationBar()->previousButton()->isEnabled(), index > 0);
            if (index + 1 < count) {
                ASSERT_TRUE(p.window.navigationBar()->nextButton()->isEnabled());
                QTest::mouseClick(p.window.navigationBar()->nextButton(), Qt::LeftButton);
            }
            ++index;
        }
    }
    EXPECT_EQ(index, count);
    EXPECT_FALSE(p.window.navigationBar()->nextButton()->isEnabled());
    EXPECT_EQ(p.nav().visitedCount(), count);
    const QProgressBar *bar = p.window.navigationBar()->progressBar();
    EXPECT_EQ(bar->value(), p.nav().completedCount());
    EXPECT_EQ(bar->maximum(), count);
}

// The percentage sits beside the bar, where the fill can never run under it.
TEST(MainWindow, ProgressTextIsBesideTheBarNotOnIt)
{
    Player p;
    p.window.resize(1000, 700);
    NavigationBar *bar = p.window.navigationBar();
    bar->setProgress(10, 31);
    QApplication::processEvents();
    EXPECT_FALSE(bar->progressBar()->isTextVisible());
    ASSERT_TRUE(bar->progressText()->isVisible());
    EXPECT_EQ(bar->progressText()->text(), QStringLiteral("32% afgerond"));
    EXPECT_FALSE(bar->progressText()->geometry().intersects(bar->progressBar()->geometry()));
}

TEST(MainWindow, KeyboardTurnsPages)
{
    Player p;
    const int last = p.nav().pageCount() - 1;
    p.window.pageView()->setFocus();
    p.key(Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(p.nav().currentIndex(), 1);
    p.key(Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(p.nav().currentIndex(), 0);
    p.key(Qt::Key_End, Qt::ControlModifier);
    EXPECT_EQ(p.nav().currentIndex(), last);
    p.key(Qt::Key_Home, Qt::ControlModifier);
    EXPECT_EQ(p.nav().currentIndex(), 0);
    // The first pages are short: Page Down has nothing to scroll and turns the page.
    p.key(Qt::Key_PageDown);
    EXPECT_EQ(p.nav().currentIndex(), 1);
    p.key(Qt::Key_PageUp);
    EXPECT_EQ(p.nav().currentIndex(), 0);
    // Backspace returns along the jumps.
    p.key(Qt::Key_End, Qt::ControlModifier);
    p.key(Qt::Key_Backspace);
    EXPECT_EQ(p.nav().currentIndex(), 0);
}

TEST(MainWindow, PageDownScrollsALongPageBeforeTurningIt)
{
    Player p;
    p.window.resize(900, 420); // short window: the dialogue page needs scrolling
    ASSERT_TRUE(p.nav().goTo(QStringLiteral("een-voorbeeld")));
    auto *audio = p.window.pageView()->blocksOf<AudioBlockView>().value(0);
    ASSERT_NE(audio, nullptr);
    audio->setTranscriptOpen(true);
    QApplication::processEvents();
    const int page = p.nav().currentIndex();
    p.window.pageView()->setFocus();
    int presses = 0;
    while (p.nav().currentIndex() == page && presses < 50) {
        p.key(Qt::Key_PageDown);
        ++presses;
    }
    EXPECT_GT(presses, 1); // it scrolled first
    EXPECT_EQ(p.nav().currentIndex(), page + 1);
}

TEST(MainWindow, F6MovesFocusBetweenContentsAndPage)
{
    Player p;
    p.window.tocView()->setFocus(Qt::MouseFocusReason);
    ASSERT_TRUE(p.window.tocView()->hasFocus());
    const auto rings = p.window.findChildren<FocusRing *>();
    ASSERT_EQ(rings.size(), 2);
    const auto ringShown = [&] {
        int shown = 0;
        for (const FocusRing *r : rings)
            shown += r->isRingShown() ? 1 : 0;
        return shown;
    };
    EXPECT_EQ(ringShown(), 0); // a click needs no ring
    p.key(Qt::Key_F6);
    EXPECT_TRUE(p.window.pageView()->hasFocus());
    EXPECT_EQ(ringShown(), 1); // the keyboard does
    p.key(Qt::Key_F6);
    EXPECT_TRUE(p.window.tocView()->hasFocus());
    EXPECT_EQ(ringShown(), 1);
}

TEST(MainWindow, ChoosingAPageInTheContentsShowsIt)
{
    Player p;
    QTreeView *toc = p.window.tocView();
    const QModelIndex target = p.window.tocModel()->indexForPage(p.nav().indexOf(QStringLiteral("in-de-wacht")));
    ASSERT_TRUE(target.isValid());
    toc->scrollTo(target);
    QTest::mouseClick(toc->viewport(), Qt::LeftButton, {}, toc->visualRect(target).center());
    EXPECT_EQ(p.nav().currentPageId(), QStringLiteral("in-de-wacht"));
    EXPECT_EQ(p.window.pageView()->pageId(), QStringLiteral("in-de-wacht"));
    // Arrow keys in the contents move page by page.
    toc->setFocus();
    p.key(Qt::Key_Down);
    EXPECT_EQ(p.nav().currentPageId(), QStringLiteral("uit-de-wacht"));
    // A section leads to its first page.
    const QModelIndex section = p.window.tocModel()->index(2, 0);
    toc->scrollTo(section);
    QTest::mouseClick(toc->viewport(), Qt::LeftButton, {}, toc->visualRect(section).center());
    EXPECT_EQ(p.nav().currentPageId(), p.nav().pageId(p.window.tocModel()->pageIndexOf(
                                           p.window.tocModel()->index(0, 0, section))));
}

TEST(MainWindow, BuildsOnlyTheCurrentPage)
{
    // 10 000 pages of text: switching builds one page, whatever the course size.
    QString pages;
    for (int i = 0; i < 10000; ++i) {
        pages += QStringLiteral(R"({ "id": "p%1", "title": "Pagina %1", "blocks": [ { "id": "b%1", "kind": "text", "content": [ { "type": "paragraph", "text": "Tekst %1" } ] } ] },)").arg(i);
    }
    pages.chop(1);
    const QByteArray json = QStringLiteral(R"({ "format": 1, "id": "groot", "title": "Groot", "language": "nl", "version": "1",
      "sections": [ { "id": "s", "title": "Alles", "pages": [ %1 ] } ] })").arg(pages).toUtf8();
    const LoadResult r = loadCourseFromBytes(json, QStringLiteral("/tmp/groot/course.json"));
    ASSERT_TRUE(r.ok());
    Player p(r);
    QElapsedTimer timer;
    timer.start();
    for (const QString &id : {QStringLiteral("p9999"), QStringLiteral("p5000"), QStringLiteral("p1")})
        ASSERT_TRUE(p.nav().goTo(id));
    // Informational only; timing is never a pass/fail criterion here.
    std::printf("[ info ] three page switches in a 10000-page course: %lld ms\n",
                static_cast<long long>(timer.elapsed()));
    flushDeletes();
    EXPECT_EQ(p.window.findChildren<TextBlockView *>().size(), 1);
    EXPECT_EQ(p.window.pageView()->pageId(), QStringLiteral("p1"));
}

TEST(MainWindow, TheTestPageStartsTheTestInThePageArea)
{
    Player p;
    const QString testPage = p.selfTestPageId();
    ASSERT_EQ(testPage, QStringLiteral("test-jezelf-intro"));
    ASSERT_TRUE(p.nav().goTo(testPage));
    EXPECT_EQ(p.window.selfTestView(), nullptr) << "built on first use";
    auto *intro = p.window.pageView()->blocksOf<TestIntroView>().value(0);
    ASSERT_NE(intro, nullptr);
    EXPECT_TRUE(intro->startButton()->isEnabled());
    QTest::mouseClick(intro->startButton(), Qt::LeftButton);
    QPointer<SelfTestView> test = p.window.selfTestView();
    ASSERT_FALSE(test.isNull());
    EXPECT_EQ(p.window.currentPageArea(), test.data());
    EXPECT_EQ(test->screen(), SelfTestView::Screen::Question);
    ASSERT_NE(p.session()->selfTest()->current(), nullptr);
    // The test belongs to its page: another page shows the page, coming back the test.
    p.nav().next();
    EXPECT_EQ(p.window.currentPageArea(), p.window.pageView());
    p.nav().previous();
    EXPECT_EQ(p.window.currentPageArea(), test.data());
    // Opening another course lets go of it.
    ASSERT_TRUE(p.open(QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/valid/minimal")));
    EXPECT_EQ(p.window.currentPageArea(), p.window.pageView());
    flushDeletes();
    EXPECT_TRUE(test.isNull()); // the window owned it
}

TEST(MainWindow, MissingAudioFileIsSaidInDutchAndNavigationGoesOn)
{
    auto copy = copyModule();
    ASSERT_TRUE(copy->ok);
    ASSERT_TRUE(QFile::remove(copy->path() + QStringLiteral("/media/het-gaat-fout.ogg")));
    const LoadResult r = loadForPlayer(copy->path());
    ASSERT_TRUE(r.ok());
    // The same error as --validate reports; the player opens the course with it.
    bool reported = false;
    for (const Diagnostic &d : r.diagnostics)
        reported = reported || (d.isError() && d.opensAnyway && d.toString().contains(QStringLiteral("het-gaat-fout.ogg")));
    EXPECT_TRUE(reported);

    Player p(r);
    ASSERT_TRUE(p.nav().goTo(QStringLiteral("een-voorbeeld")));
    auto *audio = p.window.pageView()->blocksOf<AudioBlockView>().value(0);
    ASSERT_NE(audio, nullptr);
    EXPECT_TRUE(audio->isVisible());
    EXPECT_TRUE(audio->isMessageVisible());
    EXPECT_TRUE(audio->message().startsWith(QStringLiteral("Het geluidsbestand ontbreekt")));
    EXPECT_TRUE(audio->message().contains(QStringLiteral("media/het-gaat-fout.ogg")));
    EXPECT_TRUE(audio->isTranscriptOpen());
    EXPECT_GT(audio->transcript()->count(), 0);
    EXPECT_FALSE(audio->controls()->playButton()->isEnabled());
    // The learner can read the dialogue, so the page counts as done, and moves on.
    EXPECT_TRUE(p.nav().isCompleted(QStringLiteral("een-voorbeeld")));
    EXPECT_TRUE(p.window.navigationBar()->nextButton()->isEnabled());
    QTest::mouseClick(p.window.navigationBar()->nextButton(), Qt::LeftButton);
    EXPECT_EQ(p.nav().currentPageId(), QStringLiteral("waarom-telefoonetiquette"));
    // The other dialogue still plays.
    ASSERT_TRUE(p.nav().goTo(QStringLiteral("een-tweede-kans")));
    auto *other = p.window.pageView()->blocksOf<AudioBlockView>().value(0);
    ASSERT_NE(other, nullptr);
    EXPECT_TRUE(other->controller()->canPlay());
    EXPECT_FALSE(other->isMessageVisible());
}

TEST(MainWindow, CourseThatDoesNotLoadShowsItsDiagnostics)
{
    const LoadResult r = loadCourseFromBytes("{ \"format\": 1 }", QStringLiteral("/tmp/kapot/course.json"));
    ASSERT_FALSE(r.ok());
    Player p(r);
    EXPECT_EQ(p.session(), nullptr);
    EXPECT_EQ(p.window.windowTitle(), QStringLiteral("Leerpad"));
    QWidget *area = p.window.currentPageArea();
    ASSERT_NE(area, nullptr);
    bool said = false;
    for (const QLabel *l : area->findChildren<QLabel *>())
        said = said || l->text() == QStringLiteral("Deze cursus kan niet worden geopend.");
    EXPECT_TRUE(said);
    auto *details = area->findChild<QPlainTextEdit *>();
    ASSERT_NE(details, nullptr);
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("error")));
    EXPECT_FALSE(p.window.actions().next->isEnabled());
}

TEST(MainWindow, ZoomKeysChangeTheTextSizeAndAreRemembered)
{
    QSettings().remove(QStringLiteral("view/pointSize"));
    int before = 0;
    {
        Player p;
        before = p.window.pageView()->contentFont().pointSize();
        EXPECT_GE(before, 11);
        p.key(Qt::Key_Equal, Qt::ControlModifier);
        p.key(Qt::Key_Equal, Qt::ControlModifier);
        EXPECT_EQ(p.window.pageView()->contentFont().pointSize(), before + 2);
        auto *text = p.window.pageView()->blocksOf<TextBlockView>().value(0);
        ASSERT_NE(text, nullptr);
        EXPECT_EQ(text->font().pointSize(), before + 2);
    }
    {
        Player again;
        EXPECT_EQ(again.window.pageView()->contentFont().pointSize(), before + 2);
        again.key(Qt::Key_0, Qt::ControlModifier);
        EXPECT_EQ(again.window.pageView()->contentFont().pointSize(), before);
        for (int i = 0; i < 10; ++i)
            again.key(Qt::Key_Minus, Qt::ControlModifier);
        EXPECT_EQ(again.window.pageView()->contentFont().pointSize(), 11); // never smaller
    }
    QSettings().remove(QStringLiteral("view/pointSize"));
}

TEST(MainWindow, EveryControlOnEveryPageHasAnAccessibleName)
{
    Player p;
    p.window.tocView()->setFocus();
    for (int i = 0; i < p.nav().pageCount(); ++i) {
        p.nav().goToIndex(i);
        for (auto *audio : p.window.pageView()->blocksOf<AudioBlockView>())
            audio->setTranscriptOpen(true);
        for (auto *q : p.window.pageView()->blocksOf<QuestionView>()) {
            q->chooseOption(0);
            q->check();
        }
        flushDeletes();
        for (QWidget *w : p.window.findChildren<QWidget *>()) {
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            ASSERT_NE(a, nullptr);
            EXPECT_FALSE(a->text(QAccessible::Name).trimmed().isEmpty())
                << p.nav().currentPageId().toStdString() << ": " << w->metaObject()->className()
                << " " << w->objectName().toStdString();
        }
    }
}
