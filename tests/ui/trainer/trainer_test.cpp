// Opening courses in the viewer: File → Openen (through openCourse), a drop, the
// recent list, and the diagnostics panel.

#include "core/learning/navigator.h"
#include "core/model/courseoutline.h"
#include "ui/page/pageview.h"
#include "ui/question/feedbackpanel.h"
#include "ui/question/optionrow.h"
#include "ui/question/questionview.h"
#include "ui/trainer/diagnosticsdock.h"
#include "ui/trainer/outlinedock.h"
#include "ui/window/loaderrorview.h"
#include "ui/window/noticebar.h"
#include "ui/window/playeractions.h"
#include "ui/window/recentfiles.h"
#include "support/uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString errorViewText(MainWindow &window)
{
    const auto *edit = window.currentPageArea()->findChild<QPlainTextEdit *>();
    return edit ? edit->toPlainText() : QString();
}

struct Viewer : TestPlayer
{
    Viewer() : TestPlayer(QString{})
    {
        window.resize(1000, 700);
        window.show();
    }
    void show(const LoadResult &r) { host.show(r.course->filePath, r); }
};

} // namespace

TEST(OpenCourse, OpensAValidCourseFolder)
{
    Viewer v;
    ASSERT_TRUE(v.window.openCourse(moduleDir()));
    ASSERT_NE(v.course(), nullptr);
    EXPECT_EQ(v.course()->pageCount(), v.nav().pageCount());
    EXPECT_TRUE(v.window.windowTitle().contains(QStringLiteral("Module 1.4")));
    EXPECT_EQ(v.host.coursePath(), QDir(moduleDir()).filePath(QStringLiteral("course.json")));
    EXPECT_TRUE(v.window.actions().exportHandout->isEnabled());
    // Module 1.4 is valid: no panel forced open, not even built.
    EXPECT_FALSE(v.window.hasDiagnosticsDock());
}

TEST(OpenCourse, AnInvalidCourseShowsItsDiagnosticsAndNoCourse)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("course.json"));
    ASSERT_TRUE(writeFile(file, "{ \"format\": 1, \"id\": \"x\", }"));
    Viewer v;
    EXPECT_FALSE(v.window.openCourse(file));
    EXPECT_EQ(v.course(), nullptr);
    EXPECT_EQ(v.session(), nullptr);
    const QString shown = errorViewText(v.window);
    EXPECT_TRUE(shown.contains(QStringLiteral("course.json:1:"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("error"))) << shown.toStdString();
    EXPECT_FALSE(v.window.actions().exportHandout->isEnabled());
    // The panel lists the same problems and opened by itself.
    EXPECT_TRUE(v.window.diagnosticsDock()->isVisible());
    ASSERT_GT(v.window.diagnosticsDock()->list()->count(), 0);
    EXPECT_TRUE(v.window.diagnosticsDock()->list()->item(0)->text().contains(
        QStringLiteral("error")));
}

// A broken course speaks to the learner first: what happened and what to do, an
// "Openen…" button, and the parser's lines folded away until asked for.
TEST(OpenCourse, ABrokenCourseSaysWhatToDoAndFoldsTheDetails)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("course.json"));
    ASSERT_TRUE(writeFile(file, "{ \"format\": 1, \"id\": \"x\", }"));
    Viewer v;
    EXPECT_FALSE(v.window.openCourse(file));
    auto *view = qobject_cast<LoadErrorView *>(v.window.currentPageArea());
    ASSERT_NE(view, nullptr);
    QStringList shown;
    for (const QLabel *label : view->findChildren<QLabel *>())
        if (label->isVisible())
            shown << label->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("Het cursusbestand ontbreekt of bevat fouten. Open een andere "
                                              "cursus, of vraag je trainer om een versie die werkt.")))
        << shown.join(QLatin1Char('|')).toStdString();
    // No parser line on the learner's screen until the details are opened.
    EXPECT_FALSE(view->details()->isVisible());
    EXPECT_TRUE(view->detailsToggle()->isVisible());
    view->detailsToggle()->click();
    EXPECT_TRUE(view->details()->isVisible());
    EXPECT_TRUE(view->details()->toPlainText().contains(QStringLiteral("course.json:1:")));

    // "Openen…" is File → Openen: the same dialog, and its choice is opened.
    bool asked = false;
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            files->selectFile(moduleDir());
            if (!files->selectedFiles().isEmpty() && files->selectedFiles().constFirst() == moduleDir())
                QMetaObject::invokeMethod(files, "accept");
            else
                QMetaObject::invokeMethod(files, "reject");
        }
    });
    answer.start();
    ASSERT_TRUE(view->openButton()->isVisible());
    view->openButton()->click();
    answer.stop();
    EXPECT_TRUE(asked);
}

