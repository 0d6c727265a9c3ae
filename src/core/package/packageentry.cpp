#include "core/package/packageentry.h"

#include <QStringList>

namespace leerpad {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('\'') + name + QLatin1Char('\'');
}

QString nameProblem(const QByteArray &raw, const QString &shown)
{
    if (raw.isEmpty() || raw == "/")
        return QStringLiteral("an entry has an empty name");
    if (raw.size() > kMaxEntryNameBytes)
        return QStringLiteral("%1 is longer than %2 bytes")
            .arg(quoted(shown.left(60) + QStringLiteral("…")))
            .arg(kMaxEntryNameBytes);
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            return QStringLiteral("%1 contains a control character").arg(quoted(shown));
    }
    if (raw.contains('\\'))
        return QStringLiteral("%1 contains a backslash; use '/' between folders").arg(quoted(shown));
    const bool driveLetter = raw.size() >= 2 && raw[1] == ':' &&
                             ((raw[0] >= 'a' && raw[0] <= 'z') || (raw[0] >= 'A' && raw[0] <= 'Z'));
    if (raw.startsWith('/') || driveLetter)
        return QStringLiteral("%1 is an absolute path; names in a package are relative to its root")
            .arg(quoted(shown));
    const QByteArray path = raw.endsWith('/') ? raw.chopped(1) : raw;
    for (const QByteArray &part : path.split('/')) {
        if (part == "..")
            return QStringLiteral("%1 leads outside the package ('..')").arg(quoted(shown));
        if (part == ".")
            return QStringLiteral("%1 contains '.' as a folder name; use plain relative names")
                .arg(quoted(shown));
        if (part.isEmpty())
            return QStringLiteral("%1 contains an empty folder name ('//')").arg(quoted(shown));
        if (part.size() > kMaxEntryComponentBytes)
            return QStringLiteral("%1 has a folder or file name longer than %2 bytes")
                .arg(quoted(shown.left(60) + QStringLiteral("…")))
                .arg(kMaxEntryComponentBytes);
    }
    return {};
}

} // namespace

CheckedEntry checkEntry(const EntryFacts &facts)
{
    CheckedEntry out;
    if (!facts.name) {
        out.problem = QStringLiteral("an entry's name is not valid UTF-8");
        return out;
    }
    const QByteArray &raw = *facts.name;
    const QString shown = QString::fromUtf8(raw);
    if (shown.toUtf8() != raw) {
        out.problem = QStringLiteral("%1 is not valid UTF-8").arg(quoted(shown));
        return out;
    }
    out.folder = facts.type == EntryFacts::Type::Folder;
    out.name = raw.endsWith('/') ? shown.chopped(1) : shown;
    // Links and special files are refused whatever their name says: the player only
    // ever reads plain files, and a link is how an archive writes outside its folder.
    switch (facts.type) {
    case EntryFacts::Type::Symlink:
        out.problem = QStringLiteral("%1 is a symbolic link; a package holds only files and folders")
                          .arg(quoted(shown));
        return out;
    case EntryFacts::Type::HardLink:
        out.problem = QStringLiteral("%1 is a hard link; a package holds only files and folders")
                          .arg(quoted(shown));
        return out;
    case EntryFacts::Type::Special:
        out.problem = QStringLiteral("%1 is a device, pipe or socket; a package holds only files "
                                     "and folders")
                          .arg(quoted(shown));
        return out;
    case EntryFacts::Type::File:
    case EntryFacts::Type::Folder:
        break;
    }
    if (raw.endsWith('/') && !out.folder) {
        out.problem = QStringLiteral("%1 ends in '/' but is not a folder").arg(quoted(shown));
        return out;
    }
    out.problem = nameProblem(raw, shown);
    if (out.problem.isEmpty() && facts.encrypted)
        out.problem = QStringLiteral("%1 is encrypted; a course package must not be encrypted")
                          .arg(quoted(shown));
    return out;
}

QString collisionKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString EntryLedger::add(const CheckedEntry &entry)
{
    // The folders above the entry come into being with it.
    const QStringList parts = entry.name.split(QLatin1Char('/'));
    QString parent;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        parent += (i ? QStringLiteral("/") : QString()) + parts[i];
        const QString problem = addOne(parent, true, true);
        if (!problem.isEmpty())
            return QStringLiteral("%1 is inside %2").arg(quoted(entry.name), problem);
    }
    return addOne(entry.name, entry.folder, false);
}

QString EntryLedger::addOne(const QString &name, bool folder, bool implied)
{
    const QString key = collisionKey(name);
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.constEnd()) {
        m_byKey.insert(key, {name, folder, implied});
        return {};
    }
    const Seen &seen = *it;
    if (implied && seen.folder && seen.name == name)
        return {}; // another entry in a folder already known
    if (implied) {
        // Completed by add(): "'a/b' is inside 'a', which is a file".
        if (!seen.folder)
            return QStringLiteral("%1, which is a file").arg(quoted(seen.name));
        return QStringLiteral("%1, but the package also has %2; names that differ only in "
                              "case would be one on many systems")
            .arg(quoted(name), quoted(seen.name));
    }
    if (seen.name != name)
        return QStringLiteral("%1 and %2 differ only in case; they would be one file on many "
                              "systems")
            .arg(quoted(seen.name), quoted(name));
    if (seen.implied && folder) {
        // "a/b" came first, then the folder "a/" itself: the same folder, named twice.
        m_byKey[key].implied = false;
        return {};
    }
    if (seen.folder != folder)
        return QStringLiteral("%1 is both a file and a folder").arg(quoted(name));
    return QStringLiteral("%1 appears twice in the package").arg(quoted(name));
}

} // namespace leerpad
