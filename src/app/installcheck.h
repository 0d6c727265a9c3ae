#pragma once

// `leerpad --check-install`: whether this installation has what the player needs, for
// the IT department that installed it and for the package's install test. One line
// per check, from where the running program is: the bundled course, the media plugin,
// the SQLite driver for progress, the translations, the package cache.

#include <QTextStream>

namespace leerpad {

// Returns the exit code: 0 when everything needed is there (an optional part may be
// missing: it is reported as a note), 1 otherwise.
int runInstallCheck(const QString &shareSubdir, QTextStream &out);

} // namespace leerpad