// With nothing to report the panel is one line, not half the window.
TEST(DiagnosticsDock, EmptyItSaysSoInOneLine)
{
    Viewer v;
    ASSERT_TRUE(v.window.openCourse(moduleDir()));
    v.window.actions().showDiagnostics->trigger();
    DiagnosticsDock *dock = v.window.diagnosticsDock();
    ASSERT_TRUE(dock->isVisible());
    EXPECT_FALSE(dock->list()->isVisible());
    const QLabel *summary = dock->findChild<QLabel *>();
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->text(), QStringLiteral("Geen meldingen: het cursusbestand is in orde."));
    EXPECT_LT(dock->sizeHint().height(), 3 * summary->sizeHint().height() + 60);
}

// A missing audio file is an error in the panel as for --validate, and the course opens
// all the same: for a learner without the panel forcing itself open, for a trainer with.
TEST(OpenCourse, AMissingAudioFileIsAnErrorAndTheCourseOpens)
{
    const QString course = QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/invalid/media-missing.json");
    {
        Viewer learner;
        ASSERT_TRUE(learner.window.openCourse(course));
        ASSERT_NE(learner.course(), nullptr);
        EXPECT_FALSE(learner.window.hasDiagnosticsDock() && learner.window.diagnosticsDock()->isVisible());
    }
    Viewer trainer;
    trainer.window.setTrainerMode(true);
    ASSERT_TRUE(trainer.window.openCourse(course));
    ASSERT_NE(trainer.course(), nullptr);
    DiagnosticsDock *dock = trainer.window.diagnosticsDock();
    EXPECT_TRUE(dock->isVisible());
    // The test course lacks its audio and its transcript.
    ASSERT_EQ(dock->list()->count(), 2);
    EXPECT_TRUE(dock->list()->item(0)->text().contains(QStringLiteral(": error: "))) << dock->list()->item(0)->text().toStdString();
    EXPECT_TRUE(dock->findChild<QLabel *>()->text().startsWith(QStringLiteral("2 fout"))) << dock->findChild<QLabel *>()->text().toStdString();
}

TEST(OpenCourse, AMissingPathShowsTheErrorViewNotACrash)
{
    Viewer v;
    ASSERT_TRUE(v.window.openCourse(moduleDir()));
    EXPECT_FALSE(v.window.openCourse(QStringLiteral("/nonexistent/leerpad/course.json")));
    EXPECT_EQ(v.course(), nullptr);
    EXPECT_FALSE(errorViewText(v.window).isEmpty());
}

TEST(OpenCourse, DroppingACourseFolderOpensIt)
{
    Viewer v;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(moduleDir())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&v.window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&v.window, &drop);
    ASSERT_NE(v.course(), nullptr);
    EXPECT_TRUE(v.window.windowTitle().contains(QStringLiteral("Module 1.4")));
}

TEST(OpenCourse, DroppingSomethingElseIsRefused)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    ASSERT_TRUE(writeFile(file, "hallo"));
    Viewer v;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file), QUrl(QStringLiteral("https://example.org/c.json"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&v.window, &enter);
    EXPECT_FALSE(enter.isAccepted());
}

