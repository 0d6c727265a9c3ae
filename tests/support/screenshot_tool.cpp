// leerpad_screenshots: drives the real player widgets to the states shown in the README
// and saves them as PNG with QWidget::grab(). Run it under Xvfb through
// tools/screenshots/make-screenshots so fonts, audio (GStreamer) and popups are real.
//
//   leerpad_screenshots OUTDIR            the README pictures (pages and the self-test)
//   leerpad_screenshots OUTDIR --all      every page instead (for reviewing)
//   options: --theme=light|dark|high-contrast (View → Thema), --zoom=POINTS (text
//   size), --dialogs (the glossary, shortcuts, About, class report and "Wie ben ik?" dialogs instead), --size=WxH
//   (the window), --suffix=S (appended to every file name: theme-dark → x-theme-dark.png)

#include "core/learning/navigator.h"
#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/results/learnerprofile.h"
#include "core/results/statementsfile.h"
#include "core/session/coursesession.h"
#include "core/session/sessionhost.h"
#include "support/uitestsupport.h"
#include "ui/audio/audioblockview.h"
#include "ui/audio/audiocontroller.h"
#include "ui/audio/transcriptview.h"
#include "ui/page/glossarydialog.h"
#include "ui/page/glossarypopup.h"
#include "ui/page/pageview.h"
#include "ui/page/textblockview.h"
#include "ui/question/feedbackpanel.h"
#include "ui/question/questionview.h"
#include "ui/question/questionwidget.h"
#include "ui/selftest/selftestrunpage.h"
#include "ui/selftest/selftestview.h"
#include "ui/style/playerstyle.h"
#include "ui/style/themepalette.h"
#include "ui/trainer/classreportdialog.h"
#include "ui/window/aboutdialog.h"
#include "ui/window/mainwindow.h"
#include "ui/window/playeractions.h"
#include "ui/window/shortcutsdialog.h"
#include "ui/window/profilechooser.h"
#include "ui/window/whoamidialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace leerpad;

namespace {

QTextStream out(stdout);
QString g_suffix; // --suffix: set once, before the first picture

void settle(int ms = 150)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// The window plus any popup over it, as the screen would show them.
QImage grabWithPopups(QWidget *window, const QList<QWidget *> &popups)
{
    QImage image = window->grab().toImage();
    QPainter p(&image);
    for (QWidget *popup : popups) {
        if (!popup || !popup->isVisible())
            continue;
        const QPoint at = popup->mapToGlobal(QPoint(0, 0)) - window->mapToGlobal(QPoint(0, 0));
        const QPixmap pm = popup->grab();
        // A soft shadow, as a compositor would draw one.
        for (int i = 6; i > 0; --i) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0, 0, 0, 10));
            p.drawRoundedRect(QRect(at + QPoint(i / 2, i), pm.deviceIndependentSize().toSize()), i, i);
        }
        p.drawPixmap(at, pm);
    }
    return image;
}

bool save(const QImage &image, const QString &dir, const QString &name)
{
    const QString file = g_suffix.isEmpty()
                             ? name
                             : name.chopped(4) + QLatin1Char('-') + g_suffix + QStringLiteral(".png");
    const QString path = QDir(dir).filePath(file);
    const bool ok = image.save(path);
    out << (ok ? "wrote " : "FAILED ") << path << '\n';
    out.flush();
    return ok;
}

Navigator *navigator(MainWindow &w)
{
    return w.session()->navigator();
}

bool goTo(MainWindow &w, const QString &pageId)
{
    const bool ok = navigator(w)->goTo(pageId);
    settle();
    return ok;
}

bool glossaryShot(MainWindow &w, const QString &dir)
{
    if (!goTo(w, QStringLiteral("normen-en-waarden")))
        return false;
    const auto texts = w.pageView()->blocksOf<TextBlockView>();
    if (texts.isEmpty())
        return false;
    TextBlockView *text = texts.first();
    int occurrence = -1;
    for (int i = 0; i < text->termCount(); ++i) {
        if (text->termId(i) == QLatin1String("norm"))
            occurrence = i;
    }
    text->showTerm(occurrence);
    settle(300);
    const QImage image = grabWithPopups(&w, {text->popup()});
    text->popup()->close();
    return save(image, dir, QStringLiteral("glossary-popup.png"));
}

