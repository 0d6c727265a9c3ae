#pragma once

// Builds zip archives entry by entry -- also the ones Leerpad must refuse: names that
// climb out, links, encryption, floods of entries. Written with libarchive, the library
// the player reads them with, so a test states the archive instead of shipping it.

#include <QByteArray>
#include <QList>
#include <QString>

namespace leerpad::test {

struct ZipEntry
{
    enum class Kind { File, Folder, Symlink };
    QByteArray name;
    QByteArray data; // a symlink's target
    Kind kind = Kind::File;
    bool deflate = true;
};

// With a passphrase every entry is encrypted (traditional PKWARE encryption).
QByteArray buildZip(const QList<ZipEntry> &entries, const QByteArray &passphrase = {});
bool writeZip(const QString &path, const QList<ZipEntry> &entries, const QByteArray &passphrase = {});

// A small valid course.json: one section, one page with a text block.
QByteArray miniCourseJson(const QByteArray &id = "mini");

} // namespace leerpad::test
