// The trainer's class report window shows what the core made of the files: a row per
// learner with its text, the questions table, and each file it could not use.

#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/results/resultsfile.h"
#include "core/session/coursesession.h"
#include "ui/trainer/classreportdialog.h"

#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

QString writeResults(const QTemporaryDir &dir, const QString &name)
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    const auto course = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
    ProgressStore store(dir.filePath(name));
    CourseSession session(course, &store);
    session.begin();
    const QString path = dir.filePath(name + QStringLiteral(".json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(xapi::resultsFileBytes(session, {name + QStringLiteral("-id"), name, {}}, QDateTime::currentDateTimeUtc(),
                                   QStringLiteral("Leerpad test")));
    return path;
}

} // namespace

TEST(ClassReportDialog, ShowsEveryLearnerAndEveryFileItCouldNotUse)
{
    QTemporaryDir dir;
    const QString karolien = writeResults(dir, QStringLiteral("Karolien"));
    const QString anouska = writeResults(dir, QStringLiteral("Anouska"));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    f.open(QIODevice::WriteOnly);
    f.write("not json");
    f.close();

    ClassReportDialog dialog;
    dialog.load({karolien, anouska, broken});
    QTableWidget *learners = dialog.learnersTable();
    ASSERT_EQ(learners->rowCount(), 2);
    EXPECT_EQ(learners->item(0, 0)->text(), QStringLiteral("Anouska"));
    EXPECT_EQ(learners->item(1, 0)->text(), QStringLiteral("Karolien"));
    EXPECT_EQ(learners->item(1, 2)->text(), QStringLiteral("1 van 31")) << "the first page, seen at begin()";
    EXPECT_EQ(learners->item(1, 5)->text(), QStringLiteral("nog niet"));
    EXPECT_FALSE(learners->accessibleName().isEmpty());
    EXPECT_TRUE(dialog.problemsText().contains(QStringLiteral("broken.json:1:2: error: invalid literal"))) << dialog.problemsText().toStdString();
}
