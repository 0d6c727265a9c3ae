#include "core/session/coursewatcher.h"

#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

namespace leerpad {

CourseWatcher::CourseWatcher(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(50);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &CourseWatcher::onFileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &CourseWatcher::onDirectoryChanged);
    connect(m_debounce, &QTimer::timeout, this, &CourseWatcher::fire);
}

void CourseWatcher::setDebounceInterval(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void CourseWatcher::clear()
{
    m_debounce->stop();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_files.clear();
    m_stamps.clear();
    m_fileEvent = false;
}

void CourseWatcher::watch(const QStringList &files)
{
    clear();
    QSet<QString> seen;
    for (const QString &f : files) {
        if (f.isEmpty())
            continue;
        const QString path = QFileInfo(f).absoluteFilePath();
        if (seen.contains(path))
            continue;
        seen.insert(path);
        m_files.append(path);
        m_stamps.insert(path, stampOf(path));
    }
    rearm();
    qCDebug(lcWatcher) << "watching" << m_files.size() << "files";
}

CourseWatcher::Stamp CourseWatcher::stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {true, info.size(), info.lastModified()};
}

void CourseWatcher::rearm()
{
    // Re-adding is what keeps rename-over saves working: the old inode is gone and
    // inotify dropped the path with it.
    const QStringList watchedFiles = m_watcher->files();
    const QStringList watchedDirs = m_watcher->directories();
    QStringList add;
    for (const QString &path : std::as_const(m_files)) {
        if (!watchedFiles.contains(path) && QFileInfo::exists(path) && !add.contains(path))
            add << path;
        const QString dir = QFileInfo(path).absolutePath();
        if (!watchedDirs.contains(dir) && QFileInfo::exists(dir) && !add.contains(dir))
            add << dir;
    }
    if (!add.isEmpty())
        m_watcher->addPaths(add);
}

void CourseWatcher::onFileChanged(const QString &path)
{
    Q_UNUSED(path);
    m_fileEvent = true;
    rearm();
    m_debounce->start();
}

void CourseWatcher::onDirectoryChanged()
{
    // Folders also change for unrelated files (editor backups, swap files); whether
    // one of ours changed is decided when the debounce ends.
    rearm();
    m_debounce->start();
}

void CourseWatcher::fire()
{
    rearm();
    bool differs = m_fileEvent;
    m_fileEvent = false;
    for (const QString &path : std::as_const(m_files)) {
        const Stamp now = stampOf(path);
        if (!(now == m_stamps.value(path))) {
            differs = true;
            m_stamps.insert(path, now);
        }
    }
    if (differs)
        emit changed();
}

} // namespace leerpad
