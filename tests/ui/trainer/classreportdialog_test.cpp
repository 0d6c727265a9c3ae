// The trainer's class report window shows what the core made of the files: a row per
// learner with its text, the questions table, and each file it could not use.

#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/results/learnerprofile.h"
#include "core/results/statementsfile.h"
#include "core/session/coursesession.h"
#include "ui/trainer/classreportdialog.h"
#include "ui/trainer/questionchart.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>

using namespace leerpad;

namespace {

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

// takeTest: hand in the self-test, every answer right but the first `wrong` ones (their
// first wrong option).
QString writeResults(const QTemporaryDir &dir, const QString &name, bool takeTest = false,
                     int wrong = 0, bool leaveLastOpen = false)
{
    const auto course = module14();
    ProgressStore store(dir.filePath(name), name + QStringLiteral("-id"),
                        ProgressStore::Durability::ProcessCrash);
    CourseSession session(course, &store);
    session.reportAs(
        xapi::actorOf({name + QStringLiteral("-id"), name, {}}, QStringLiteral("urn:leerpad:test")),
        QStringLiteral("Leerpad test"), {});
    session.begin();
    if (takeTest) {
        session.selfTest()->start();
        int n = 0;
        for (const Question &q : session.selfTest()->test().questions) {
            QString option = q.correct.first();
            for (const Option &o : q.options)
                option = n < wrong && option == q.correct.first() && !q.isCorrectOption(o.id) ? o.id : option;
            ++n;
            if (leaveLastOpen && n == session.selfTest()->test().questions.size())
                break;
            session.selfTest()->answer(q.id, {option});
        }
        session.selfTest()->submit();
    }
    const QString path = dir.filePath(name + QStringLiteral(".json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(xapi::statementsFileBytes(store.statementsOf(course->id)));
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
    dialog.load({writeResults(dir, QStringLiteral("Sanne"), true)}, course);
    QTableWidget *questions = dialog.questionsTable();
    ASSERT_EQ(questions->rowCount(), 10);
    const Question &first = course->selfTest->questions.first();
    bool found = false;
    for (int row = 0; row < questions->rowCount(); ++row)
        found = found || questions->item(row, 2)->text() == first.id + QStringLiteral(" — ") + plainText(first.prompt);
    EXPECT_TRUE(found);
    EXPECT_EQ(questions->item(0, 0)->text(), QStringLiteral("1 van 1 (100 %)"));
    EXPECT_EQ(dialog.learnersTable()->item(0, 5)->text(), QStringLiteral("10 van 10"));
    EXPECT_EQ(dialog.learnersTable()->item(0, 6)->text(), QStringLiteral("3 van 3"))
        << "the score band";
    EXPECT_TRUE(dialog.learnersTable()->item(0, 6)->toolTip().startsWith(
        QStringLiteral("Band 3 van 3, vanaf 8 punten: Je hebt 10 van de 10 vragen goed.")));
    // Each question names the theory page its explanation points to, and opens it.
    int row = 0;
    while (row < questions->rowCount() && !questions->item(row, 2)->text().startsWith(first.id))
        ++row;
    ASSERT_LT(row, questions->rowCount());
    EXPECT_EQ(questions->item(row, 3)->text(),
              QStringLiteral("Normen en waarden, Gesprekswaarden en normen"));
    QString opened;
    QObject::connect(&dialog, &ClassReportDialog::pageRequested,
                     [&](const QString &page) { opened = page; });
    emit questions->itemActivated(questions->item(row, 0));
    EXPECT_EQ(opened, QStringLiteral("normen-en-waarden"));
}

TEST(ClassReportDialog, MarksEachLearnersQuestionsAndNamesTheWrongAnswerChosenMost)
{
    QTemporaryDir dir;
    const auto course = module14();
    ClassReportDialog dialog;
    dialog.load({writeResults(dir, QStringLiteral("Sanne"), true, 1), writeResults(dir, QStringLiteral("Mo"), true, 1)},
                course);
    const xapi::ClassReport &report = dialog.report();
    ASSERT_EQ(report.questionIds.size(), 10);
    QTableWidget *learners = dialog.learnersTable();
    ASSERT_EQ(learners->columnCount(), 9 + 10);
    // Column of the question both got wrong (the first the test showed them).
    const QString missed = report.questions.first().questionId;
    const int column = 9 + int(report.questionIds.indexOf(missed));
    for (int row = 0; row < 2; ++row) {
        ASSERT_NE(learners->item(row, column), nullptr);
        EXPECT_EQ(learners->item(row, column)->text(), QStringLiteral("✗"));
        EXPECT_EQ(learners->item(row, column)->data(Qt::AccessibleTextRole).toString(), QStringLiteral("fout"));
        const int other = column == 9 ? 10 : 9;
        EXPECT_EQ(learners->item(row, other)->data(Qt::AccessibleTextRole).toString(), QStringLiteral("goed"));
    }
    const Question *q = nullptr;
    for (const Question &candidate : course->selfTest->questions)
        q = candidate.id == missed ? &candidate : q;
    ASSERT_NE(q, nullptr);
    QString wrongText;
    for (const Option &o : q->options)
        wrongText = wrongText.isEmpty() && !q->isCorrectOption(o.id) ? o.text : wrongText;
    EXPECT_EQ(dialog.questionsTable()->item(0, 1)->text(), QStringLiteral("2 keer: ") + wrongText);

    const QString csv = dir.filePath(QStringLiteral("klas.csv"));
    ASSERT_TRUE(dialog.save(csv));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), xapi::classReportCsv(report));
    const QString tsv = dir.filePath(QStringLiteral("klas.tsv"));
    ASSERT_TRUE(dialog.save(tsv));
    QFile t(tsv);
    ASSERT_TRUE(t.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(t.readAll()), xapi::classReportText(report));
}

// A trainer adds a whole folder of handed-in files, then drops one more from a file
// manager: each file once, the chart a bar per question.
TEST(ClassReportDialog, AFolderAndADroppedFileAreAddedOnce)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("klas"));
    QTemporaryDir other;
    const QString sanne = writeResults(dir, QStringLiteral("klas/Sanne"), true, 2);
    writeResults(dir, QStringLiteral("klas/Mo"), true, 1);
    const QString late = writeResults(other, QStringLiteral("Jesse"), true);
    ClassReportDialog dialog;
    dialog.load({}, module14());
    EXPECT_TRUE(dialog.problemsText().isEmpty());
    dialog.addFiles({dir.filePath(QStringLiteral("klas"))});
    EXPECT_EQ(dialog.learnersTable()->rowCount(), 2);
    EXPECT_EQ(dialog.files().size(), 2) << "the .json files in the folder, not the progress data";

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(late), QUrl::fromLocalFile(sanne)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&dialog, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&dialog, &drop);
    EXPECT_EQ(dialog.files().size(), 3) << "Sanne's file was there already";
    ASSERT_EQ(dialog.learnersTable()->rowCount(), 3);
    EXPECT_EQ(dialog.learnersTable()->item(0, 0)->text(), QStringLiteral("Jesse"));
    // The chart says in words what it shows: the first question went wrong for Sanne and Mo.
    const QString summary = dialog.chart()->summary();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("Vraag 1: "))) << summary.toStdString();
    EXPECT_EQ(summary.count(QStringLiteral("Vraag ")), 10);
    EXPECT_EQ(dialog.chart()->accessibleDescription(), summary);
    dialog.show();
    EXPECT_FALSE(dialog.lrsButton()->isVisible()) << "no LRS configured";
    xapi::LrsConfig lrs;
    lrs.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9/xAPI/"));
    dialog.setLrs(lrs);
    EXPECT_TRUE(dialog.lrsButton()->isVisible()) << "an LRS and the course open";
}

