#pragma once

// Public entry point of the loader: course folder or file in, either a complete
// immutable Course or diagnostics out. Never a half-built model, never an exception.

#include "core/loader/diagnostic.h"
#include "core/model/course.h"

#include <QByteArray>

#include <memory>

namespace leerpad {

struct LoadOptions
{
    // A missing media file is an error either way. The player opens the course with it
    // (the dialogue can be read); --validate, --pack and installs refuse it.
    bool openWithMissingMedia = false;
    // Where a .leerpad package is unpacked; empty: defaultPackageCache()
    // (core/package/coursepackage.h).
    QString packageCacheDir;
};

struct LoadResult
{
    std::shared_ptr<const Course> course; // null when there are errors
    Diagnostics diagnostics;              // errors and warnings, in file order
    bool ok() const { return course != nullptr; }
};

constexpr qint64 kMaxCourseFileBytes = 16 * 1024 * 1024;

// A folder means "<folder>/course.json"; a file (course.json, any .json, or a .leerpad
// package) means itself.
QString courseFileFor(const QString &path);
// The same, made absolute: how a course file is named wherever it is remembered.
QString absoluteCourseFile(const QString &path);

// A course folder, a course file, or a .leerpad package: the package is unpacked into the
// cache first (or found there), the course is loaded from there, and its diagnostics
// name files inside the package as PACKAGE/ENTRY. The course's packagePath is set.
LoadResult loadCourse(const QString &path, const LoadOptions &options = {});

// For tests and fuzzing: bytes as if read from filePath inside rootDir.
LoadResult loadCourseFromBytes(const QByteArray &bytes, const QString &filePath,
                               const LoadOptions &options = {});

} // namespace leerpad
