#pragma once

// A deterministic learner for the store's process tests: interaction i of a scripted
// session (page changes, practice answers and checks, audio positions, self-test
// attempts started, answered and submitted) as a pure function of i and the state so
// far. The kill-test driver performs it against a real store; the kill test replays it
// without a store to know what every committed interaction must have left behind.

#include "core/progress/progressstore.h"
#include "core/progress/storeschema.h"
#include "core/progress/storetypes.h"

namespace leerpad::storescript {

// The ids of the scripted course (course "kill-test", version "1").
CourseKeys keys();

// The same course re-published (version "2"): page-11, practice-5 and audio-1 are gone,
// and so is option "d" of practice-0. The self-test is unchanged, so attempts stay.
CourseKeys changedKeys();

// A schema step as a future release might append it (version 2): a column filled from
// every page_state and attempt row, and a new table with a row per course. The kill
// test upgrades a populated file with it.
StoreMigration upgradeStep();

// The state before the first interaction.
CourseProgress initialProgress();

// Applies interaction `index` to progress. With a store, also saves it there and
// returns whether the store committed it; without one, returns true.
bool step(int index, CourseProgress &progress, ProgressStore *store);

// A readable summary for test failure messages.
std::string summary(const CourseProgress &progress);

} // namespace leerpad::storescript
