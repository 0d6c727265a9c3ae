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
    // --validate insists that every media file exists; the player degrades instead.
    bool missingMediaIsError = true;
};

struct LoadResult
{
    std::shared_ptr<const Course> course; // null when there are errors
    Diagnostics diagnostics;              // errors and warnings, in file order
    bool ok() const { return course != nullptr; }
};

constexpr qint64 kMaxCourseFileBytes = 16 * 1024 * 1024;

// A folder means "<folder>/course.json".
QString courseFileFor(const QString &path);
// The same, made absolute: how a course file is named wherever it is remembered.
QString absoluteCourseFile(const QString &path);

LoadResult loadCourse(const QString &path, const LoadOptions &options = {});

// For tests and fuzzing: bytes as if read from filePath inside rootDir.
LoadResult loadCourseFromBytes(const QByteArray &bytes, const QString &filePath,
                               const LoadOptions &options = {});

} // namespace leerpad
