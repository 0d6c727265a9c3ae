#pragma once

// The learner every results test follows: module 1.4 from the first page to the last,
// every practice question right, the self-test with one mistake, reported as xAPI.

#include "core/model/course.h"

#include <QString>

#include <memory>

namespace leerpad {
class ProgressStore;
namespace xapi {
struct Learner;
}
} // namespace leerpad

namespace leerpad::test {

std::shared_ptr<const Course> module14();

// Runs the whole session into the store's outbox; returns the registration. Karolien
// Jansen (s2026001) unless another learner is given; `wrong` self-test answers wrong
// (the first ones); `close`: the learner closes the player at the end ("terminated").
QString learnTheModule(ProgressStore &store);
QString learnTheModule(ProgressStore &store, const xapi::Learner &learner, int wrong = 1, bool close = false);

} // namespace leerpad::test
