#pragma once

// Media references in a course must stay inside the course folder: a course opened
// from anywhere may never make the player read elsewhere or reach the network.

#include <QHash>
#include <QString>

namespace leerpad {

struct MediaCheck
{
    enum class Status { Ok, Missing, Invalid };
    Status status = Status::Invalid;
    QString absolutePath; // set for Ok and Missing
    QString problem;      // human-readable reason for Missing / Invalid
};

enum class MediaKind { Audio, Transcript };

// Canonical forms of folders already resolved while loading one course: media share a
// few folders, and resolving a path costs a system call per path component.
using CanonicalDirCache = QHash<QString, QString>;

// rootDir must be an absolute, canonical directory path.
MediaCheck checkMediaPath(const QString &rootDir, const QString &relative, MediaKind kind,
                          CanonicalDirCache *dirs = nullptr);

} // namespace leerpad
