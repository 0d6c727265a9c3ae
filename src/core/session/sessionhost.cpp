#include "core/session/sessionhost.h"

#include "core/learning/navigator.h"
#include "core/logging.h"
#include "core/package/coursepackage.h"
#include "core/session/coursesession.h"
#include "core/session/coursewatcher.h"

namespace leerpad {

namespace {
LoadResult loadForPlayer(const QString &path)
{
    LoadOptions options;
    options.openWithMissingMedia = true; // the player degrades; --validate insists
    return loadCourse(path, options);
}
} // namespace

SessionHost::SessionHost(ProgressStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_watcher(new CourseWatcher(this))
{
    connect(m_watcher, &CourseWatcher::changed, this, &SessionHost::reload);
}

SessionHost::~SessionHost()
{
    closeSession();
}

bool SessionHost::open(const QString &path)
{
    const QString file = path.isEmpty() ? QString() : absoluteCourseFile(path);
    return show(file, loadForPlayer(file));
}

bool SessionHost::show(const QString &path, const LoadResult &result)
{
    m_path = path.isEmpty() ? QString() : absoluteCourseFile(path);
    m_diagnostics = result.diagnostics;
    if (!result.ok()) {
        closeSession();
        emit diagnosticsChanged(m_diagnostics, false);
        emit openFailed();
        rewatch();
        return false;
    }
    replaceSession(result.course, false);
    emit diagnosticsChanged(m_diagnostics, false);
    return true;
}

void SessionHost::reload()
{
    if (m_path.isEmpty())
        return;
    const LoadResult result = loadForPlayer(m_path);
    if (!result.ok() && m_session) {
        qCInfo(lcSession) << "reload of" << m_path << "has errors; keeping the last good version";
        m_diagnostics = result.diagnostics;
        emit diagnosticsChanged(m_diagnostics, true);
        return;
    }
    const bool wasOpen = m_session != nullptr;
    m_diagnostics = result.diagnostics;
    if (!result.ok()) {
        emit diagnosticsChanged(m_diagnostics, false);
        emit openFailed();
        return;
    }
    replaceSession(result.course, wasOpen);
    emit diagnosticsChanged(m_diagnostics, false);
}

void SessionHost::closeSession()
{
    if (!m_session)
        return;
    emit sessionClosing(m_session);
    // Closed before anything new exists: the old session's last state is in the store
    // and it cannot write again, whatever still reaches it.
    m_session->close();
    delete m_session;
    m_session = nullptr;
}

void SessionHost::replaceSession(std::shared_ptr<const Course> course, bool reloaded)
{
    // A trainer editing the file stays on the page being edited; the new session puts
    // the learner back on the page the old one last committed, which is the same page.
    closeSession();
    m_session = new CourseSession(std::move(course), m_store, this);
    if (m_reporting)
        m_session->reportAs(m_reporting->learner, m_reporting->platform, m_reporting->activityBase);
    rewatch();
    emit sessionOpened(m_session, reloaded);
    m_session->begin();
}

void SessionHost::reportAs(const xapi::Learner &learner, const QString &platform,
                           const QString &activityBase)
{
    xapi::StatementContext context;
    context.learner = learner;
    context.platform = platform;
    context.activityBase = activityBase;
    m_reporting = context;
}

void SessionHost::setDisplayName(const QString &name)
{
    if (!m_reporting)
        return;
    m_reporting->learner.displayName = name;
    if (m_session)
        m_session->setLearner(m_reporting->learner);
}

void SessionHost::rewatch()
{
    QStringList files;
    if (isCoursePackage(m_path)) {
        // A package is unpacked once into the cache, keyed by its content: nobody edits
        // the unpacked copy, and a new version of the package is another package.
    } else if (m_session) {
        files = m_session->course().files();
    } else if (!m_path.isEmpty()) {
        // A broken file: watch it so that fixing it shows the course.
        files << m_path;
    }
    m_watcher->watch(files);
}

} // namespace leerpad
