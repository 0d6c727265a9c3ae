#include "ui/trainer/livereload.h"

#include "core/learning/navigator.h"
#include "core/session/coursewatcher.h"
#include "ui/window/mainwindow.h"
#include "ui/logging.h"

namespace leerpad {

LiveReload::LiveReload(MainWindow *window)
    : QObject(window), m_window(window), m_watcher(new CourseWatcher(this))
{
    connect(m_window, &MainWindow::courseShown, this, &LiveReload::rewatch);
    connect(m_watcher, &CourseWatcher::changed, this, &LiveReload::reload);
}

void LiveReload::rewatch()
{
    QStringList files;
    if (const auto course = m_window->course()) {
        files << course->filePath;
        for (const Section &s : course->sections)
            for (const Page &p : s.pages)
                for (const Block &b : p.blocks)
                    if (const AudioBlock *a = b.audio())
                        files << a->srcPath << a->transcriptPath;
    } else if (!m_window->coursePath().isEmpty()) {
        // A broken file: watch it so that fixing it shows the course.
        files << courseFileFor(m_window->coursePath());
    }
    m_watcher->watch(files);
}

void LiveReload::reload()
{
    const QString path = m_window->course() ? m_window->course()->filePath : m_window->coursePath();
    if (path.isEmpty())
        return;
    LoadOptions options;
    options.missingMediaIsError = false;
    const LoadResult result = loadCourse(path, options);
    if (!result.ok() && m_window->course()) {
        qCInfo(lcUi) << "reload of" << path << "has errors; keeping the last good version";
        m_window->showDiagnostics(result.diagnostics, /*stale=*/true);
        emit reloaded(false);
        return;
    }
    const QString pageId = m_window->navigator()->currentPageId();
    m_window->showLoadResult(result);
    // After showLoadResult: the progress session restores its stored page on
    // courseShown, and the trainer expects to stay where they were editing.
    if (result.ok() && !pageId.isEmpty() && m_window->navigator()->indexOf(pageId) >= 0)
        m_window->navigator()->goTo(pageId);
    emit reloaded(result.ok());
}

} // namespace leerpad
