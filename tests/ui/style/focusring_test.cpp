// Keyboard focus is clearly visible: a ring at least 2 px wide in a colour that stands
// out at 3:1 (WCAG 2.1, non-text contrast) from the background, in light and dark.

#include "ui/style/playerstyle.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QImage>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x4a, 0x6a)); // dim on purpose
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

TEST(FocusRing, StandsOutAtThreeToOneInLightAndDark)
{
    for (const QPalette &palette : {QApplication::palette(), darkPalette()}) {
        const QColor ring = theme::focusRing(palette);
        EXPECT_GE(theme::contrastRatio(ring, palette.color(QPalette::Window)), 3.0) << ring.name().toStdString();
        EXPECT_GE(theme::contrastRatio(ring, palette.color(QPalette::Base)), 3.0) << ring.name().toStdString();
    }
    EXPECT_GE(theme::kFocusRingWidth, 2.0);
    EXPECT_NEAR(theme::contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
}

// Drawn, not only computed: a button focused from the keyboard shows the ring, two
// pixels wide, where the same button without focus shows none.
TEST(FocusRing, AKeyboardFocusedButtonShowsTheRing)
{
    PlayerStyle style;
    QWidget window;
    window.setStyle(&style);
    auto *layout = new QVBoxLayout(&window);
    auto *other = new QPushButton(QStringLiteral("Eerst"), &window);
    auto *button = new QPushButton(QStringLiteral("Controleren"), &window);
    for (QPushButton *b : {other, button}) {
        b->setStyle(&style);
        layout->addWidget(b);
    }
    window.resize(240, 120);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    other->setFocus(Qt::TabFocusReason);
    const QImage before = button->grab().toImage();
    QTest::keyClick(other, Qt::Key_Tab); // as a learner moves focus
    ASSERT_TRUE(button->hasFocus());
    const QImage after = button->grab().toImage();
    const QColor ring = theme::focusRing(button->palette());
    const int y = after.height() / 2;
    int ringColumns = 0;
    for (int x = 0; x < 6; ++x) {
        const QColor c = after.pixelColor(x * after.devicePixelRatio(), y * after.devicePixelRatio());
        if (theme::contrastRatio(c, ring) < 1.3)
            ++ringColumns;
    }
    EXPECT_GE(ringColumns, 2) << "the ring is at least 2 px wide";
    EXPECT_NE(before, after);
}