bool dialogueShot(MainWindow &w, const QString &dir)
{
    if (!goTo(w, QStringLiteral("een-voorbeeld")))
        return false;
    const auto audios = w.pageView()->blocksOf<AudioBlockView>();
    if (audios.isEmpty())
        return false;
    AudioBlockView *audio = audios.first();
    AudioController *c = audio->controller();
    audio->setTranscriptOpen(true);
    // Real playback: wait until the media is loaded, start at the fifth line, listen a
    // few seconds, and take the picture while it plays.
    QElapsedTimer t;
    t.start();
    while (c->status() == AudioController::Status::Loading && t.elapsed() < 10000)
        settle(50);
    if (!c->canPlay()) {
        out << "audio cannot play: " << c->message() << '\n';
        return false;
    }
    c->seekToCue(5);
    t.restart();
    while (c->position() < c->cues().value(5).startMs + 3500 && t.elapsed() < 15000)
        settle(50);
    const bool playing = c->isPlaying();
    out << "dialogue at " << c->position() << " ms, playing: " << (playing ? "yes" : "no")
        << ", current line " << c->currentCue() << '\n';
    w.pageView()->ensureWidgetVisible(audio->transcript(), 0, 0);
    w.pageView()->verticalScrollBar()->setValue(w.pageView()->verticalScrollBar()->maximum());
    settle(200);
    const QImage image = w.grab().toImage();
    c->pause();
    return playing && save(image, dir, QStringLiteral("dialogue-playing.png"));
}

bool questionShot(MainWindow &w, const QString &dir)
{
    if (!goTo(w, QStringLiteral("opdracht-1")))
        return false;
    const auto questions = w.pageView()->blocksOf<QuestionView>();
    if (questions.isEmpty())
        return false;
    QuestionView *q = questions.first();
    test::chooseById(q, QStringLiteral("klant")); // not the answer
    q->check();
    settle(300);
    // The whole feedback in view, as a learner would scroll to read it.
    w.pageView()->verticalScrollBar()->setValue(w.pageView()->verticalScrollBar()->maximum());
    settle(100);
    return !q->feedbackPanel()->isCorrectShown() &&
           save(w.grab().toImage(), dir, QStringLiteral("question-wrong.png"));
}

// The last page after the self-test shots: its closing card, scrolled into view.
bool endOfCourseShot(MainWindow &w, const QString &dir)
{
    Navigator *nav = navigator(w);
    if (!nav->last())
        return false;
    settle(200);
    w.pageView()->verticalScrollBar()->setValue(w.pageView()->verticalScrollBar()->maximum());
    settle(100);
    return save(w.grab().toImage(), dir, QStringLiteral("end-of-course.png"));
}

