// Every key the window promises does one thing, and does it. Two checks:
//  - On every screen (a text page, a dialogue, a practice question, a running test, its
//    results, the trainer's view with its panels), in Dutch and in English, no key is
//    bound twice: a window action, a QShortcut that is live for the focused widget, a
//    menu's mnemonic or a visible button's mnemonic. Qt answers a key bound twice with
//    "Ambiguous shortcut overload" and does nothing.
//  - Every line of Help → Sneltoetsen is pressed on the screen where it applies and its
//    effect is checked; a documented line without a check here fails the test.

#include "core/learning/selftestsession.h"
#include "support/uitestsupport.h"
#include "ui/audio/audioblockview.h"
#include "ui/audio/audiocontroller.h"
#include "ui/audio/audiocontrols.h"
#include "ui/audio/transcriptview.h"
#include "ui/page/pageview.h"
#include "ui/question/optionrow.h"
#include "ui/question/questionview.h"
#include "ui/question/questionwidget.h"
#include "ui/selftest/selftestrunpage.h"
#include "ui/selftest/selftestview.h"
#include "ui/trainer/diagnosticsdock.h"
#include "ui/window/navigationbar.h"
#include "ui/window/playeractions.h"
#include "ui/window/sidebar.h"
#include "ui/window/zoom.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <functional>
#include <map>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

// The interface language for one test, as the player installs it.
class Language
{
public:
    explicit Language(const QString &lang)
    {
        if (lang != QLatin1String("en"))
            return;
        if (m_translator.load(QStringLiteral(":/i18n/leerpad_en")))
            QCoreApplication::installTranslator(&m_translator);
        else
            ADD_FAILURE() << "no English translation in the test's resources";
    }
    ~Language() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

struct Player : TestPlayer
{
    Player()
    {
        window.resize(1100, 760);
        window.show();
        QApplication::setActiveWindow(&window);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
    }
    void focusPage()
    {
        window.currentPageArea()->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
    }
    void press(const QKeySequence &key)
    {
        // The offscreen platform does not hand activation back after a modal dialog, as a
        // window manager would; window shortcuts only reach the active window.
        if (!window.isActiveWindow())
            QApplication::setActiveWindow(&window);
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keySequence(target, key);
        QApplication::processEvents();
    }
    QuestionView *question() const { return window.pageView()->findChild<QuestionView *>(); }
};

QString mnemonicOf(const QString &text)
{
    const QKeySequence m = QKeySequence::mnemonic(text);
    return m.isEmpty() ? QString() : m.toString(QKeySequence::PortableText);
}

bool liveFor(const QShortcut *s, QWidget *focus)
{
    const auto *parent = qobject_cast<const QWidget *>(s->parent());
    if (!s->isEnabled() || !parent || !parent->isVisible())
        return false;
    if (s->context() == Qt::WidgetWithChildrenShortcut)
        return focus && (focus == parent || parent->isAncestorOf(focus));
    if (s->context() == Qt::WidgetShortcut)
        return focus == parent;
    return true;
}

// key (portable text) -> what binds it, on the window as it is now.
std::map<QString, QStringList> bindings(MainWindow &window)
{
    std::map<QString, QStringList> out;
    QWidget *focus = QApplication::focusWidget();
    const auto add = [&out](const QKeySequence &key, const QString &what) {
        if (!key.isEmpty())
            out[key.toString(QKeySequence::PortableText)] << what;
    };
    for (QAction *a : window.findChildren<QAction *>()) {
        if (!a->isEnabled() || a->shortcutContext() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence &k : a->shortcuts())
            add(k, QStringLiteral("action '%1'").arg(a->text()));
    }
    for (QShortcut *s : window.findChildren<QShortcut *>()) {
        if (liveFor(s, focus))
            add(s->key(), QStringLiteral("shortcut of %1").arg(s->parent()->objectName()));
    }
    // The menu bar's titles, and the mnemonics of visible buttons and buddied labels.
    for (QAction *a : window.menuBar()->actions()) {
        if (a->isVisible() && a->isEnabled() && !mnemonicOf(a->text()).isEmpty())
            add(QKeySequence::mnemonic(a->text()), QStringLiteral("menu '%1'").arg(a->text()));
    }
    for (QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
        if (b->isVisible() && b->isEnabled() && !mnemonicOf(b->text()).isEmpty())
            add(QKeySequence::mnemonic(b->text()), QStringLiteral("button '%1'").arg(b->text()));
    }
    for (QLabel *l : window.findChildren<QLabel *>()) {
        if (l->buddy() && l->isVisible() && !mnemonicOf(l->text()).isEmpty())
            add(QKeySequence::mnemonic(l->text()), QStringLiteral("label '%1'").arg(l->text()));
    }
    return out;
}

void expectNoKeyBoundTwice(MainWindow &window, const char *screen)
{
    for (const auto &[key, owners] : bindings(window)) {
        EXPECT_EQ(owners.size(), 1) << screen << ": " << key.toStdString() << " is bound to "
                                    << owners.join(QStringLiteral(" and ")).toStdString();
    }
}

// The screens of the player, reached as a learner (and a trainer) would.
void visitEveryScreen(Player &p, const std::function<void(const char *)> &check)
{
    p.focusPage();
    check("text page");
    ASSERT_TRUE(p.nav().goTo(QStringLiteral("een-voorbeeld")));
    p.focusPage();
    check("dialogue page");
    ASSERT_TRUE(p.nav().goTo(QStringLiteral("opdracht-1")));
    ASSERT_NE(p.question(), nullptr);
    p.question()->questionWidget()->focusOptions();
    check("practice page");
    ASSERT_TRUE(p.nav().goTo(p.selfTestPageId()));
    p.window.openSelfTest();
    ASSERT_NE(p.window.selfTestView(), nullptr);
    QApplication::processEvents();
    check("self-test question");
    p.session()->selfTest()->submit();
    p.window.selfTestView()->showLatestResults();
    QApplication::processEvents();
    check("self-test results");
    p.window.setTrainerMode(true);
    p.window.diagnosticsDock()->show();
    ASSERT_TRUE(p.nav().goTo(QStringLiteral("opdracht-1")));
    p.focusPage();
    check("trainer view");
}

class ShortcutsIn : public ::testing::TestWithParam<const char *>
{
};

} // namespace

