#pragma once

// Helpers for the store tests: looking at a progress file from outside the store, the
// way a second process would.

#include "core/progress/storetypes.h"
#include "support/qtprinters.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <ostream>

namespace leerpad {
// A course's progress in GoogleTest failure messages, every field in a stable order.
void PrintTo(const CourseProgress &progress, std::ostream *os);
} // namespace leerpad

namespace leerpad::storetest {

// Runs sql on its own connection to the file and returns the first column of every row;
// an "ERROR: ..." entry when it fails. The connection is removed afterwards.
QStringList query(const QString &databasePath, const QString &sql);
// Same, for a single value (empty when there is none).
QString queryValue(const QString &databasePath, const QString &sql);

// A small course: pages p1, p2; question q1 with options a, b; audio block "audio".
CourseKeys smallCourseKeys(const QString &courseId);

QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// Files in dir whose name starts with prefix, sorted.
QStringList filesStartingWith(const QString &dir, const QString &prefix);

} // namespace leerpad::storetest
