// Drives the real SelfTestView through a test run, offscreen, and saves screenshots:
// a question mid-test, the submit confirmation, the results page with the review
// list, and one question in review. Usage: selftest-screenshots COURSE_DIR OUT_DIR

#include "core/loader/courseloader.h"
#include "ui/selftest/selftestview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace leerpad;

namespace {

bool save(QWidget *w, const QString &path)
{
    QTest::qWait(100); // let layouts settle, as they would before the next frame
    const bool ok = w->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

void press(QWidget *view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || !view->isAncestorOf(target)) {
        std::fprintf(stderr, "keyboard focus is not in the self-test (%s)\n",
                     target ? target->metaObject()->className() : "none");
        std::exit(1);
    }
    QTest::keyClick(target, key, modifiers);
}

void click(QWidget *view, const char *objectName)
{
    auto *b = view->findChild<QAbstractButton *>(QString::fromLatin1(objectName));
    if (!b || !b->isVisible()) {
        std::fprintf(stderr, "no visible button %s\n", objectName);
        std::exit(1);
    }
    QTest::mouseClick(b, Qt::LeftButton);
}

// Number keys choose (0 = leave open), Alt+Right goes to the next question. The
// question screen is saved at the third question, after answering it.
void takeTest(QWidget *view, const QList<int> &choices, const QString *screenshot)
{
    for (int i = 0; i < choices.size(); ++i) {
        if (choices[i] > 0)
            press(view, Qt::Key(Qt::Key_0 + choices[i]));
        if (i == 2 && screenshot)
            save(view, *screenshot);
        if (i + 1 < choices.size())
            press(view, Qt::Key_Right, Qt::AltModifier);
    }
}

// Clicks "Inleveren" and confirms the dialog, saving it first when asked.
void submit(QWidget *view, const QString &screenshot)
{
    QTimer::singleShot(0, [screenshot] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (!screenshot.isEmpty())
            save(box, screenshot);
        box->findChild<QPushButton *>(QStringLiteral("confirmSubmitButton"))->click();
    });
    click(view, "submitButton");
    // The offscreen platform does not hand activation back after a modal dialog, as a
    // window manager would; without it there is no keyboard focus.
    QApplication::setActiveWindow(view);
    QTest::qWaitForWindowActive(view);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s COURSE_DIR OUT_DIR\n", argv[0]);
        return 2;
    }
    LoadOptions options;
    options.missingMediaIsError = false;
    const LoadResult loaded = loadCourse(QString::fromLocal8Bit(argv[1]), options);
    if (!loaded.ok()) {
        std::fprintf(stderr, "course did not load\n");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QDir().mkpath(out.path());

    SelfTestView view(loaded.course);
    view.resize(960, 760);
    view.show();
    QApplication::setActiveWindow(&view);
    if (!QTest::qWaitForWindowActive(&view))
        std::fprintf(stderr, "warning: window not active; shortcuts may not fire\n");
    save(&view, out.filePath(QStringLiteral("selftest-intro.png")));

    // First attempt: five right, the rest open, so the history has an entry.
    click(&view, "startButton");
    takeTest(&view, {1, 1, 1, 1, 1, 0, 0, 0, 0, 0}, nullptr);
    submit(&view, QString());
    click(&view, "retakeButton");

    // Second attempt, by keyboard: question 2 and 8 wrong, 4 open, seven right.
    const QString question = out.filePath(QStringLiteral("selftest-question.png"));
    takeTest(&view, {1, 2, 1, 0, 1, 2, 1, 1, 1, 2}, &question);
    submit(&view, out.filePath(QStringLiteral("selftest-confirm.png")));
    if (view.screen() != SelfTestView::Screen::Results) {
        std::fprintf(stderr, "did not reach the results page\n");
        return 1;
    }
    view.resize(960, 1500);
    save(&view, out.filePath(QStringLiteral("selftest-results.png")));

    view.resize(960, 760);
    const auto cards = view.findChildren<QPushButton *>(QStringLiteral("reviewCardOpen"));
    if (cards.size() == 10)
        QTest::mouseClick(cards[1], Qt::LeftButton); // question 2, answered wrong
    save(&view, out.filePath(QStringLiteral("selftest-review.png")));
    return 0;
}