TEST_P(ShortcutsIn, NoKeyIsBoundTwiceOnAnyScreen)
{
    Language language(QString::fromLatin1(GetParam()));
    Player p;
    visitEveryScreen(p, [&p](const char *screen) { expectNoKeyBoundTwice(p.window, screen); });
}

INSTANTIATE_TEST_SUITE_P(Languages, ShortcutsIn, ::testing::Values("nl", "en"),
                         [](const auto &info) { return std::string(info.param); });

namespace {

// Answers the next modal dialog that opens (a dialog a key brought up) by closing it,
// and says whether one opened.
struct ModalWatch
{
    bool seen = false;
    QString title;
    ModalWatch()
    {
        QTimer::singleShot(0, [this] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                seen = true;
                title = dialog->windowTitle();
                dialog->reject();
            }
        });
    }
};

} // namespace

TEST(Shortcuts, EveryDocumentedKeyDoesWhatItSays)
{
    QSettings().remove(QStringLiteral("view/pointSize"));
    Player p;
    const PlayerActions &a = p.window.actions();
    Navigator &nav = p.nav();
    std::map<QString, std::function<void()>> checks;

    checks["next"] = [&] {
        nav.first();
        p.focusPage();
        p.press(a.next->shortcuts().first());
        EXPECT_EQ(nav.currentIndex(), 1);
        p.press(QKeySequence(Qt::Key_PageDown)); // a short page: turns it
        EXPECT_EQ(nav.currentIndex(), 2);
    };
    checks["previous"] = [&] {
        nav.goToIndex(2);
        p.focusPage();
        p.press(a.previous->shortcuts().first());
        EXPECT_EQ(nav.currentIndex(), 1);
        p.press(QKeySequence(Qt::Key_PageUp));
        EXPECT_EQ(nav.currentIndex(), 0);
    };
    checks["first-last"] = [&] {
        p.focusPage();
        p.press(a.last->shortcuts().first());
        EXPECT_EQ(nav.currentIndex(), nav.pageCount() - 1);
        p.press(a.first->shortcuts().first());
        EXPECT_EQ(nav.currentIndex(), 0);
    };
    checks["back"] = [&] {
        nav.first();
        nav.goToIndex(9);
        p.focusPage();
        p.press(a.back->shortcuts().first());
        EXPECT_EQ(nav.currentIndex(), 0);
    };
    checks["switch-pane"] = [&] {
        p.focusPage();
        p.press(a.switchPane->shortcuts().first());
        EXPECT_TRUE(p.window.tocView()->hasFocus());
        p.press(a.switchPane->shortcuts().first());
        EXPECT_TRUE(p.window.pageView()->hasFocus());
    };
    checks["tab"] = [&] {
        ASSERT_TRUE(nav.goTo(QStringLiteral("opdracht-1")));
        p.focusPage();
        p.press(QKeySequence(Qt::Key_Tab));
        EXPECT_EQ(QApplication::focusWidget(), p.question()->optionRows().first()->button());
        p.press(QKeySequence(Qt::SHIFT | Qt::Key_Tab));
        EXPECT_TRUE(p.window.pageView()->hasFocus());
    };
    checks["enter"] = [&] {
        // In the transcript: Enter on a line plays from there.
        ASSERT_TRUE(nav.goTo(QStringLiteral("een-voorbeeld")));
        auto *audio = p.window.pageView()->blocksOf<AudioBlockView>().value(0);
        ASSERT_NE(audio, nullptr);
        ASSERT_NE(p.fakes.last(), nullptr);
        p.fakes.last()->load();
        audio->setTranscriptOpen(true);
        TranscriptView *transcript = audio->transcript();
        transcript->setFocus();
        transcript->setCurrentRow(2);
        p.press(QKeySequence(Qt::Key_Return));
        EXPECT_EQ(p.fakes.last()->state, media::State::Playing);
        EXPECT_GT(p.fakes.last()->position, 0);
    };
    checks["numbers"] = [&] {
        ASSERT_TRUE(nav.goTo(QStringLiteral("opdracht-1")));
        p.focusPage();
        p.press(QKeySequence(Qt::Key_2));
        EXPECT_TRUE(p.question()->optionRows().value(1)->isChecked());
    };
    checks["space"] = [&] {
        ASSERT_TRUE(nav.goTo(QStringLiteral("een-voorbeeld")));
        auto *audio = p.window.pageView()->blocksOf<AudioBlockView>().value(0);
        ASSERT_NE(audio, nullptr);
        p.fakes.last()->load();
        audio->controller()->pause();
        audio->controls()->setFocus();
        p.press(QKeySequence(Qt::Key_Space));
        EXPECT_EQ(p.fakes.last()->state, media::State::Playing);
    };
    checks["test-questions"] = [&] {
        // The keys reach the test, not the page bar: the page stays, the question moves.
        ASSERT_TRUE(nav.goTo(p.selfTestPageId()));
        p.window.openSelfTest();
        SelfTestView *view = p.window.selfTestView();
        ASSERT_NE(view, nullptr);
        QApplication::processEvents();
        const int page = nav.currentIndex();
        view->runPage()->showIndex(0);
        p.press(SelfTestRunPage::nextQuestionKey());
        EXPECT_EQ(view->runPage()->currentIndex(), 1);
        EXPECT_EQ(nav.currentIndex(), page);
        p.press(SelfTestRunPage::previousQuestionKey());
        EXPECT_EQ(view->runPage()->currentIndex(), 0);
        p.press(QKeySequence(Qt::Key_PageDown));
        EXPECT_EQ(nav.currentIndex(), page) << "Page Down left the test";
        EXPECT_FALSE(p.window.navigationBar()->isVisible()) << "one navigation while testing";
    };
    checks["zoom"] = [&] {
        const int before = p.window.pageView()->contentFont().pointSize();
        p.press(a.zoomIn->shortcuts().first());
        EXPECT_EQ(p.window.pageView()->contentFont().pointSize(), before + 1);
        p.press(a.zoomOut->shortcuts().first());
        EXPECT_EQ(p.window.pageView()->contentFont().pointSize(), before);
        p.press(a.zoomIn->shortcuts().first());
        p.press(a.zoomReset->shortcuts().first());
        EXPECT_EQ(p.window.pageView()->contentFont().pointSize(), Zoom::desktopDefault());
    };
    checks["glossary"] = [&] {
        ModalWatch watch;
        p.press(a.glossary->shortcuts().first());
        EXPECT_TRUE(watch.seen);
        EXPECT_EQ(watch.title, QStringLiteral("Begrippenlijst"));
    };
    checks["toc"] = [&] {
        QWidget *sidebar = p.window.findChild<Sidebar *>();
        ASSERT_NE(sidebar, nullptr);
        p.press(a.showToc->shortcuts().first());
        EXPECT_FALSE(sidebar->isVisible());
        p.press(a.showToc->shortcuts().first());
        EXPECT_TRUE(sidebar->isVisible());
    };
    checks["open"] = [&] {
        ModalWatch watch;
        p.press(a.openCourse->shortcuts().first());
        EXPECT_TRUE(watch.seen);
    };
    checks["trainer"] = [&] {
        p.press(a.trainerView->shortcuts().first());
        EXPECT_TRUE(p.window.trainerMode());
        p.press(a.trainerView->shortcuts().first());
        EXPECT_FALSE(p.window.trainerMode());
    };
    checks["diagnostics"] = [&] {
        p.press(a.showDiagnostics->shortcuts().first());
        EXPECT_TRUE(p.window.diagnosticsDock()->isVisible());
        p.press(a.showDiagnostics->shortcuts().first());
        EXPECT_FALSE(p.window.diagnosticsDock()->isVisible());
    };
    checks["class-report"] = [&] {
        ModalWatch watch; // files are added (or dropped, or read from the LRS) in it
        p.press(a.classReport->shortcuts().first());
        EXPECT_TRUE(watch.seen);
        EXPECT_EQ(watch.title, QStringLiteral("Klasoverzicht"));
    };
    checks["help"] = [&] {
        ModalWatch watch;
        p.press(a.shortcuts->shortcuts().first());
        EXPECT_TRUE(watch.seen);
        EXPECT_EQ(watch.title, QStringLiteral("Sneltoetsen"));
    };
    checks["quit"] = [&] {
        ASSERT_TRUE(p.window.isVisible());
        p.press(a.quit->shortcuts().first());
        EXPECT_FALSE(p.window.isVisible()) << "Ctrl+Q did not close the window";
    };

    // Every documented line, in order (quit last, by the list's own order).
    for (const PlayerActions::KeyHelp &k : a.keyHelp()) {
        SCOPED_TRACE(k.id.toStdString() + " (" + k.keys.toStdString() + ")");
        const auto check = checks.find(k.id);
        ASSERT_NE(check, checks.end()) << "documented, but not checked here";
        if (p.window.selfTestView())
            nav.first(); // back to the pages, with the page bar
        check->second();
    }
    QSettings().remove(QStringLiteral("view/pointSize"));
}

