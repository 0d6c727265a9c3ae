// Hostile cases that still load (warnings only) must open in the player: the real
// window shows every page of each without crashing, and markup stays literal.

#include "support/uitestsupport.h"

#include <QApplication>
#include <QFile>

#include <gtest/gtest.h>

using namespace leerpad;

TEST(HostileOpen, CoursesThatLoadWithWarningsOpenAndEveryPageShows)
{
    const QString root = QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/hostile/");
    QFile tsv(root + QStringLiteral("expected.tsv"));
    ASSERT_TRUE(tsv.open(QIODevice::ReadOnly | QIODevice::Text));
    int opened = 0;
    while (!tsv.atEnd()) {
        const QStringList c = QString::fromUtf8(tsv.readLine()).trimmed().split(QLatin1Char('\t'));
        if (c.size() != 6 || c[0].startsWith(QLatin1Char('#')) || c[1] == QLatin1String("error"))
            continue;
        SCOPED_TRACE(c[0].toStdString());
        LoadOptions options;
        options.missingMediaIsError = false;
        const LoadResult r = loadCourse(root + c[0], options);
        ASSERT_TRUE(r.ok());
        test::TestPlayer player(r);
        player.window.show();
        do {
            QApplication::processEvents();
        } while (player.nav().next());
        EXPECT_TRUE(player.window.windowTitle().contains(r.course->title));
        ++opened;
    }
    EXPECT_GE(opened, 6);
}
