#pragma once

// Shared helpers for the widget tests: the real module 1.4, temporary course copies
// with a twist, and a window wired to fake media players.

#include "core/loader/courseloader.h"
#include "support/fakemediabackend.h"
#include "ui/window/mainwindow.h"

#include <QPointer>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

// Readable QStrings in GoogleTest failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace leerpad::test {

QString moduleDir();
LoadResult loadModule();
// Loads a course the way the player does (missing media is a warning).
LoadResult loadForPlayer(const QString &path);

// A copy of module 1.4 in a temporary folder, to break on purpose.
struct CourseCopy
{
    QTemporaryDir dir;
    QString path() const { return dir.path(); }
    bool ok = false;
};
std::unique_ptr<CourseCopy> copyModule();

// A one-page course whose only paragraph is `paragraph` (a JSON string literal body).
QByteArray singleParagraphCourse(const QString &paragraph);

// Remembers every fake backend the window creates (one per audio block shown).
struct FakeFactory
{
    QList<QPointer<FakeMediaBackend>> created;
    MediaBackendFactory factory();
    FakeMediaBackend *last() const { return created.isEmpty() ? nullptr : created.last().data(); }
};

// Deletes what the page view let go of (it defers deletion of an old page).
void flushDeletes();

} // namespace leerpad::test
