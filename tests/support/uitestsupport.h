#pragma once

// Shared helpers for the widget tests: the real module 1.4, temporary course copies
// with a twist, and the player as main() builds it, wired to fake media players.

#include "core/learning/navigator.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/session/coursesession.h"
#include "core/session/sessionhost.h"
#include "support/fakemediaplayer.h"
#include "support/qtprinters.h"
#include "ui/window/mainwindow.h"

#include <QTemporaryDir>

#include <memory>

namespace leerpad {
class QuestionView;
}

namespace leerpad::test {

QString moduleDir();
LoadResult loadModule();
// Loads a course the way the player does (missing media is a warning).
LoadResult loadForPlayer(const QString &path);

// A copy of module 1.4 in a temporary folder, to break on purpose.
struct CourseCopy
{
    QTemporaryDir dir;
    QString path() const { return dir.path(); }
    bool ok = false;
};
std::unique_ptr<CourseCopy> copyModule();

// A one-page course whose only paragraph is `paragraph` (a JSON string literal body).
QByteArray singleParagraphCourse(const QString &paragraph);

// The player as main() builds it: a progress store in a temporary data folder (or the
// given one), the session host and the window, with scripted media players. Opens path
// unless it is empty.
class TestPlayer
{
public:
    explicit TestPlayer(const QString &path = moduleDir(), const QString &dataDir = {});
    // A course already loaded (as the command line does before the window exists), from
    // path (by default the course's own file).
    explicit TestPlayer(const LoadResult &result, const QString &path = {});

    bool open(const QString &path) { return window.openCourse(path); }
    CourseSession *session() const { return host.session(); }
    Navigator &nav() const { return *host.session()->navigator(); }
    std::shared_ptr<const Course> course() const;
    QString selfTestPageId() const;
    QString dataDir() const { return m_dataDir; }

private:
    QTemporaryDir m_data;
    QString m_dataDir;

public:
    ProgressStore store;
    SessionHost host;
    FakeFactory fakes;
    MainWindow window;
};

// Deletes what the page view let go of (it defers deletion of an old page).
void flushDeletes();

// Chooses the option with this id in a practice question, wherever it is shown (the
// options are shown in a shuffled order). False when the question has no such option.
bool chooseById(QuestionView *view, const QString &optionId);

} // namespace leerpad::test