// Tab on a practice page goes from the page to the options, then Controleren, then on to
// the page bar; every stop is visible (no stop the learner cannot see).
TEST(Keyboard, TabFollowsTheReadingOrderOnAPracticePage)
{
    Player p;
    ASSERT_TRUE(p.nav().goTo(QStringLiteral("opdracht-1")));
    QuestionView *q = p.question();
    ASSERT_NE(q, nullptr);
    q->chooseOption(0); // Controleren is enabled once something is chosen
    p.focusPage();
    QList<QWidget *> stops;
    for (int i = 0; i < 12; ++i) {
        p.press(QKeySequence(Qt::Key_Tab));
        QWidget *w = QApplication::focusWidget();
        ASSERT_NE(w, nullptr);
        EXPECT_TRUE(w->isVisible()) << "invisible tab stop: " << w->metaObject()->className()
                                    << " " << w->objectName().toStdString();
        stops << w;
        if (w == p.window.navigationBar()->previousButton() ||
            w == p.window.navigationBar()->nextButton())
            break;
    }
    ASSERT_GE(stops.size(), 3);
    EXPECT_EQ(stops[0], q->optionRows().first()->button()) << "first the options";
    EXPECT_EQ(stops[1], q->checkButton()) << "then Controleren";
    EXPECT_TRUE(stops.last() == p.window.navigationBar()->previousButton() ||
                stops.last() == p.window.navigationBar()->nextButton())
        << "then the page bar";
    EXPECT_EQ(stops.size(), 3) << "nothing in between";
}

// A page turned by a key while the table of contents has focus takes focus to the page,
// so the number keys answer at once (they did nothing until F6).
TEST(Keyboard, APageTurnedFromTheContentsFocusesThePage)
{
    Player p;
    ASSERT_TRUE(p.nav().goTo(QStringLiteral("opdracht-1")));
    p.nav().previous();
    p.window.tocView()->setFocus(Qt::MouseFocusReason);
    p.press(p.window.actions().next->shortcuts().first());
    ASSERT_EQ(p.nav().currentPageId(), QStringLiteral("opdracht-1"));
    EXPECT_TRUE(p.window.pageView()->isAncestorOf(QApplication::focusWidget()) ||
                p.window.pageView()->hasFocus());
    p.press(QKeySequence(Qt::Key_1));
    EXPECT_EQ(p.question()->chosenIds().size(), 1);
    // Arrowing through the contents keeps focus there.
    p.window.tocView()->setFocus(Qt::MouseFocusReason);
    p.press(QKeySequence(Qt::Key_Down));
    EXPECT_TRUE(p.window.tocView()->hasFocus());
}
