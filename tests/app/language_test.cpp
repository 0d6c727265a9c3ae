#include "core/model/course.h"
#include "core/progress/progressstore.h"
#include "app/player.h"
#include "ui/window/navigationbar.h"

#include <QApplication>
#include <QPushButton>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

Course courseIn(const QString &language)
{
    Course c;
    c.language = language;
    return c;
}

// installTranslations() leaves its translators on the application; take them off again.
struct TranslationsInstalled
{
    bool found;
    explicit TranslationsInstalled(const QString &language)
        : found(installTranslations(*qApp, language))
    {
    }
    ~TranslationsInstalled()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    }
};

} // namespace

TEST(Language, CommandLineWinsThenCourseThenSystem)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale french(QLocale::French, QLocale::France);
    const Course dutch = courseIn(QStringLiteral("nl-NL"));
    const Course german = courseIn(QStringLiteral("de"));
    EXPECT_EQ(chooseUiLanguage(QStringLiteral("en"), &dutch, french), QStringLiteral("en"));
    EXPECT_EQ(chooseUiLanguage({}, &dutch, english), QStringLiteral("nl"));
    const Course en = courseIn(QStringLiteral("en_GB"));
    EXPECT_EQ(chooseUiLanguage({}, &en, french), QStringLiteral("en"));
    EXPECT_EQ(chooseUiLanguage({}, &german, english), QStringLiteral("en"));
    EXPECT_EQ(chooseUiLanguage({}, &german, french), QStringLiteral("nl"));
    EXPECT_EQ(chooseUiLanguage({}, nullptr, english), QStringLiteral("en")); // course did not load
}

TEST(Language, EnglishTranslationTranslatesThePlayer)
{
    TranslationsInstalled installed(QStringLiteral("en"));
    ASSERT_TRUE(installed.found);
    NavigationBar bar;
    EXPECT_EQ(bar.previousButton()->text(), QStringLiteral("Previous"));
    EXPECT_EQ(bar.nextButton()->text(), QStringLiteral("Next"));
    bar.setPage(6, 34);
    EXPECT_EQ(bar.pageText(), QStringLiteral("Page 7 of 34"));
    EXPECT_EQ(QCoreApplication::translate("leerpad::TestIntroView", "%n vragen", nullptr, 1),
              QStringLiteral("1 question"));
    EXPECT_EQ(QCoreApplication::translate("leerpad::TestIntroView", "%n vragen", nullptr, 10),
              QStringLiteral("10 questions"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

// The progress store's notices live in the core but reach the learner all the same.
TEST(Language, ProgressNoticesAreTranslatedToo)
{
    ReconcileReport report;
    report.droppedAnswers = 2;
    {
        TranslationsInstalled installed(QStringLiteral("en"));
        ASSERT_TRUE(installed.found);
        EXPECT_EQ(ProgressStore::describe(report),
                  QStringLiteral("This course has changed since you worked on it. Your progress was "
                                 "kept, except for 2 items that no longer exist."));
    }
    EXPECT_TRUE(ProgressStore::describe(report).startsWith(
        QStringLiteral("Deze cursus is gewijzigd sinds je eraan werkte.")));
}

TEST(Language, DutchIsTheSourceWithItsOwnPlurals)
{
    TranslationsInstalled installed(QStringLiteral("nl"));
    ASSERT_TRUE(installed.found);
    NavigationBar bar;
    EXPECT_EQ(bar.previousButton()->text(), QStringLiteral("Vorige"));
    EXPECT_EQ(QCoreApplication::translate("leerpad::TestIntroView", "%n vragen", nullptr, 1),
              QStringLiteral("1 vraag"));
    EXPECT_EQ(QCoreApplication::translate("leerpad::TestIntroView", "%n vragen", nullptr, 10),
              QStringLiteral("10 vragen"));
}
