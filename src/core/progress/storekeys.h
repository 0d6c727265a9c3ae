#pragma once

// The ids of a loaded course in the form the progress store reconciles against.

#include "core/model/course.h"
#include "core/progress/storetypes.h"

namespace leerpad {

CourseKeys courseKeys(const Course &course);

} // namespace leerpad