TEST(RecentFiles, KeepsTheNewestEightExistingEntries)
{
    QSettings().remove(QStringLiteral("recent"));
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 10; ++i) {
        files << dir.filePath(QStringLiteral("c%1.json").arg(i));
        ASSERT_TRUE(writeFile(files.last(), "{}"));
    }
    QMenu menu;
    RecentFiles recent(&menu);
    for (const QString &f : files)
        recent.add(f);
    QStringList entries = recent.entries();
    ASSERT_EQ(entries.size(), RecentFiles::kMaxEntries);
    EXPECT_EQ(entries.first(), files.last());
    EXPECT_FALSE(entries.contains(files.first()));
    ASSERT_TRUE(QFile::remove(files[9]));
    entries = recent.entries();
    EXPECT_FALSE(entries.contains(files[9]));
    EXPECT_EQ(entries.first(), files[8]);
    emit menu.aboutToShow();
    EXPECT_EQ(menu.actions().size(), entries.size());
    QSettings().remove(QStringLiteral("recent"));
}

TEST(RecentFiles, OpeningACourseAddsItAndTheMenuReopensIt)
{
    QSettings().remove(QStringLiteral("recent"));
    Viewer v;
    ASSERT_TRUE(v.window.openCourse(moduleDir()));
    QMenu menu;
    const QStringList entries = RecentFiles(&menu).entries();
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.first(), v.host.coursePath());
    QSettings().remove(QStringLiteral("recent"));
}

// The course opened at start (the bundled module without a PATH) is in Recent too.
TEST(RecentFiles, TheCourseOpenedAtStartIsListed)
{
    QSettings().remove(QStringLiteral("recent"));
    {
        TestPlayer p(loadModule()); // shown as the player does at start, not through File → Openen
        ASSERT_NE(p.course(), nullptr);
        QMenu menu;
        const QStringList entries = RecentFiles(&menu).entries();
        ASSERT_FALSE(entries.isEmpty());
        EXPECT_EQ(entries.first(), p.host.coursePath());
    }
    QSettings().remove(QStringLiteral("recent"));
}

TEST(DiagnosticsDock, PointerIntoAPageJumpsThere)
{
    EXPECT_EQ(DiagnosticsDock::pageOfPointer(QStringLiteral("/sections/2/pages/1/blocks/0")),
              qMakePair(2, 1));
    EXPECT_EQ(DiagnosticsDock::pageOfPointer(QStringLiteral("/selfTest/bands/1")),
              qMakePair(-1, -1));
    EXPECT_EQ(DiagnosticsDock::pageOfPointer(QStringLiteral("/sections/x/pages/1")),
              qMakePair(-1, -1));

    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    Viewer v;
    v.show(r);
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.file = QStringLiteral("course.json");
    d.line = 3;
    d.pointer = QStringLiteral("/sections/1/pages/0/blocks/0");
    d.message = QStringLiteral("<b>not bold</b>");
    v.window.diagnosticsDock()->setDiagnostics({d});
    QListWidget *list = v.window.diagnosticsDock()->list();
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("<b>not bold</b>")));
    emit list->itemActivated(list->item(0));
    EXPECT_EQ(v.nav().currentPageId(), r.course->sections[1].pages[0].id);
}

namespace {

// The first page of the course with a practice question, as (course index, question).
QPair<int, const Question *> firstQuestionPage(const Course &course)
{
    int index = 0;
    for (const Section &s : course.sections)
        for (const Page &p : s.pages) {
            for (const Block &b : p.blocks)
                if (const Question *q = b.question())
                    return {index, q};
            ++index;
        }
    return {-1, nullptr};
}

} // namespace

