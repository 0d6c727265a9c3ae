#pragma once

// Checks on any string read from a course file: size limits, and things that would
// surprise a learner or hide what the text says (HTML-looking markup, which is shown
// literally; bidirectional override characters, which can disguise text).

#include "core/loader/diagnostic.h"

#include <QString>

#include <optional>
#include <string_view>

namespace leerpad {

constexpr qsizetype kMaxStringChars = 100'000; // longer is an error
constexpr qsizetype kLongTextChars = 10'000;   // longer is a warning

struct TextProblem
{
    bool error = false;
    DiagnosticText message;
};

std::optional<TextProblem> checkCourseText(const QString &text);

// A quick look at the UTF-8 bytes of a string: false when checkCourseText() certainly
// finds nothing (short, no control characters, no '<', no bidirectional controls), so
// the common case skips the character-by-character check.
bool mayNeedTextCheck(std::string_view utf8);

} // namespace leerpad
