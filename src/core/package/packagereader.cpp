#include "core/package/packagereader.h"

#include "core/loader/courseloader.h"
#include "core/package/packageentry.h"
#include "core/package/utf8locale.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace leerpad {

namespace {

const QString kCourseFile = QStringLiteral("course.json");
// More than this many problems in one package say enough; the rest are not listed.
constexpr int kMaxProblems = 20;

struct ArchiveFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using Archive = std::unique_ptr<archive, ArchiveFree>;

QString libraryError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("unknown error");
}

// Only zip, and only its seekable reader: the central directory is the one list of
// entries, as every unzip tool reads it (the streaming reader trusts local headers,
// which a crafted file can make disagree with it).
Archive openArchive(const PackageSource &source, QString *error)
{
    Archive a(archive_read_new());
    if (!a) {
        *error = QStringLiteral("out of memory");
        return {};
    }
    archive_read_support_format_zip_seekable(a.get());
    const int r = source.file.isEmpty()
                      ? archive_read_open_memory(a.get(), source.bytes.constData(),
                                                 std::size_t(source.bytes.size()))
                      : archive_read_open_filename(a.get(), QFile::encodeName(source.file).constData(),
                                                   64 * 1024);
    if (r != ARCHIVE_OK) {
        *error = libraryError(a.get());
        return {};
    }
    return a;
}

EntryFacts factsOf(archive_entry *entry)
{
    EntryFacts facts;
    if (const char *name = archive_entry_pathname_utf8(entry))
        facts.name = QByteArray(name);
    if (archive_entry_hardlink(entry)) {
        facts.type = EntryFacts::Type::HardLink;
    } else {
        switch (archive_entry_filetype(entry)) {
        case AE_IFREG: facts.type = EntryFacts::Type::File; break;
        case AE_IFDIR: facts.type = EntryFacts::Type::Folder; break;
        case AE_IFLNK: facts.type = EntryFacts::Type::Symlink; break;
        default: facts.type = EntryFacts::Type::Special; break;
        }
    }
    facts.encrypted = archive_entry_is_encrypted(entry) != 0;
    return facts;
}

// The tail of the package: where a zip keeps its end-of-directory record.
QByteArray tailOf(const PackageSource &source, qint64 bytes)
{
    if (source.file.isEmpty())
        return source.bytes.right(qsizetype(bytes));
    QFile file(source.file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(std::max<qint64>(file.size() - bytes, 0));
    return file.read(bytes);
}

quint64 littleEndian(const QByteArray &bytes, qsizetype at, int size)
{
    quint64 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

// How many entries the zip's end record says it has; -1 when it cannot tell (then
// libarchive judges the file). libarchive reads the whole central directory into
// memory before the first entry, so a directory of millions of entries is refused by
// its count first.
qint64 declaredEntryCount(const PackageSource &source)
{
    // The end record is 22 bytes and a comment of up to 65535; the zip64 locator is the
    // 20 bytes before it.
    const QByteArray tail = tailOf(source, 20 + 22 + 65535);
    const QByteArrayView endSignature("PK\x05\x06");
    for (qsizetype at = tail.size() - 22; at >= 0; --at) {
        if (QByteArrayView(tail).sliced(at, 4) != endSignature)
            continue;
        // The comment must reach exactly to the end, or this is not the record.
        if (at + 22 + qsizetype(littleEndian(tail, at + 20, 2)) != tail.size())
            continue;
        const quint64 count = littleEndian(tail, at + 10, 2);
        if (count != 0xffff || at < 20 || QByteArrayView(tail).sliced(at - 20, 4) != "PK\x06\x07")
            return qint64(count);
        // Zip64: the locator says where the zip64 end record is; its count is 64 bits.
        const quint64 recordAt = littleEndian(tail, at - 20 + 8, 8);
        QByteArray record;
        if (source.file.isEmpty()) {
            record = source.bytes.mid(qsizetype(std::min<quint64>(recordAt, quint64(source.bytes.size()))), 56);
        } else {
            QFile file(source.file);
            if (file.open(QIODevice::ReadOnly) && file.seek(qint64(std::min<quint64>(recordAt, quint64(file.size())))))
                record = file.read(56);
        }
        if (record.size() < 56 || QByteArrayView(record).first(4) != "PK\x06\x06")
            return -1;
        return qint64(std::min<quint64>(littleEndian(record, 32, 8), quint64(1) << 62));
    }
    return -1;
}

QString tooLarge(const QString &name, qint64 bytes)
{
    // The loader's words for the same problem, with the entry named.
    return QStringLiteral("'%1' is too large (%2 bytes; the limit is %3)")
        .arg(name)
        .arg(bytes)
        .arg(kMaxCourseFileBytes);
}

} // namespace

PackageReader::PackageReader(PackageSource source, QString displayName, PackageLimits limits)
    : m_source(std::move(source)), m_displayName(std::move(displayName)), m_limits(limits)
{
}

void PackageReader::error(const QString &message)
{
    Diagnostic d;
    d.file = m_displayName;
    d.message = message;
    m_diagnostics << d;
}

bool PackageReader::scan()
{
    const Utf8Locale utf8;
    m_diagnostics.clear();
    m_files.clear();
    m_declaredBytes = 0;
    QString openError;
    const Archive a = openArchive(m_source, &openError);
    if (!a) {
        error(QStringLiteral("cannot read the package: not a zip archive, or a truncated one (%1)")
                  .arg(openError));
        return false;
    }
    if (const qint64 declared = declaredEntryCount(m_source); declared > m_limits.maxEntries) {
        error(QStringLiteral("the package has more than %1 entries; a course needs far fewer")
                  .arg(m_limits.maxEntries));
        return false;
    }
    EntryLedger ledger;
    int entries = 0;
    int problems = 0;
    bool hasCourseFile = false;
    QString nestedCourseFile;
    archive_entry *entry = nullptr;
    for (;;) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            error(QStringLiteral("the package is damaged: %1").arg(libraryError(a.get())));
            return false;
        }
        // Counted again: the end record was read by hand, libarchive may read it otherwise.
        if (++entries > m_limits.maxEntries) {
            error(QStringLiteral("the package has more than %1 entries; a course needs far fewer")
                      .arg(m_limits.maxEntries));
            return false;
        }
        const CheckedEntry checked = checkEntry(factsOf(entry));
        QString problem = checked.problem;
        if (problem.isEmpty())
            problem = ledger.add(checked);
        if (!problem.isEmpty()) {
            error(problem);
            if (++problems >= kMaxProblems) {
                error(QStringLiteral("more problems follow; the first %1 are listed").arg(kMaxProblems));
                return false;
            }
            continue;
        }
        if (checked.folder)
            continue;
        m_files << checked.name;
        const qint64 size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
        m_declaredBytes += std::max<qint64>(size, 0);
        if (checked.name == kCourseFile) {
            hasCourseFile = true;
            if (size > kMaxCourseFileBytes)
                error(tooLarge(checked.name, size));
        } else if (checked.name.endsWith(QLatin1Char('/') + kCourseFile) &&
                   (nestedCourseFile.isEmpty() || checked.name.size() < nestedCourseFile.size())) {
            nestedCourseFile = checked.name;
        }
        if (m_declaredBytes > m_limits.maxTotalBytes) {
            error(QStringLiteral("the package unpacks to more than %1 bytes").arg(m_limits.maxTotalBytes));
            return false;
        }
    }
    if (!hasCourseFile && problems == 0) {
        error(nestedCourseFile.isEmpty()
                  ? QStringLiteral("the package has no course.json at its root")
                  : QStringLiteral("the package has no course.json at its root, only '%1': pack "
                                   "the course folder's contents, not the folder (leerpad --pack "
                                   "does this)")
                        .arg(nestedCourseFile));
    }
    m_scanned = !hasErrors(m_diagnostics);
    return m_scanned;
}

