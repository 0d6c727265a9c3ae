#pragma once

// Watches a course file, its folder and its media so a trainer's viewer can follow
// edits made in another program. Editors often save by writing a new file and renaming
// it over the old one, which makes inotify forget the path; so the folders are watched
// too and every path is re-armed after each change. Bursts of events (one save can
// produce several) are collapsed into one changed() by a short debounce.

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace leerpad {

class CourseWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CourseWatcher(QObject *parent = nullptr);

    // Replaces what is watched. Paths that do not exist yet are still tracked through
    // their folder, so a media file that appears later counts as a change.
    void watch(const QStringList &files);
    void clear();
    QStringList files() const { return m_files; }

    void setDebounceInterval(int milliseconds);

signals:
    // Some watched file was written, replaced, created or removed.
    void changed();

private:
    struct Stamp
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };
    static Stamp stampOf(const QString &path);
    void onFileChanged(const QString &path);
    void onDirectoryChanged();
    void rearm();
    void fire();

    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
    QStringList m_files;
    QHash<QString, Stamp> m_stamps;
    bool m_fileEvent = false; // a direct file event: trust it even if the stamp looks equal
};

} // namespace leerpad
