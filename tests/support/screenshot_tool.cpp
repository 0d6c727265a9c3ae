// leerpad_screenshots: drives the real player widgets to the states shown in the README
// and saves them as PNG with QWidget::grab(). Run it under Xvfb through
// tools/screenshots/make-screenshots so fonts, audio (GStreamer) and popups are real.
//
//   leerpad_screenshots OUTDIR            the README pictures
//   leerpad_screenshots OUTDIR --all      every page instead (for reviewing)
//   options: --dark (a dark palette), --zoom=POINTS (text size), --dialogs (also the
//   glossary, shortcuts and About dialogs)

#include "core/learning/navigator.h"
#include "core/loader/courseloader.h"
#include "ui/audio/audioblockview.h"
#include "ui/audio/audiocontroller.h"
#include "ui/audio/transcriptview.h"
#include "ui/page/glossarydialog.h"
#include "ui/page/glossarypopup.h"
#include "ui/page/pageview.h"
#include "ui/page/textblockview.h"
#include "ui/question/questionview.h"
#include "ui/window/aboutdialog.h"
#include "ui/window/mainwindow.h"
#include "ui/window/shortcutsdialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace leerpad;

namespace {

QTextStream out(stdout);

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
    const QString path = QDir(dir).filePath(name);
    const bool ok = image.save(path);
    out << (ok ? "wrote " : "FAILED ") << path << '\n';
    out.flush();
    return ok;
}

bool goTo(MainWindow &w, const QString &pageId)
{
    const bool ok = w.navigator()->goTo(pageId);
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
    q->chooseOption(0); // "De klant" — not the answer
    q->check();
    settle(300);
    // The whole feedback in view, as a learner would scroll to read it.
    w.pageView()->verticalScrollBar()->setValue(w.pageView()->verticalScrollBar()->maximum());
    settle(100);
    return !q->isAnswerCorrect() && save(w.grab().toImage(), dir, QStringLiteral("question-wrong.png"));
}

void allPages(MainWindow &w, const QString &dir)
{
    Navigator *nav = w.navigator();
    nav->first();
    for (int i = 0; i < nav->pageCount(); ++i) {
        nav->goToIndex(i);
        settle(120);
        save(w.grab().toImage(), dir, QStringLiteral("page-%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(nav->currentPageId()));
    }
}

void dialogShots(MainWindow &w, const QString &dir)
{
    GlossaryDialog glossary(w.course()->glossary, &w);
    glossary.selectTerm(QStringLiteral("telefoonetiquette"));
    glossary.show();
    settle(200);
    save(glossary.grab().toImage(), dir, QStringLiteral("dialog-glossary.png"));
    ShortcutsDialog shortcuts(&w);
    shortcuts.show();
    settle(200);
    save(shortcuts.grab().toImage(), dir, QStringLiteral("dialog-shortcuts.png"));
    AboutDialog about(w.course().get(), &w);
    about.show();
    settle(200);
    save(about.grab().toImage(), dir, QStringLiteral("dialog-about.png"));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x4a, 0x90, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
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
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: leerpad_screenshots OUTDIR [--all] [--dark]\n";
        return 2;
    }
    const QString dir = args.at(1);
    QDir().mkpath(dir);
    if (args.contains(QStringLiteral("--dark")))
        QApplication::setPalette(darkPalette());

    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--zoom=")))
            QSettings().setValue(QStringLiteral("view/pointSize"), a.mid(7).toInt());
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(LEERPAD_SOURCE_DIR "/assets/leerpad.svg")));

    LoadOptions options;
    options.missingMediaIsError = false;
    const LoadResult result = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options);
    if (!result.ok()) {
        QTextStream(stderr) << "module 1.4 does not load\n";
        return 1;
    }
    MainWindow w;
    w.showLoadResult(result);
    w.resize(1280, 800);
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
    }
    return ok ? 0 : 1;
}
