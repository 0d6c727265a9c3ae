#pragma once

// Results that leave the machine, switched on only when an LRS is configured (settings,
// environment or --lrs; docs/results.md): the learner's profile, every session reporting
// its events, a sender for the outbox, and a status line while something is unsent.

#include "app/commandline.h"

#include <QTextStream>

namespace leerpad {

class MainWindow;
class ProgressStore;
class SessionHost;

// Returns whether results are sent this run. A configuration that cannot be used is
// printed to err (where it was set and why); the player opens all the same.
bool startReporting(SessionHost &host, ProgressStore &store, MainWindow &window,
                    const CommandLine &commandLine, QTextStream &err);

} // namespace leerpad
