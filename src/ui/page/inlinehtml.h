#pragma once

// Course runs as rich text for labels. Every run is escaped first: the markup in the
// result is only the markup this function adds.

#include "core/model/course.h"

namespace leerpad {

QString inlineToHtml(const InlineText &text);

} // namespace leerpad