TEST(TrainerView, MarksTheKeyWithoutCheckingAndShowsBothFeedbackTexts)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    const auto [index, question] = firstQuestionPage(*r.course);
    ASSERT_NE(question, nullptr);
    Viewer v;
    v.show(r);
    v.nav().goToIndex(index);
    QList<QuestionView *> views = v.window.pageView()->blocksOf<QuestionView>();
    ASSERT_FALSE(views.isEmpty());
    EXPECT_FALSE(views.first()->isKeyShown());

    v.window.actions().trainerView->trigger();
    EXPECT_TRUE(v.window.trainerMode());
    views = v.window.pageView()->blocksOf<QuestionView>();
    ASSERT_FALSE(views.isEmpty());
    QuestionView *view = views.first();
    EXPECT_TRUE(view->isKeyShown());
    ASSERT_EQ(view->optionRows().size(), question->options.size());
    for (int i = 0; i < int(question->options.size()); ++i) {
        const bool correct = question->isCorrectOption(question->options[i].id);
        EXPECT_EQ(view->optionRows()[i]->mark(),
                  correct ? OptionRow::Mark::Missed : OptionRow::Mark::None);
        if (correct) {
            EXPECT_EQ(view->optionRows()[i]->markText(), QStringLiteral("Het juiste antwoord"));
        }
        EXPECT_FALSE(view->optionRows()[i]->isChecked()); // nothing was answered
    }
    EXPECT_TRUE(view->feedbackPanel()->isVisibleTo(&v.window));
    EXPECT_TRUE(view->feedbackPanel()->feedbackText().contains(question->feedbackCorrect));
    EXPECT_TRUE(view->feedbackPanel()->feedbackText().contains(question->feedbackIncorrect));
    EXPECT_EQ(view->feedbackPanel()->explanationText(), question->explanation);
    EXPECT_TRUE(v.window.outlineDock()->isVisibleTo(&v.window));
    // Checking the page did not count as an answer.
    EXPECT_FALSE(v.nav().isCompleted(v.nav().pageId(index)));

    v.window.actions().trainerView->trigger();
    EXPECT_FALSE(v.window.trainerMode());
    EXPECT_FALSE(v.window.pageView()->blocksOf<QuestionView>().first()->isKeyShown());
}

TEST(TrainerView, TagsAddedItems)
{
    auto copy = copyModule();
    ASSERT_TRUE(copy->ok);
    const LoadResult original = loadModule();
    const auto [index, question] = firstQuestionPage(*original.course);
    ASSERT_NE(question, nullptr);
    const QString file = QDir(copy->path()).filePath(QStringLiteral("course.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const QByteArray idField = "\"id\": \"" + question->id.toUtf8() + "\",";
    ASSERT_TRUE(bytes.contains(idField));
    bytes.replace(idField, idField + " \"origin\": \"added\",");
    ASSERT_TRUE(writeFile(file, bytes));

    Viewer v;
    ASSERT_TRUE(v.window.openCourse(copy->path()));
    v.nav().goToIndex(index);
    auto tags = [&] {
        int n = 0;
        for (QLabel *l : v.window.pageView()->findChildren<QLabel *>(QStringLiteral("addedTag")))
            n += l->text() == QStringLiteral("Toegevoegd") ? 1 : 0;
        return n;
    };
    flushDeletes();
    EXPECT_EQ(tags(), 0); // only the trainer sees it
    v.window.setTrainerMode(true);
    flushDeletes();
    EXPECT_EQ(tags(), 1);
}

TEST(TrainerView, OutlineCountsTheCourse)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    const CourseOutline o = outlineOf(*r.course);
    int pages = 0;
    int questions = 0;
    int audio = 0;
    for (const Section &s : r.course->sections)
        for (const Page &p : s.pages) {
            ++pages;
            for (const Block &b : p.blocks) {
                questions += b.question() ? 1 : 0;
                audio += b.audio() ? 1 : 0;
            }
        }
    EXPECT_EQ(o.sections, int(r.course->sections.size()));
    EXPECT_EQ(o.pages, pages);
    EXPECT_EQ(o.practiceQuestions(), questions);
    EXPECT_EQ(o.audioBlocks, audio);
    ASSERT_TRUE(r.course->selfTest.has_value());
    EXPECT_EQ(o.selfTestQuestions, int(r.course->selfTest->questions.size()));
    EXPECT_GE(o.addedItems, 1); // the added tenth self-test question
    EXPECT_GT(o.audioDurationMs, 0);
    int mediaFiles = 0;
    for (const auto &page : o.media)
        mediaFiles += int(page.files.size());
    EXPECT_EQ(mediaFiles, 2 * audio); // audio + transcript of each dialogue

    Viewer v;
    v.show(r);
    QTreeWidget *tree = v.window.outlineDock()->tree();
    ASSERT_GT(tree->topLevelItemCount(), 0);
    EXPECT_EQ(tree->topLevelItem(1)->text(1), QString::number(pages));

    // The self-test key: every question once, the added one tagged, answers in clear.
    QTreeWidgetItem *key = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole) == QStringLiteral("selfTestKey"))
            key = tree->topLevelItem(i);
    ASSERT_NE(key, nullptr);
    ASSERT_EQ(key->childCount(), int(r.course->selfTest->questions.size()));
    for (int i = 0; i < key->childCount(); ++i) {
        const Question &q = r.course->selfTest->questions[i];
        const QString label = key->child(i)->text(0);
        EXPECT_TRUE(label.startsWith(q.id));
        EXPECT_EQ(label.contains(QStringLiteral("Toegevoegd")), q.added) << label.toStdString();
        ASSERT_FALSE(q.correct.isEmpty());
        EXPECT_TRUE(key->child(i)->text(1).contains(q.option(q.correct.first())->text));
    }
}

