#pragma once

// Start-up timing for `leerpad --startup-probe` and the baseline program in bench/:
// both measure the same way, from the moment the kernel started the process, so
// dynamic loading and static initialisation before main() count too.

class QObject;

namespace leerpad {

// Milliseconds from the process's start (its starttime in /proc/self/stat) to now
// (CLOCK_BOOTTIME, the clock that starttime counts in). The kernel reports starttime in
// clock ticks (10 ms with the usual USER_HZ of 100), so a single figure reads up to one
// tick high; medians over many runs and a baseline measured the same way make it
// usable. Negative when the start time cannot be read (not Linux).
double msSinceProcessStart();

// For the start-up probe: once paintTarget (a widget; only QtCore is needed to watch
// it) has received its first QEvent::Paint and that paint pass has finished, prints
// "startup_probe first_paint_ms=<ms>" to stdout and makes the running event loop exit
// with 0. Installing it changes nothing about how the target is shown or painted. If
// the target is destroyed unpainted, or nothing is painted within a minute, says so on
// stderr and exits with 3, so a benchmark never hangs.
void installStartupProbe(QObject *paintTarget);

} // namespace leerpad
