#pragma once

// A printable handout of a course: title page, every page's text, dialogue
// transcripts, and the questions -- with the answer key and explanations for
// trainers, or without them for learners.

#include "core/model/course.h"

#include <functional>
#include <memory>

class QTextDocument;

namespace leerpad {

struct HandoutOptions
{
    bool withKey = true;
    // Called after each section is laid out; return false to cancel.
    std::function<bool(int done, int total)> progress;
};

// Builds the document (all course text escaped). Null when cancelled.
std::unique_ptr<QTextDocument> buildHandout(const Course &course, const HandoutOptions &options);

// Writes the handout as an A4 PDF. On failure returns false and sets *error (Dutch).
bool exportHandoutPdf(const Course &course, const QString &pdfPath, const HandoutOptions &options,
                      QString *error);

} // namespace leerpad
