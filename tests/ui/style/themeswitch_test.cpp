// View → Thema while the player runs: every text the learner can see on each kind of
// screen is readable in the new theme at that theme's minimum (WCAG 2.1 1.4.3, 7:1 for
// Hoog contrast), measured on the pixels actually painted behind it. Each screen is
// built in the opposite theme first, so a colour kept from the old theme (a tint, an
// explicitly set text colour, a card fill) shows up as text that is no longer readable.
// The choice is kept in the settings, and Systeem gives the desktop's palette back.

#include "core/learning/selftestsession.h"
#include "support/uitestsupport.h"
#include "ui/page/pageview.h"
#include "ui/question/questionview.h"
#include "ui/selftest/selftestview.h"
#include "ui/style/playerstyle.h"
#include "ui/style/theme.h"
#include "ui/style/themepalette.h"
#include "ui/window/playeractions.h"
#include "ui/window/themechoice.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <vector>

using namespace leerpad;
using namespace leerpad::test;
using appearance::ThemeId;

namespace {

QAction *themeAction(const MainWindow &window, ThemeId id)
{
    for (QAction *a : window.actions().themes) {
        if (a->data().toString() == appearance::themeKey(id))
            return a;
    }
    return nullptr;
}

// The luminance most of a rectangle is painted in: what the text stands on. Counted in
// bands of luminance, not exact colours, because styles fill buttons with gradients;
// two neighbouring bands together, so a gradient that straddles a band edge still
// outweighs the text's own pixels.
double backgroundLuminance(const QImage &shot, const QRect &rect)
{
    constexpr int kBands = 24;
    const double low = std::log(0.05), high = std::log(1.05);
    std::array<std::vector<double>, kBands> bands;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const double l = appearance::relativeLuminance(theme::toRgb(QColor(shot.pixel(x, y))));
            const int band =
                std::clamp(int((std::log(l + 0.05) - low) / (high - low) * kBands), 0, kBands - 1);
            bands[band].push_back(l);
        }
    }
    int best = 0;
    for (int b = 1; b + 1 < kBands; ++b) {
        if (bands[b].size() + bands[b + 1].size() > bands[best].size() + bands[best + 1].size())
            best = b;
    }
    std::vector<double> all = bands[best];
    all.insert(all.end(), bands[best + 1].begin(), bands[best + 1].end());
    std::nth_element(all.begin(), all.begin() + all.size() / 2, all.end());
    return all[all.size() / 2];
}

// Every visible, enabled label or push button with text whose text colour does not
// reach minimum on what is painted behind it, as "objectName 'text' 2.1:1".
QStringList unreadable(QWidget *window, double minimum)
{
    const QImage shot = window->grab().toImage();
    const qreal ratio = shot.devicePixelRatio();
    QStringList found;
    const auto check = [&](QWidget *w, const QString &text) {
        if (!w->isVisible() || !w->isEnabled() || text.trimmed().isEmpty())
            return;
        const QRect seen = w->visibleRegion().boundingRect();
        if (seen.isEmpty())
            return;
        const QRect inShot(QPointF(w->mapTo(window, seen.topLeft()) * ratio).toPoint(),
                           (QSizeF(seen.size()) * ratio).toSize());
        const QRect area = inShot & shot.rect();
        if (area.width() < 2 || area.height() < 2)
            return;
        const QColor ink = w->palette().color(QPalette::Active, w->foregroundRole());
        const double a = appearance::relativeLuminance(theme::toRgb(ink));
        const double b = backgroundLuminance(shot, area);
        const double contrast = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
        if (contrast < minimum) {
            found << QStringLiteral("%1 %2 '%3' %4 on luminance %5: %6:1")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                              text.left(30), ink.name())
                         .arg(b, 0, 'f', 3)
                         .arg(contrast, 0, 'f', 2);
        }
    };
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (l->textFormat() != Qt::RichText)
            check(l, l->text());
    }
    for (QPushButton *b : window->findChildren<QPushButton *>())
        check(b, b->text());
    return found;
}

struct Screen
{
    const char *name;
    std::function<bool(TestPlayer &)> show;
};

bool goTo(TestPlayer &p, const QString &pageId)
{
    const bool ok = p.nav().currentPageId() == pageId || p.nav().goTo(pageId);
    QApplication::processEvents();
    return ok;
}

// The self-test page's "De test starten": the test replaces the page.
SelfTestView *startSelfTest(TestPlayer &p)
{
    if (!goTo(p, p.selfTestPageId()))
        return nullptr;
    p.window.openSelfTest();
    QApplication::processEvents();
    return p.window.selfTestView();
}

