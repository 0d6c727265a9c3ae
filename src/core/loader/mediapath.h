#pragma once

// Media references in a course must stay inside the course folder: a course opened
// from anywhere may never make the player read elsewhere or reach the network.

#include "core/loader/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace leerpad {

struct MediaCheck
{
    enum class Status { Ok, Missing, Invalid };
    Status status = Status::Invalid;
    QString absolutePath; // set for Ok and Missing
    DiagnosticText problem; // what is wrong, for Missing / Invalid
};

enum class MediaKind { Audio, Transcript };

// Canonical forms of folders already resolved while loading one course: media share a
// few folders, and resolving a path costs a system call per path component.
using CanonicalDirCache = QHash<QString, QString>;

// Reads at most maxBytes of a file; an error text instead when it cannot be read. A
// course load reads a few small files (audio headers, transcripts) every time: this
// costs open, read and close, where QFile adds status calls and a buffer of maxBytes.
struct FileBytes
{
    QByteArray bytes;
    QString error; // empty on success
};
FileBytes readFileBytes(const QString &path, qsizetype maxBytes);

// rootDir must be an absolute, canonical directory path.
MediaCheck checkMediaPath(const QString &rootDir, const QString &relative, MediaKind kind,
                          CanonicalDirCache *dirs = nullptr);

} // namespace leerpad
