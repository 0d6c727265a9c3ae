// Packing a course: course.json and the files it reads, into one zip.
//
// Only what the course reads goes in (not the trainer's sources, scripts or a .git
// folder beside it), in a fixed order with fixed permissions, so the same course gives
// the same package. What the reader would refuse is refused here first, and the
// finished package is read back through the reader before it replaces anything.

#include "core/package/coursepackage.h"

#include "core/model/course.h"
#include "core/package/packageentry.h"
#include "core/package/packagereader.h"
#include "core/package/utf8locale.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace leerpad {

namespace {

struct WriterFree
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryFree
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t appendTo(archive *, void *buffer, const void *data, std::size_t size)
{
    static_cast<QByteArray *>(buffer)->append(static_cast<const char *>(data), qsizetype(size));
    return la_ssize_t(size);
}

// Discards what it is given: reading the package back checks it without unpacking.
class CheckSink : public PackageSink
{
public:
    bool makeFolder(const QString &, QString *) override { return true; }
    bool beginFile(const QString &, QString *) override { return true; }
    bool write(const char *, qsizetype, QString *) override { return true; }
    bool endFile(QString *) override { return true; }
};

// Text is deflated; audio is compressed already and stored as it is. A text that
// deflates beyond what the reader accepts (a file of spaces) is stored too.
bool deflates(const QString &name, const QByteArray &bytes, const PackageLimits &limits)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("vtt"))
        return false;
    if (bytes.size() <= limits.ratioFloorBytes)
        return true;
    const qsizetype compressed = qCompress(bytes, 6).size();
    return compressed > 0 && bytes.size() / compressed < limits.maxRatio / 2;
}

// SOURCE_DATE_EPOCH (reproducible builds) caps every time stamp in the package.
qint64 stampFor(const QFileInfo &info)
{
    qint64 stamp = info.lastModified().toSecsSinceEpoch();
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch < stamp)
        stamp = epoch;
    return stamp;
}

Diagnostic packError(const QString &file, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.message = message;
    return d;
}

} // namespace

PackResult packCourse(const Course &course, const QString &outPath, const PackageLimits &limits)
{
    PackResult result;
    const QString shownOut = QDir::toNativeSeparators(outPath);
    const QDir root(course.rootDir);

    // The names the package will hold, checked by the reader's own rules.
    struct Member
    {
        QString name; // in the package
        QString file; // on disk
    };
    QList<Member> members;
    EntryLedger ledger;
    qint64 total = 0;
    for (const QString &file : course.files()) {
        // The course file is course.json in a package, whatever it is called on disk.
        const QString name = file == course.filePath ? QStringLiteral("course.json")
                                                     : root.relativeFilePath(file);
        const CheckedEntry checked = checkEntry({name.toUtf8(), EntryFacts::Type::File, false});
        QString problem = checked.problem;
        if (problem.isEmpty())
            problem = ledger.add(checked);
        if (problem.isEmpty() && !QFileInfo(file).isFile())
            problem = QStringLiteral("'%1' is not a file").arg(name);
        if (!problem.isEmpty()) {
            result.diagnostics << packError(QDir::toNativeSeparators(course.filePath),
                                            QStringLiteral("cannot pack: %1").arg(problem));
            continue;
        }
        members.append({name, file});
        total += QFileInfo(file).size();
    }
    if (members.size() > limits.maxEntries || total > limits.maxTotalBytes) {
        result.diagnostics << packError(
            QDir::toNativeSeparators(course.filePath),
            QStringLiteral("cannot pack: %1 files of %2 bytes are more than a package may hold "
                           "(%3 files, %4 bytes)")
                .arg(members.size())
                .arg(total)
                .arg(limits.maxEntries)
                .arg(limits.maxTotalBytes));
    }
    if (!result.ok())
        return result;

    // Built in memory (a course is small), read back, and only then written: a package
    // that Leerpad would refuse never replaces anything.
    QByteArray package;
    const Utf8Locale utf8;
    const std::unique_ptr<archive, WriterFree> zip(archive_write_new());
    archive_write_set_format_zip(zip.get());
    // A zip ends with its directory: no padding to a tape block after it.
    archive_write_set_bytes_in_last_block(zip.get(), 1);
    archive_write_set_format_option(zip.get(), "zip", "hdrcharset", "UTF-8");
    QString failure;
    if (archive_write_open2(zip.get(), &package, nullptr, appendTo, nullptr, nullptr) != ARCHIVE_OK)
        failure = QString::fromLocal8Bit(archive_error_string(zip.get()));
    for (const Member &member : std::as_const(members)) {
        if (!failure.isEmpty())
            break;
        const QString &name = member.name;
        QFile in(member.file);
        // Course files are small (course.json is capped at 16 MiB; audio rarely passes
        // a few MB), so each is read whole: the compression choice needs the bytes.
        if (!in.open(QIODevice::ReadOnly)) {
            failure = QStringLiteral("cannot read '%1': %2").arg(name, in.errorString());
            break;
        }
        const QByteArray bytes = in.readAll();
        const std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), bytes.size());
        archive_entry_set_mtime(entry.get(), stampFor(QFileInfo(in)), 0);
        if (deflates(name, bytes, limits))
            archive_write_zip_set_compression_deflate(zip.get());
        else
            archive_write_zip_set_compression_store(zip.get());
        if (archive_write_header(zip.get(), entry.get()) != ARCHIVE_OK ||
            archive_write_data(zip.get(), bytes.constData(), std::size_t(bytes.size())) != bytes.size() ||
            archive_write_finish_entry(zip.get()) != ARCHIVE_OK) {
            failure = QStringLiteral("'%1': %2").arg(name, QString::fromLocal8Bit(archive_error_string(zip.get())));
        }
    }
    if (failure.isEmpty() && archive_write_close(zip.get()) != ARCHIVE_OK)
        failure = QString::fromLocal8Bit(archive_error_string(zip.get()));
    if (!failure.isEmpty()) {
        result.diagnostics << packError(shownOut, QStringLiteral("cannot write: %1").arg(failure));
        return result;
    }
    PackageReader reader({{}, package}, shownOut, limits);
    CheckSink sink;
    if (!reader.scan() || !reader.unpack(sink)) {
        result.diagnostics << reader.diagnostics();
        return result;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(package) != package.size() || !out.commit()) {
        result.diagnostics << packError(shownOut, QStringLiteral("cannot write: %1").arg(out.errorString()));
        return result;
    }
    result.files = int(members.size());
    result.bytes = package.size();
    return result;
}

} // namespace leerpad