bool PackageReader::unpack(PackageSink &sink)
{
    if (!m_scanned)
        return false;
    const Utf8Locale utf8;
    QString openError;
    const Archive a = openArchive(m_source, &openError);
    if (!a) {
        error(QStringLiteral("cannot read the package: %1").arg(openError));
        return false;
    }
    EntryLedger ledger;
    qint64 total = 0;
    int entries = 0;
    archive_entry *entry = nullptr;
    QString sinkError;
    for (;;) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            return true;
        if (r < ARCHIVE_WARN) {
            error(QStringLiteral("the package is damaged: %1").arg(libraryError(a.get())));
            return false;
        }
        // The same checks as scan(): this pass must be safe on its own.
        const CheckedEntry checked = checkEntry(factsOf(entry));
        QString problem = checked.problem;
        if (problem.isEmpty())
            problem = ledger.add(checked);
        if (problem.isEmpty() && ++entries > m_limits.maxEntries)
            problem = QStringLiteral("the package has more than %1 entries").arg(m_limits.maxEntries);
        if (!problem.isEmpty()) {
            error(problem);
            return false;
        }
        if (checked.folder) {
            if (!sink.makeFolder(checked.name, &sinkError)) {
                error(QStringLiteral("'%1': %2").arg(checked.name, sinkError));
                return false;
            }
            continue;
        }
        if (!sink.beginFile(checked.name, &sinkError)) {
            error(QStringLiteral("'%1': %2").arg(checked.name, sinkError));
            return false;
        }
        const bool isCourseFile = checked.name == kCourseFile;
        const qint64 start = archive_filter_bytes(a.get(), -1);
        qint64 written = 0;
        for (;;) {
            const void *block = nullptr;
            std::size_t size = 0;
            la_int64_t offset = 0;
            const int d = archive_read_data_block(a.get(), &block, &size, &offset);
            if (d == ARCHIVE_EOF)
                break;
            if (d != ARCHIVE_OK) {
                error(QStringLiteral("'%1': the package is damaged: %2")
                          .arg(checked.name, libraryError(a.get())));
                return false;
            }
            if (offset != written) {
                error(QStringLiteral("'%1': the package is damaged: data out of order").arg(checked.name));
                return false;
            }
            written += qint64(size);
            total += qint64(size);
            // Compressed bytes read so far for this entry: what its data really cost.
            const qint64 compressed = std::max<qint64>(archive_filter_bytes(a.get(), -1) - start, 1);
            if (isCourseFile && written > kMaxCourseFileBytes) {
                error(tooLarge(checked.name, written));
                return false;
            }
            if (total > m_limits.maxTotalBytes) {
                error(QStringLiteral("the package unpacks to more than %1 bytes")
                          .arg(m_limits.maxTotalBytes));
                return false;
            }
            if (written > m_limits.ratioFloorBytes && written / compressed > m_limits.maxRatio) {
                error(QStringLiteral("'%1' expands more than %2 times (%3 compressed bytes to over "
                                     "%4); the package looks like a zip bomb")
                          .arg(checked.name)
                          .arg(m_limits.maxRatio)
                          .arg(compressed)
                          .arg(written));
                return false;
            }
            if (!sink.write(static_cast<const char *>(block), qsizetype(size), &sinkError)) {
                error(QStringLiteral("'%1': %2").arg(checked.name, sinkError));
                return false;
            }
        }
        if (!sink.endFile(&sinkError)) {
            error(QStringLiteral("'%1': %2").arg(checked.name, sinkError));
            return false;
        }
    }
}

} // namespace leerpad
