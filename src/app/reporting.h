#pragma once

// The learner's results: who is learning (the profile, chosen at start on a shared PC),
// every session reporting its events as xAPI statements into the store's outbox (always:
// they are also the results file the learner hands in), and, only when an LRS is
// configured (settings, environment or --lrs; docs/results.md), a sender for the outbox
// and a status line while something is unsent. Nothing leaves the machine otherwise.

#include "app/commandline.h"
#include "core/results/learnerprofile.h"

#include <optional>
#include <QTextStream>

namespace leerpad {

class MainWindow;
class ProgressStore;
class SessionHost;

// The profile of this run: the one --learner/--learner-id name; else, with more than one
// profile on this machine, the one the learner picks in "Wie ben jij?"; else the last
// one used (or a new one). Made the current profile. Empty when the learner closed the
// question instead of answering it.
std::optional<xapi::LearnerProfile> chooseStartProfile(const CommandLine &commandLine);

// Makes every session report as `learner`. Returns whether results are sent this run. A
// configuration that cannot be used is printed to err (where it was set and why); the
// player opens all the same, and its statements wait in the outbox.
bool startReporting(SessionHost &host, ProgressStore &store, MainWindow &window,
                    const CommandLine &commandLine, const xapi::LearnerProfile &learner,
                    QTextStream &err);

} // namespace leerpad
