#pragma once

// The course the player shows, and the one session that holds it. Opening a path loads
// the course; when it loads, the session before is closed and a new one built over the
// same progress store; when it does not, the diagnostics say why and the course before
// is closed too (the player shows the problem, not a stale course). The course file and
// its media are watched: a saved change reloads the course into a new session that
// reads back what the old one committed, so the learner keeps their place; a change
// with errors keeps the last good version open. QtCore only.

#include "core/loader/courseloader.h"
#include "core/results/statementbuilder.h"

#include <QObject>

namespace leerpad {

class CourseSession;
class CourseWatcher;
class ProgressStore;

class SessionHost : public QObject
{
    Q_OBJECT
public:
    // The store must outlive the host.
    explicit SessionHost(ProgressStore *store, QObject *parent = nullptr);
    ~SessionHost() override;

    ProgressStore *store() const { return m_store; }
    // The open session, or null while nothing (or a broken file) is shown.
    CourseSession *session() const { return m_session; }
    // The course file shown, or the one that failed to load; empty before the first.
    QString coursePath() const { return m_path; }
    // Of the last load, also of a reload that was refused.
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    CourseWatcher *watcher() const { return m_watcher; }

    // Loads the course folder or file at path the way the player does (missing media
    // is a warning) and shows it. Returns whether a course is open now.
    bool open(const QString &path);
    // The same with a load already done (the command line loads before the window
    // exists, to pick the interface language from the course).
    bool show(const QString &path, const LoadResult &result);
    // Loads the course file again (the watcher calls it after a change).
    void reload();
    // Closes the session (at exit); nothing is shown afterwards.
    void closeSession();
    // Every session from now on reports its events as xAPI statements about `learner`
    // (CourseSession::reportAs).
    void reportAs(const xapi::Learner &learner, const QString &platform, const QString &activityBase);
    // The learner gave their name: this session's later statements and the next
    // sessions' carry it. The account stays as it is for this run (a student number
    // given now names the account from the next start), so one registration is never
    // split over two accounts.
    void setDisplayName(const QString &name);

signals:
    // The session is about to close: views hand it what they still hold (a dialogue's
    // position) and let go of it.
    void sessionClosing(leerpad::CourseSession *session);
    // A new session, after begin(). reloaded: the same course file, saved anew.
    void sessionOpened(leerpad::CourseSession *session, bool reloaded);
    // Nothing could be opened from the path; diagnostics() says why.
    void openFailed();
    // After every load, good or bad. stale: they belong to a version of the file that is
    // not shown (a reload with errors; the last good version stays).
    void diagnosticsChanged(const leerpad::Diagnostics &diagnostics, bool stale);

private:
    void replaceSession(std::shared_ptr<const Course> course, bool reloaded);
    void rewatch();

    ProgressStore *m_store;
    CourseWatcher *m_watcher;
    CourseSession *m_session = nullptr;
    QString m_path;
    Diagnostics m_diagnostics;
    std::optional<xapi::StatementContext> m_reporting; // learner, platform, activity base
};

} // namespace leerpad
