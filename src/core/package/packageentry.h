#pragma once

// The rules one entry of a package must follow, and the ledger that checks entries
// against each other. Pure: no archive library and no files, so the rules are tested
// directly (tests/core/package) and the reader and the packer share them.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace leerpad {

// What the archive says about one entry, before anything is trusted.
struct EntryFacts
{
    enum class Type { File, Folder, Symlink, HardLink, Special };
    // The name as stored, UTF-8; nullopt when the archive library could not read it as
    // UTF-8. A folder's name may end in '/'.
    std::optional<QByteArray> name;
    Type type = Type::File;
    bool encrypted = false;
};

struct CheckedEntry
{
    QString name;        // a plain relative path: no trailing '/', no '.', no '..'
    bool folder = false;
    QString problem;     // empty when the entry may be unpacked
};

// The longest name accepted, in bytes, and the longest single folder or file name.
constexpr int kMaxEntryNameBytes = 1024;
constexpr int kMaxEntryComponentBytes = 255;

// Checks one entry on its own: its type, its encryption and its name. The problem
// text starts with the quoted name, as the loader's media path messages do.
CheckedEntry checkEntry(const EntryFacts &facts);

// The key under which two names collide on a case-insensitive file system, or after
// Unicode normalisation: "Media/É.ogg" and "media/e\u0301.ogg" have the same key.
QString collisionKey(const QString &name);

// Every name seen so far in one package. add() tells why an entry cannot join the
// others: the same name twice, names that differ only in case, a file where a folder
// is (or inside a file).
class EntryLedger
{
public:
    // Empty when the entry fits; otherwise the problem, starting with the quoted name.
    QString add(const CheckedEntry &entry);

private:
    struct Seen
    {
        QString name;
        bool folder = false;
        bool implied = false; // a parent folder of an entry, not an entry itself
    };
    QString addOne(const QString &name, bool folder, bool implied);

    QHash<QString, Seen> m_byKey;
};

} // namespace leerpad
