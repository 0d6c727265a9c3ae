#pragma once

// Reads a .leerpad package (a zip) with libarchive in two passes. scan() reads the
// entry count of the zip's end record (libarchive holds the whole central directory in
// memory, so millions of entries are refused first), then only the central directory:
// every entry's name, type, encryption and declared size are checked, so a hostile package is refused with every problem listed before a byte is
// unpacked. unpack() then streams the data to a sink, checking again what only the
// data can tell: the real sizes (total, course.json, the ratio that gives a zip bomb
// away) and damage. unpack() checks every name again on its own, so what reaches the
// sink is safe even if the file changed between the passes.

#include "core/loader/diagnostic.h"
#include "core/package/coursepackage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace leerpad {

// Where unpacked entries go. The names it gets are checked plain relative paths,
// each file's once; they arrive in archive order (folders may come after their files).
class PackageSink
{
public:
    virtual ~PackageSink() = default;
    // Each returns false with *error set when it cannot do it.
    virtual bool makeFolder(const QString &name, QString *error) = 0;
    virtual bool beginFile(const QString &name, QString *error) = 0;
    virtual bool write(const char *data, qsizetype size, QString *error) = 0;
    virtual bool endFile(QString *error) = 0;
};

// A package on disk, or in memory (tests and the fuzzer).
struct PackageSource
{
    QString file;
    QByteArray bytes; // used when file is empty
};

class PackageReader
{
public:
    // displayName is how diagnostics name the package (its path as the user gave it).
    PackageReader(PackageSource source, QString displayName, PackageLimits limits = {});

    // Pass 1. Returns whether the package may be unpacked; diagnostics() say why not.
    bool scan();
    // Pass 2, after a successful scan(). Stops at the first problem.
    bool unpack(PackageSink &sink);

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // The files and folders that scan() accepted, with the files' declared sizes.
    const QStringList &files() const { return m_files; }
    qint64 declaredBytes() const { return m_declaredBytes; }

private:
    void error(const QString &message);

    PackageSource m_source;
    QString m_displayName;
    PackageLimits m_limits;
    Diagnostics m_diagnostics;
    QStringList m_files;
    qint64 m_declaredBytes = 0;
    bool m_scanned = false;
};

} // namespace leerpad
