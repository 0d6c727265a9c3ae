#pragma once

// How a trainer points the window at a course: the open dialog and dropped files.

#include <QString>

class QMimeData;
class QWidget;

namespace leerpad {

// File → Openen…: a course file or a .leerpad package. Empty when cancelled.
QString askForCourse(QWidget *parent, const QString &current);
// File → Map openen…: a course folder (read as <folder>/course.json).
QString askForCourseFolder(QWidget *parent, const QString &current);

// The course a drop carries: a local .json file, a .leerpad package or a folder holding
// course.json. Empty when the drop is something else.
QString droppedCourse(const QMimeData *mime);

} // namespace leerpad