void allPages(MainWindow &w, const QString &dir)
{
    Navigator *nav = navigator(w);
    nav->first();
    for (int i = 0; i < nav->pageCount(); ++i) {
        nav->goToIndex(i);
        settle(120);
        save(w.grab().toImage(), dir, QStringLiteral("page-%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(nav->currentPageId()));
    }
}

// A results file of a made-up learner who got `wrong` self-test questions wrong (the
// first ones), checked `practice` practice questions right and saw `pages` pages.
QString learnerFile(const QTemporaryDir &dir, std::shared_ptr<const Course> course, const QString &name,
                    int pages, int practice, int wrong)
{
    ProgressStore store(dir.filePath(name));
    CourseSession session(course, &store);
    session.reportAs(xapi::actorOf({name, name, {}}, QStringLiteral("urn:leerpad:screenshots")),
                     QStringLiteral("Leerpad"), {});
    session.begin();
    for (int i = 1; i < pages; ++i)
        session.navigator()->next();
    const auto &questions = course->index.questionBlocks();
    for (int i = 0; i < practice && i < questions.size(); ++i) {
        const Question &q = *course->block(questions.at(i)).question();
        session.answerPractice(q.id, {q.correct.first()}, true);
    }
    if (wrong >= 0) {
        SelfTestSession &test = *session.selfTest();
        test.start();
        int n = 0;
        for (const Question &q : test.test().questions) {
            QString option = q.correct.first();
            for (const Option &o : q.options)
                option = n < wrong && !q.isCorrectOption(o.id) ? o.id : option;
            ++n;
            test.answer(q.id, {option});
        }
        test.submit();
    }
    const QString path = dir.filePath(name + QStringLiteral(".json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(xapi::statementsFileBytes(store.statementsOf(course->id)));
    return path;
}

void dialogShots(MainWindow &w, const QString &dir)
{
    {
        QTemporaryDir files;
        const auto course = w.session()->coursePointer();
        const QStringList paths = {learnerFile(files, course, QStringLiteral("Karolien Jansen"), 31, 6, 1),
                                   learnerFile(files, course, QStringLiteral("Anouska de Vries"), 31, 6, 3),
                                   learnerFile(files, course, QStringLiteral("Mehmet Yilmaz"), 18, 3, -1),
                                   learnerFile(files, course, QStringLiteral("Sanne Bakker"), 31, 5, 5)};
        ClassReportDialog report(&w);
        report.load(paths, course);
        report.show();
        settle(200);
        save(report.grab().toImage(), dir, QStringLiteral("dialog-class-report.png"));
    }
    WhoAmIDialog who({QStringLiteral("p"), QStringLiteral("Karolien Jansen"), {}}, &w);
    who.show();
    settle(200);
    save(who.grab().toImage(), dir, QStringLiteral("dialog-who-am-i.png"));
    ProfileChooser chooser({{QStringLiteral("p1"), QStringLiteral("Anouska de Vries"), QStringLiteral("s2026002")},
                            {QStringLiteral("p2"), QStringLiteral("Karolien Jansen"), {}},
                            {QStringLiteral("p3"), QStringLiteral("Mehmet Yilmaz"), {}},
                            {QStringLiteral("p4"), QStringLiteral("Sanne Bakker"), {}}},
                           QStringLiteral("p2"), &w);
    chooser.show();
    settle(200);
    save(chooser.grab().toImage(), dir, QStringLiteral("dialog-profile-chooser.png"));
    GlossaryDialog glossary(w.session()->course().glossary, &w);
    glossary.selectTerm(QStringLiteral("telefoonetiquette"));
    glossary.show();
    settle(200);
    save(glossary.grab().toImage(), dir, QStringLiteral("dialog-glossary.png"));
    ShortcutsDialog shortcuts(w.actions(), &w);
    shortcuts.show();
    settle(200);
    save(shortcuts.grab().toImage(), dir, QStringLiteral("dialog-shortcuts.png"));
    AboutDialog about(&w.session()->course(), &w);
    about.show();
    settle(200);
    save(about.grab().toImage(), dir, QStringLiteral("dialog-about.png"));
}

// Answers the current question with option `choice` (1-based; 0 leaves it open).
void answer(SelfTestView *view, int choice)
{
    if (choice > 0)
        view->runPage()->questionWidget()->chooseByNumber(choice);
}

// Clicks "Inleveren" and confirms, saving the dialog first when a name is given.
void submit(SelfTestView *view, const QString &dir, const QString &name)
{
    QTimer::singleShot(0, [dir, name] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (!name.isEmpty()) {
            settle(100);
            save(box->grab().toImage(), dir, name);
        }
        box->findChild<QPushButton *>(QStringLiteral("confirmSubmitButton"))->click();
    });
    view->requestSubmit();
    settle();
}

// The self-test in the window: the page, a question, the confirmation, the results and
// one question in review. A first attempt (five right) fills the history.
bool selfTestShots(MainWindow &w, const QString &dir)
{
    if (!goTo(w, QStringLiteral("test-jezelf-intro")))
        return false;
    save(w.grab().toImage(), dir, QStringLiteral("selftest-intro.png"));
    w.openSelfTest();
    SelfTestView *view = w.selfTestView();
    if (!view)
        return false;
    const QList<int> first = {1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
    for (int i = 0; i < first.size(); ++i) {
        view->runPage()->showIndex(i);
        answer(view, first[i]);
    }
    submit(view, dir, QString());
    view->startNewAttempt();
    settle();
    const QList<int> second = {1, 2, 1, 0, 1, 2, 1, 1, 1, 2};
    for (int i = 0; i < second.size(); ++i) {
        view->runPage()->showIndex(i);
        answer(view, second[i]);
        settle(30);
        if (i == 2)
            save(w.grab().toImage(), dir, QStringLiteral("selftest-question.png"));
    }
    submit(view, dir, QStringLiteral("selftest-confirm.png"));
    if (view->screen() != SelfTestView::Screen::Results)
        return false;
    settle(200);
    save(w.grab().toImage(), dir, QStringLiteral("selftest-results.png"));
    view->reviewQuestion(1); // question 2, answered wrong
    settle(200);
    return save(w.grab().toImage(), dir, QStringLiteral("selftest-review.png"));
}

} // namespace

int main(int argc, char *argv[])
{
    // Default settings (text size, volume), whatever the person running this has chosen.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeerpadScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Leerpad"));
    QApplication::setApplicationVersion(QStringLiteral("screenshots"));
    // As the player does (player.cpp): Fusion under Xvfb, with the player's own drawing.
    QApplication::setStyle(new PlayerStyle);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: leerpad_screenshots OUTDIR [--all|--dialogs] "
                               "[--theme=light|dark|high-contrast] [--zoom=POINTS] "
                               "[--size=WxH] [--suffix=S]\n";
        return 2;
    }
    const QString dir = args.at(1);
    QDir().mkpath(dir);
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--zoom=")))
            QSettings().setValue(QStringLiteral("view/pointSize"), a.mid(7).toInt());
        if (a.startsWith(QLatin1String("--suffix=")))
            g_suffix = a.mid(9);
        if (a.startsWith(QLatin1String("--theme="))) {
            const auto id = appearance::themeFromKey(a.mid(8));
            if (!id) {
                QTextStream(stderr) << "unknown theme " << a.mid(8) << '\n';
                return 2;
            }
            theme::applyTheme(*id); // as View → Thema does
        }
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(LEERPAD_SOURCE_DIR "/assets/leerpad.svg")));

    LoadOptions options;
    options.openWithMissingMedia = true;
    const LoadResult result = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options);
    if (!result.ok()) {
        QTextStream(stderr) << "module 1.4 does not load\n";
        return 1;
    }
    // Progress goes to a throw-away folder: every run starts as a new learner.
    QTemporaryDir data;
    ProgressStore store(data.path());
    SessionHost host(&store);
    MainWindow w(&host);
    host.show(result.course->filePath, result);
    QSize size(1280, 800);
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--size="))) {
            const QStringList wh = a.mid(7).split(QLatin1Char('x'));
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        }
    }
    w.resize(size);
    w.move(0, 0);
    w.show();
    w.activateWindow();
    QApplication::setActiveWindow(&w); // no window manager under Xvfb to do this
    settle(500);

    bool ok = true;
    if (args.contains(QStringLiteral("--all"))) {
        allPages(w, dir);
    } else if (args.contains(QStringLiteral("--dialogs"))) {
        dialogShots(w, dir);
    } else {
        ok = glossaryShot(w, dir) && ok;
        ok = dialogueShot(w, dir) && ok;
        ok = questionShot(w, dir) && ok;
        ok = selfTestShots(w, dir) && ok;
        ok = endOfCourseShot(w, dir) && ok;
    }
    return ok ? 0 : 1;
}
