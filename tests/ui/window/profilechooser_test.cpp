// "Wie ben jij?" on a shared PC: the learners by name, the button says who the learner
// is about to be, Enter on a name chooses it, and "Nieuwe leerling…" asks a name for a
// profile that does not exist yet. The profile list itself is the core's.

#include "core/results/learnerprofile.h"
#include "ui/window/profilechooser.h"
#include "ui/window/whoamidialog.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace leerpad;

TEST(ProfileChooser, ListsTheLearnersByNameAndChoosesOneByKeyboard)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("Leerpad.conf")), QSettings::IniFormat);
    const xapi::LearnerProfile mo = xapi::newProfile(settings, QStringLiteral("Mo"), {});
    const xapi::LearnerProfile anouska =
        xapi::newProfile(settings, QStringLiteral("Anouska"), QStringLiteral("s2"));
    const xapi::LearnerProfile nameless = xapi::newProfile(settings, {}, {});
    const QList<xapi::LearnerProfile> all = xapi::allProfiles(settings);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).id, anouska.id);
    EXPECT_EQ(all.at(1).id, mo.id);
    EXPECT_EQ(all.at(2).id, nameless.id) << "nameless ones last";

    ProfileChooser chooser(all, mo.id);
    chooser.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chooser));
    EXPECT_EQ(chooser.list()->item(0)->text(), QStringLiteral("Anouska (s2)"));
    EXPECT_TRUE(chooser.list()->item(2)->text().startsWith(QStringLiteral("Leerling zonder naam")));
    EXPECT_EQ(chooser.list()->currentRow(), 1) << "the last learner is preselected";
    EXPECT_EQ(chooser.chooseButton()->text(), QStringLiteral("Ik ben Mo"));
    EXPECT_TRUE(chooser.list()->hasFocus());
    QTest::keyClick(chooser.list(), Qt::Key_Up);
    EXPECT_EQ(chooser.chooseButton()->text(), QStringLiteral("Ik ben Anouska"));
    QTest::keyClick(chooser.list(), Qt::Key_Return);
    EXPECT_EQ(chooser.result(), QDialog::Accepted);
    EXPECT_EQ(chooser.chosen().id, anouska.id);
    EXPECT_FALSE(chooser.list()->accessibleName().isEmpty());
}

TEST(ProfileChooser, ANewLearnerTypesTheirName)
{
    const QList<xapi::LearnerProfile> two = {{QStringLiteral("p-1"), QStringLiteral("Mo"), {}},
                                             {QStringLiteral("p-2"), QStringLiteral("Sanne"), {}}};
    ProfileChooser chooser(two, {});
    bool asked = false;
    QTimer::singleShot(0, &chooser, [&] {
        auto *who = qobject_cast<WhoAmIDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(who, nullptr);
        asked = true;
        QTest::keyClicks(who->nameEdit(), QStringLiteral("Jesse"));
        who->accept();
    });
    chooser.newButton()->click();
    EXPECT_TRUE(asked);
    EXPECT_EQ(chooser.result(), QDialog::Accepted);
    EXPECT_TRUE(chooser.chosen().id.isEmpty()) << "made by the caller";
    EXPECT_EQ(chooser.chosen().name, QStringLiteral("Jesse"));
}