// The outline counts only audio that plays, names what is missing, and wraps long
// answers in the key instead of cutting them off.
TEST(TrainerView, OutlineNamesMissingAudioAndWrapsTheKey)
{
    LoadOptions player;
    player.openWithMissingMedia = true;
    const LoadResult r = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/invalid/media-missing.json"), player);
    ASSERT_TRUE(r.ok());
    const CourseOutline o = outlineOf(*r.course);
    EXPECT_EQ(o.missingAudio, 1);
    EXPECT_EQ(o.audioDurationMs, 0);
    ASSERT_EQ(o.media.size(), 1);
    EXPECT_EQ(o.media[0].missing, QStringList{QStringLiteral("media/bestaat-niet.ogg")});

    Viewer v;
    v.show(r);
    QTreeWidget *tree = v.window.outlineDock()->tree();
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows << tree->topLevelItem(i)->text(0) + QLatin1Char('=') + tree->topLevelItem(i)->text(1);
    EXPECT_TRUE(rows.contains(QStringLiteral("Ontbrekende audiobestanden=1"))) << rows.join(QLatin1Char('|')).toStdString();

    const LoadResult module = loadModule();
    ASSERT_TRUE(module.ok());
    v.show(module);
    v.window.setTrainerMode(true);
    OutlineDock *dock = v.window.outlineDock();
    dock->resize(dock->minimumWidth(), 600);
    tree = dock->tree();
    tree->resize(dock->minimumWidth(), 600);
    QTreeWidgetItem *key = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole) == QStringLiteral("selfTestKey"))
            key = tree->topLevelItem(i);
    ASSERT_NE(key, nullptr);
    key->setExpanded(true);
    QApplication::processEvents();
    int tallest = 0;
    for (int i = 0; i < key->childCount(); ++i)
        tallest = std::max(tallest, tree->visualItemRect(key->child(i)).height());
    // zt-01's answer is two sentences: several lines at this width, never one cut line.
    EXPECT_GT(tallest, 2 * tree->fontMetrics().height()) << "row height " << tallest;
}

// File → Hand-out exporteren asks in the "je" form, and once saved the window says where.
TEST(HandoutExport, SavingSaysWhereThePdfWent)
{
    Viewer v;
    ASSERT_TRUE(v.window.openCourse(moduleDir()));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("hand-out.pdf"));
    QString question;
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            question = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == QStringLiteral("Met antwoordsleutel"))
                    b->click();
            }
        } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            // The dialog fills in its suggestion once the folder is read (later): accept
            // only when our name has stuck.
            files->selectFile(pdf);
            if (files->selectedFiles() == QStringList{pdf})
                QMetaObject::invokeMethod(files, "accept"); // a protected slot
        }
    });
    answer.start();
    v.window.actions().exportHandout->trigger();
    answer.stop();
    EXPECT_EQ(question, QStringLiteral("Wil je de antwoordsleutel en de uitleg in de hand-out opnemen?"));
    ASSERT_TRUE(QFile::exists(pdf));
    EXPECT_TRUE(v.window.noticeBar()->isVisible());
    EXPECT_EQ(v.window.noticeBar()->text(),
              QStringLiteral("De hand-out is opgeslagen als %1.").arg(QDir::toNativeSeparators(pdf)));
}