const std::vector<Screen> &screens()
{
    static const std::vector<Screen> all = {
        {"text", [](TestPlayer &p) { return goTo(p, QStringLiteral("inleiding")); }},
        {"text with terms",
         [](TestPlayer &p) { return goTo(p, QStringLiteral("normen-en-waarden")); }},
        {"dialogue", [](TestPlayer &p) { return goTo(p, QStringLiteral("een-voorbeeld")); }},
        {"practice feedback",
         [](TestPlayer &p) {
             if (!goTo(p, QStringLiteral("opdracht-1")))
                 return false;
             auto *view = p.window.pageView()->widget()->findChild<QuestionView *>();
             if (!view || !chooseById(view, QStringLiteral("wet")))
                 return false;
             view->check(); // a wrong answer: the failure panel
             QApplication::processEvents();
             return true;
         }},
        {"self-test question", [](TestPlayer &p) { return startSelfTest(p) != nullptr; }},
        {"self-test results",
         [](TestPlayer &p) {
             SelfTestView *view = startSelfTest(p);
             if (!view || !p.session()->selfTest()->current())
                 return false;
             SelfTestSession *test = p.session()->selfTest();
             const Attempt attempt = *test->current();
             // Half right, half wrong: both marks and the band are on screen.
             for (int i = 0; i < attempt.questionOrder.size(); ++i) {
                 const QString id = attempt.questionOrder[i];
                 const QStringList options = attempt.optionOrder.value(id);
                 test->answer(id, {options.value(i % 2)});
             }
             if (test->submit())
                 return false;
             view->showLatestResults();
             QApplication::processEvents();
             return true;
         }},
    };
    return all;
}

class ThemeSwitch : public testing::TestWithParam<ThemeId>
{
protected:
    // The style the player runs with (player.cpp): it draws the primary button's fill.
    void SetUp() override
    {
        m_style = QApplication::style()->name();
        QApplication::setStyle(new PlayerStyle);
    }
    void TearDown() override
    {
        QApplication::setStyle(QStyleFactory::create(m_style));
        theme::applyTheme(ThemeId::System);
        QSettings().remove(QStringLiteral("view/theme"));
    }

private:
    QString m_style;
};

TEST_P(ThemeSwitch, EveryVisibleTextStaysReadableWhenTheThemeChangesUnderIt)
{
    const ThemeId target = GetParam();
    const ThemeId before = target == ThemeId::Dark ? ThemeId::Light : ThemeId::Dark;
    const double minimum = appearance::textMinimum(target);
    for (const Screen &screen : screens()) {
        SCOPED_TRACE(screen.name);
        theme::applyTheme(before);
        TestPlayer p;
        p.window.resize(1100, 760);
        p.window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&p.window));
        ASSERT_TRUE(screen.show(p)) << "could not show " << screen.name;

        QAction *action = themeAction(p.window, target);
        ASSERT_NE(action, nullptr);
        action->trigger();
        QApplication::processEvents();
        EXPECT_EQ(theme::activeTheme(), target);
        EXPECT_TRUE(action->isChecked());

        const QStringList bad = unreadable(&p.window, minimum);
        EXPECT_TRUE(bad.isEmpty()) << bad.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_P(ThemeSwitch, TheChoiceIsKeptForTheNextStart)
{
    TestPlayer p;
    QAction *action = themeAction(p.window, GetParam());
    ASSERT_NE(action, nullptr);
    action->trigger();
    EXPECT_EQ(QSettings().value(QStringLiteral("view/theme")).toString(),
              appearance::themeKey(GetParam()));
    // What the next start applies (player.cpp), and a new window shows it as chosen.
    EXPECT_EQ(themechoice::saved(), GetParam());
    TestPlayer next;
    EXPECT_TRUE(themeAction(next.window, GetParam())->isChecked());
}

INSTANTIATE_TEST_SUITE_P(
    Themes, ThemeSwitch, testing::Values(ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast),
    [](const testing::TestParamInfo<ThemeId> &info) {
        return appearance::themeKey(info.param).remove(QLatin1Char('-')).toStdString();
    });

TEST(ThemeMenu, OffersEachThemeOnceAndSysteemGivesTheDesktopPaletteBack)
{
    theme::applyTheme(ThemeId::System); // remembers the desktop's palette
    const QColor desktopWindow = QApplication::palette().color(QPalette::Window);
    TestPlayer p;
    const QList<QAction *> &themes = p.window.actions().themes;
    ASSERT_EQ(themes.size(), qsizetype(appearance::kAllThemes.size()));
    for (QAction *a : themes) {
        EXPECT_TRUE(a->isCheckable());
        EXPECT_TRUE(a->text().contains(QLatin1Char('&')))
            << "no mnemonic: " << a->text().toStdString();
    }
    themeAction(p.window, ThemeId::HighContrast)->trigger();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    themeAction(p.window, ThemeId::System)->trigger();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), desktopWindow);
    QSettings().remove(QStringLiteral("view/theme"));
}

} // namespace
