// "Wie ben ik?": nothing to save without a name; what was typed is the profile, trimmed,
// with its id kept; a learner who has a name is not asked again.

#include "ui/window/whoamidialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace leerpad;

TEST(WhoAmIDialog, SavesANameTrimmedAndKeepsTheProfile)
{
    WhoAmIDialog dialog({QStringLiteral("p-1"), {}, {}});
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()) << "no name, nothing to save";
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("  Mehmet Yilmaz "));
    QTest::keyClicks(dialog.studentNumberEdit(), QStringLiteral("s77"));
    EXPECT_TRUE(ok->isEnabled());
    const xapi::LearnerProfile p = dialog.profile();
    EXPECT_EQ(p.id, QStringLiteral("p-1"));
    EXPECT_EQ(p.name, QStringLiteral("Mehmet Yilmaz"));
    EXPECT_EQ(p.studentNumber, QStringLiteral("s77"));
    EXPECT_FALSE(dialog.nameEdit()->accessibleName().isEmpty());
    EXPECT_FALSE(dialog.studentNumberEdit()->accessibleName().isEmpty());
}

TEST(WhoAmIDialog, ALearnerWithANameIsNotAsked)
{
    xapi::LearnerProfile p{QStringLiteral("p-2"), QStringLiteral("Sanne"), {}};
    EXPECT_TRUE(ensureLearnerName(nullptr, &p)); // would block on a dialog if it asked
    EXPECT_EQ(p.name, QStringLiteral("Sanne"));
}
