#pragma once

// A deterministic learner for the store's process tests: interaction i of a scripted
// session (page changes, practice answers and checks, audio positions, self-test
// attempts started, answered and submitted) as a pure function of i and the state so
// far. The kill-test driver performs it against a real store; the kill test replays it
// without a store to know what every committed interaction must have left behind.

#include "core/progress/progressstore.h"
#include "core/progress/storetypes.h"

namespace leerpad::storescript {

// The ids of the scripted course (course "kill-test", version "1").
CourseKeys keys();

// The state before the first interaction.
CourseProgress initialProgress();

// Applies interaction `index` to progress. With a store, also saves it there and
// returns whether the store committed it; without one, returns true.
bool step(int index, CourseProgress &progress, ProgressStore *store);

// A readable summary for test failure messages.
std::string summary(const CourseProgress &progress);

} // namespace leerpad::storescript
