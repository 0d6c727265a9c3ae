// One progress file, several learners (a shared classroom PC): every row is keyed by the
// learner's profile. A file written before there were profiles becomes the progress of
// the first profile that opens it, and a second learner starts with nothing of theirs.
//
// data/progress-schema2.sqlite was written by Leerpad at schema version 2 (commit
// cf09f9a, through its core library): module 1.4 opened, four pages turned, one practice
// answer checked, a dialogue position of 12.345 s, the self-test handed in with 10 of 10,
// and the 25 statements of all that in the outbox, none sent (registration bb078f83-…).

#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/progress/storekeys.h"
#include "core/progress/storeschema.h"
#include "storetesthelpers.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

using namespace leerpad;
using namespace leerpad::storetest;

namespace {

const QString kCourse = QStringLiteral("module-1.4");
const QString kOldRegistration = QStringLiteral("bb078f83-caf5-4705-825e-569e81c74ed0");

CourseKeys module14Keys()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return courseKeys(
        *loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course);
}

QString copyOldFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(ProgressStore::fileName());
    QFile::copy(
        QStringLiteral(LEERPAD_SOURCE_DIR "/tests/core/progress/data/progress-schema2.sqlite"),
        path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace

TEST(StoreProfiles, AFileFromBeforeProfilesBecomesTheFirstProfilesProgress)
{
    QTemporaryDir dir;
    const QString path = copyOldFile(dir);
    ASSERT_EQ(queryValue(path, QStringLiteral("SELECT MAX(version) FROM schema_version")),
              QStringLiteral("2"));
    const CourseKeys keys = module14Keys();
    {
        ProgressStore karolien(dir.path(), QStringLiteral("p-karolien"),
                               ProgressStore::Durability::ProcessCrash);
        ASSERT_TRUE(karolien.isSaving()) << karolien.lastError().toStdString();
        EXPECT_TRUE(karolien.recoveries().isEmpty()) << "upgraded in place, not moved aside";
        const CourseResume resume = karolien.openCourse(keys);
        EXPECT_TRUE(resume.report.droppedTotal() == 0);
        const CourseProgress *p = karolien.progress(kCourse);
        ASSERT_NE(p, nullptr);
        EXPECT_EQ(p->navigation.currentPageId, QStringLiteral("waarom-telefoonetiquette"));
        EXPECT_EQ(p->navigation.visited.size(), 7) << "the page rows the file had";
        EXPECT_EQ(p->practice.size(), 1);
        EXPECT_EQ(p->audioPositions.value(QStringLiteral("dialoog-het-gaat-fout")), 12345);
        ASSERT_EQ(p->attempts.size(), 1);
        EXPECT_TRUE(p->attempts.first().submittedAt.isValid());
        EXPECT_EQ(p->attempts.first().answers.size(), 10);
        EXPECT_EQ(karolien.registration(kCourse), kOldRegistration)
            << "the same registration goes on";
        EXPECT_EQ(karolien.statementsOf(kCourse).size(), 25);
        EXPECT_EQ(karolien.outboxStatus().waiting, 25) << "what waited to be sent still waits";
    }
    EXPECT_EQ(queryValue(path, QStringLiteral("SELECT MAX(version) FROM schema_version")),
              QString::number(latestSchemaVersion()));
    EXPECT_EQ(
        queryValue(path, QStringLiteral("SELECT COUNT(*) FROM page_state WHERE profile_id = ''")),
        QStringLiteral("0"))
        << "every old row went to the first profile";

    // The next learner on this PC starts afresh, and Karolien's progress stays hers.
    {
        ProgressStore anouska(dir.path(), QStringLiteral("p-anouska"),
                              ProgressStore::Durability::ProcessCrash);
        const CourseResume resume = anouska.openCourse(keys);
        const CourseProgress *p = anouska.progress(kCourse);
        ASSERT_NE(p, nullptr);
        EXPECT_TRUE(p->navigation.visited.isEmpty());
        EXPECT_TRUE(p->attempts.isEmpty());
        EXPECT_NE(anouska.registration(kCourse), kOldRegistration);
        EXPECT_TRUE(anouska.statementsOf(kCourse).isEmpty());
    }
    ProgressStore again(dir.path(), QStringLiteral("p-karolien"),
                        ProgressStore::Durability::ProcessCrash);
    again.openCourse(keys);
    ASSERT_NE(again.progress(kCourse), nullptr);
    EXPECT_EQ(again.progress(kCourse)->attempts.size(), 1);
}

TEST(StoreProfiles, TwoLearnersSavingInTurnEachGetTheirOwnBack)
{
    QTemporaryDir dir;
    const CourseKeys keys = smallCourseKeys(QStringLiteral("c"));
    QStringList pages = keys.pageIds.values();
    pages.sort();
    ASSERT_GE(pages.size(), 2);
    for (int round = 0; round < 2; ++round) {
        for (const auto &[profile, page, option] :
             {std::tuple{"p-1", 0, "a"}, std::tuple{"p-2", 1, "b"}}) {
            ProgressStore store(dir.path(), QString::fromLatin1(profile),
                                ProgressStore::Durability::ProcessCrash);
            store.openCourse(keys);
            const QString mine = pages.at(page);
            if (round == 0) {
                ASSERT_TRUE(store.saveNavigation(QStringLiteral("c"), {mine, {mine}, {}}));
                ASSERT_TRUE(store.savePracticeAnswer(QStringLiteral("c"), QStringLiteral("q1"),
                                                     {{QString::fromLatin1(option)}, true}));
            } else {
                const CourseProgress *p = store.progress(QStringLiteral("c"));
                ASSERT_NE(p, nullptr);
                EXPECT_EQ(p->navigation.currentPageId, mine) << profile;
                EXPECT_EQ(p->navigation.visited, QSet<QString>{mine}) << profile;
                EXPECT_EQ(p->practice.value(QStringLiteral("q1")).optionIds,
                          QStringList{QString::fromLatin1(option)})
                    << profile;
            }
        }
    }
    EXPECT_EQ(queryValue(dir.filePath(ProgressStore::fileName()),
                         QStringLiteral("SELECT COUNT(*) FROM course")),
              QStringLiteral("2"));
}
