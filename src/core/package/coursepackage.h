#pragma once

// One-file courses: a .leerpad package is a zip of a course folder with course.json at
// its root (docs/course-format.md). Opening one unpacks it once into a cache folder
// named after the package's SHA-256, so opening it again is instant and a changed
// package is a new folder; the course inside keeps its own id and version, so progress
// stays with it as for a folder. Packing writes the files a course reads into a new
// package. Hostile packages end in located diagnostics ("PACKAGE: error: 'ENTRY' ...")
// and nothing is written outside the folder a package is unpacked into.

#include "core/loader/diagnostic.h"

#include <QString>
#include <QtGlobal>

namespace leerpad {

struct Course;

// What a package may hold. The defaults are generous for a course (an hour of Ogg
// audio is ~30 MB) and stop zip bombs and entry floods long before they cost much.
struct PackageLimits
{
    int maxEntries = 10000;
    qint64 maxTotalBytes = qint64(1) << 30; // unpacked, all entries together
    // A file may unpack to at most this many times its compressed size, once it is
    // larger than ratioFloorBytes (small files compress well and harm nobody).
    qint64 maxRatio = 100;
    qint64 ratioFloorBytes = qint64(1) << 20;
};

// By name: "*.leerpad", in any case.
bool isCoursePackage(const QString &path);

// Where packages are unpacked unless told otherwise:
// <generic cache location>/leerpad/packages (~/.cache/leerpad/packages).
QString defaultPackageCache();

struct UnpackResult
{
    QString folder;          // the unpacked course folder; empty when it failed
    Diagnostics diagnostics; // errors name the package and the entry
    bool reused = false;     // found in the cache, nothing was unpacked
    bool ok() const { return !folder.isEmpty(); }
};

// Unpacks the package at path below cacheDir (empty: defaultPackageCache()), or finds
// it there already unpacked. Nothing is left in the cache when the package is refused.
UnpackResult unpackCoursePackage(const QString &path, const QString &cacheDir = {},
                                 const PackageLimits &limits = {});

struct PackResult
{
    Diagnostics diagnostics;
    int files = 0;
    qint64 bytes = 0; // the package's size
    bool ok() const { return !hasErrors(diagnostics); }
};

// Writes course.json and every file the course reads (course.files()) into a new
// package at outPath, replacing it atomically. The course must have loaded without
// errors; what the reader would refuse (limits) is refused here too.
PackResult packCourse(const Course &course, const QString &outPath,
                      const PackageLimits &limits = {});

} // namespace leerpad
