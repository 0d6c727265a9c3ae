#pragma once

// Internal to the loader: turns a parsed JSON document into the course model while
// collecting every semantic problem in one pass, each tagged with a JSON pointer.

#include "core/model/course.h"

#include "core/loader/diagnostic.h"
#include "core/loader/jsondoc.h"

#include <optional>
#include <string>
#include <vector>

namespace leerpad {

struct PendingDiagnostic
{
    bool error = true;
    std::string pointer;
    DiagnosticText message;
    // Problems inside another file (a transcript) carry their own location.
    QString file;
    int line = 0;
    int column = 0;
    // Listed after every other diagnostic, without a place in the file: the count of
    // problems not shown ("fix the ones above first").
    bool last = false;
    // An error the player works around (a missing media file: the dialogue is read, not
    // heard). --validate fails on it; the player opens the course anyway.
    bool opensAnyway = false;
};

struct BuildContext
{
    QString filePath;
    QString rootDir; // canonical
    // Missing media is an error either way; this decides whether it stops the course.
    bool openWithMissingMedia = false;
};

// Returns the course when no error stops it (see PendingDiagnostic::opensAnyway); diagnostics are appended either way.
std::optional<Course> buildCourse(const JsonValue &doc, const BuildContext &context,
                                  std::vector<PendingDiagnostic> &diagnostics);

} // namespace leerpad
