// The trainer's class report window shows what the core made of the files: a row per
// learner with its text, the questions table, and each file it could not use.

#include "core/learning/selftestsession.h"
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

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

// takeTest: hand in the self-test with every answer right.
QString writeResults(const QTemporaryDir &dir, const QString &name, bool takeTest = false)
{
    const auto course = module14();
    ProgressStore store(dir.filePath(name));
    CourseSession session(course, &store);
    session.begin();
    if (takeTest) {
        session.selfTest()->start();
        for (const Question &q : session.selfTest()->test().questions)
            session.selfTest()->answer(q.id, {q.correct.first()});
        session.selfTest()->submit();
    }
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
    EXPECT_EQ(dialog.questionsTable()->rowCount(), 0) << "nobody handed in the test";
    EXPECT_TRUE(dialog.problemsText().contains(QStringLiteral("broken.json:1:2: error: invalid literal"))) << dialog.problemsText().toStdString();
}

TEST(ClassReportDialog, WithTheCourseOpenEachQuestionShowsItsText)
{
    QTemporaryDir dir;
    const auto course = module14();
    ClassReportDialog dialog;
    dialog.load({writeResults(dir, QStringLiteral("Sanne"), true)}, course.get());
    QTableWidget *questions = dialog.questionsTable();
    ASSERT_EQ(questions->rowCount(), 10);
    const Question &first = course->selfTest->questions.first();
    bool found = false;
    for (int row = 0; row < questions->rowCount(); ++row)
        found = found || questions->item(row, 1)->text() == first.id + QStringLiteral(" — ") + plainText(first.prompt);
    EXPECT_TRUE(found);
    EXPECT_EQ(questions->item(0, 0)->text(), QStringLiteral("0 van 1"));
    EXPECT_EQ(dialog.learnersTable()->item(0, 5)->text(), QStringLiteral("10 van 10"));
}
