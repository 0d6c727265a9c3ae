#pragma once

// File → Handout exporteren (PDF)…: asks with or without the answer key and where to
// save, then writes the handout behind a cancellable progress dialog.

#include <QString>

class QWidget;

namespace leerpad {

struct Course;

// Returns the path of the PDF written; empty when none was (cancelled or failed).
QString exportHandoutInteractively(const Course &course, QWidget *parent);

// The last step of the above: writes pdfPath behind a cancellable progress dialog fed
// by HandoutOptions::progress. Shows a (plain-text) warning on failure.
bool writeHandoutWithProgress(const Course &course, const QString &pdfPath, bool withKey,
                              QWidget *parent);

} // namespace leerpad