// Sorting, filtering, the dash for a question left open, and the class on paper.
TEST(ClassReportDialog, SortsFiltersMarksOpenQuestionsAndPrints)
{
    QTemporaryDir dir;
    const auto course = module14();
    ClassReportDialog dialog;
    dialog.load({writeResults(dir, QStringLiteral("Sanne"), true, 3, true),
                 writeResults(dir, QStringLiteral("Mo"), true, 1),
                 writeResults(dir, QStringLiteral("Jesse"))},
                course);
    QTableWidget *learners = dialog.learnersTable();
    ASSERT_EQ(learners->rowCount(), 3);
    learners->sortItems(5, Qt::DescendingOrder); // best score, as numbers
    EXPECT_EQ(learners->item(0, 0)->text(), QStringLiteral("Mo"));
    EXPECT_EQ(learners->item(1, 0)->text(), QStringLiteral("Sanne"));
    EXPECT_EQ(learners->item(2, 0)->text(), QStringLiteral("Jesse")) << "no attempt sorts last";
    // Sanne left the test's last question open: a dash, "niet beantwoord" for a screen reader.
    const int last = learners->columnCount() - 1;
    const QString lastId = dialog.report().questionIds.last();
    bool dash = false;
    for (const Question &q : course->selfTest->questions)
        dash = dash || q.id == lastId;
    ASSERT_TRUE(dash);
    ASSERT_NE(learners->item(1, last), nullptr);
    EXPECT_EQ(learners->item(1, last)->text(), QStringLiteral("–"));
    EXPECT_EQ(learners->item(1, last)->data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("niet beantwoord"));
    EXPECT_EQ(learners->item(0, last)->text(), QStringLiteral("✓"));
    dialog.filter()->setText(QStringLiteral("san"));
    int shown = 0;
    for (int row = 0; row < learners->rowCount(); ++row)
        shown += learners->isRowHidden(row) ? 0 : 1;
    EXPECT_EQ(shown, 1);
    dialog.filter()->clear();

    const QString pdf = dir.filePath(QStringLiteral("klas.pdf"));
    ASSERT_TRUE(dialog.save(pdf));
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    EXPECT_GT(f.size(), 5000);
}
