// The window in Dutch shows the loader's diagnostics in Dutch: in the Meldingen panel
// and in the view of a course that cannot be opened (issue 18). The course is loaded
// before the translation is installed, as the player loads the course on its command
// line and only then picks the interface's language.

#include "ui/trainer/diagnosticsdock.h"
#include "support/uitestsupport.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

// The player's Dutch translation, embedded as the player embeds it, for one test.
class DutchInterface
{
public:
    DutchInterface()
        : m_installed(m_translator.load(QStringLiteral(":/i18n/leerpad_nl")) &&
                      QCoreApplication::installTranslator(&m_translator))
    {
    }
    ~DutchInterface() { QCoreApplication::removeTranslator(&m_translator); }
    bool installed() const { return m_installed; }

private:
    QTranslator m_translator;
    bool m_installed;
};

} // namespace

TEST(DiagnosticsLanguage, TheDutchWindowShowsTheLoadersMessagesInDutch)
{
    const QString file = QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/invalid/duplicate-id.json");
    const LoadResult r = loadForPlayer(file);
    ASSERT_FALSE(r.ok());
    ASSERT_FALSE(r.diagnostics.isEmpty());
    const QString english = r.diagnostics.first().toString();
    ASSERT_TRUE(english.contains(QStringLiteral(
        "duplicate-id.json:21:11: error: duplicate id 's1'; it is already used at /sections/0/id")));

    DutchInterface dutch;
    ASSERT_TRUE(dutch.installed());
    TestPlayer p(r, file);
    const QString dutchLine = QStringLiteral(
        "duplicate-id.json:21:11: error: id 's1' wordt al gebruikt bij /sections/0/id");

    ASSERT_TRUE(p.window.hasDiagnosticsDock());
    const QListWidget *list = p.window.diagnosticsDock()->list();
    ASSERT_GT(list->count(), 0);
    const QString item = list->item(0)->text();
    EXPECT_TRUE(item.contains(dutchLine)) << item.toStdString();
    EXPECT_FALSE(item.contains(QStringLiteral("duplicate id"))) << item.toStdString();

    const auto *details = p.window.currentPageArea()->findChild<QPlainTextEdit *>();
    ASSERT_NE(details, nullptr);
    EXPECT_TRUE(details->toPlainText().contains(dutchLine)) << details->toPlainText().toStdString();

    // What the command line and the log print stays English.
    EXPECT_EQ(r.diagnostics.first().toString(), english);
}
