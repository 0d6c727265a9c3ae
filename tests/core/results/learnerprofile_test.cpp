// Who the results are about: a profile is chosen by student number, else by name, made
// when new, and remembered; the actor names the learner by student number or profile id.

#include "core/results/learnerprofile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad::xapi;

namespace {

struct Settings
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("Leerpad.conf")), QSettings::IniFormat};
};

} // namespace

TEST(LearnerProfile, WithoutNamesOneProfileIsMadeAndKept)
{
    Settings s;
    const LearnerProfile first = chooseProfile(s.settings, {}, {});
    EXPECT_EQ(first.id.size(), 36);
    EXPECT_TRUE(first.name.isEmpty());
    EXPECT_EQ(chooseProfile(s.settings, {}, {}).id, first.id);
    EXPECT_EQ(actorOf(first, QStringLiteral("urn:x")).accountName, first.id);
}

TEST(LearnerProfile, AStudentNumberOrANameChoosesTheSameLearnerAgain)
{
    Settings s;
    const LearnerProfile karolien = chooseProfile(s.settings, QStringLiteral("Karolien"), QStringLiteral("s1"));
    const LearnerProfile anouska = chooseProfile(s.settings, QStringLiteral("Anouska"), {});
    EXPECT_NE(karolien.id, anouska.id);
    EXPECT_EQ(chooseProfile(s.settings, {}, QStringLiteral("s1")).id, karolien.id) << "by student number";
    EXPECT_EQ(chooseProfile(s.settings, QStringLiteral("Anouska"), {}).id, anouska.id) << "by name";
    EXPECT_EQ(chooseProfile(s.settings, {}, {}).id, anouska.id) << "the last one used";
    const LearnerProfile renamed = chooseProfile(s.settings, QStringLiteral("Karolien J."), QStringLiteral("s1"));
    EXPECT_EQ(renamed.id, karolien.id);
    EXPECT_EQ(renamed.name, QStringLiteral("Karolien J."));
    const Learner actor = actorOf(renamed, QStringLiteral("urn:x"));
    EXPECT_EQ(actor.accountName, QStringLiteral("s1"));
    EXPECT_EQ(actor.displayName, QStringLiteral("Karolien J."));
}

TEST(LearnerProfile, TheHomePageIsTheSchoolsOrOneUrnPerInstallation)
{
    Settings s;
    const QString made = homePageFor(s.settings);
    EXPECT_TRUE(made.startsWith(QStringLiteral("urn:leerpad:installation:")));
    EXPECT_EQ(homePageFor(s.settings), made);
    s.settings.setValue(QStringLiteral("lrs/homePage"), QStringLiteral("https://school.example"));
    EXPECT_EQ(homePageFor(s.settings), QStringLiteral("https://school.example"));
}

TEST(LearnerProfile, ANameGivenLaterStaysWithTheSameProfile)
{
    Settings s;
    LearnerProfile p = chooseProfile(s.settings, {}, {});
    p.name = QStringLiteral("Mehmet");
    saveProfile(s.settings, p);
    const LearnerProfile again = chooseProfile(s.settings, {}, {});
    EXPECT_EQ(again.id, p.id);
    EXPECT_EQ(again.name, QStringLiteral("Mehmet"));
    EXPECT_EQ(actorOf(again, QStringLiteral("urn:x")).accountName, p.id) << "the account stays the profile id";
}
