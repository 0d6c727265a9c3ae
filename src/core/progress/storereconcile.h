#pragma once

// Fitting stored progress to the course as it is now. Course authors may re-publish a
// course with pages, questions or options removed; progress for ids that still exist is
// kept, the rest is dropped and counted so the learner can be told.

#include "core/progress/storetypes.h"

namespace leerpad {

// Drops from progress every entry whose ids are not in keys and stamps keys' version.
ReconcileReport reconcileProgress(CourseProgress &progress, const CourseKeys &keys);

// Whether an attempt can still be shown against the course: every question and option
// it mentions still exists.
bool attemptFits(const Attempt &attempt, const CourseKeys &keys);

} // namespace leerpad
