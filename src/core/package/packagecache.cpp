// Opening a package: a cache folder named after its SHA-256, unpacked once.
//
//   <cache>/<sha256>/course/      the course, as it was in the package
//   <cache>/<sha256>/manifest     "<size>\t<name>" for each file of the course
//   <cache>/<sha256>.partial-*/   a package being unpacked (removed when refused)
//
// A package is unpacked into a fresh private folder that is renamed into place in one
// step, so a half-unpacked course is never seen, and two players opening the same new
// package at once both end up with one complete folder. Opening it again checks the
// manifest against the files (their sizes) and unpacks nothing, and marks the manifest
// as used: a package not opened for kForgetAfterDays is removed when another one is
// unpacked, so the cache does not only grow.

#include "core/package/coursepackage.h"

#include "core/logging.h"
#include "core/package/packagereader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace leerpad {

namespace {

constexpr int kForgetAfterDays = 90;
// A partial folder this old belongs to no player that is still unpacking.
constexpr int kPartialAfterDays = 1;

// Writes each entry below root. The reader hands over checked relative names only, and
// nothing here creates a link, so every path stays below root; NewOnly refuses to
// write through anything that is already there.
class FolderSink : public PackageSink
{
public:
    explicit FolderSink(QString root) : m_root(std::move(root)) {}

    bool makeFolder(const QString &name, QString *error) override
    {
        if (QDir(m_root).mkpath(name))
            return true;
        *error = QStringLiteral("cannot create the folder");
        return false;
    }
    bool beginFile(const QString &name, QString *error) override
    {
        const QString path = m_root + QLatin1Char('/') + name;
        if (!QDir(m_root).mkpath(QFileInfo(name).path())) {
            *error = QStringLiteral("cannot create its folder");
            return false;
        }
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = QStringLiteral("cannot write: %1").arg(m_file.errorString());
            return false;
        }
        m_name = name;
        m_size = 0;
        return true;
    }
    bool write(const char *data, qsizetype size, QString *error) override
    {
        if (m_file.write(data, size) == size) {
            m_size += size;
            return true;
        }
        *error = QStringLiteral("cannot write: %1").arg(m_file.errorString());
        return false;
    }
    bool endFile(QString *error) override
    {
        m_file.close();
        if (m_file.error() != QFileDevice::NoError) {
            *error = QStringLiteral("cannot write: %1").arg(m_file.errorString());
            return false;
        }
        m_manifest += QByteArray::number(m_size) + '\t' + m_name.toUtf8() + '\n';
        return true;
    }

    const QByteArray &manifest() const { return m_manifest; }

private:
    QString m_root;
    QFile m_file;
    QString m_name;
    qint64 m_size = 0;
    QByteArray m_manifest;
};

// Whether folder holds, unchanged in size, every file its manifest lists.
bool isComplete(const QString &folder, const QString &manifestPath)
{
    QFile manifest(manifestPath);
    if (!QFileInfo(folder).isDir() || !manifest.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    bool any = false;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf('\t');
        bool ok = false;
        const qint64 size = line.left(tab).toLongLong(&ok);
        if (tab < 0 || !ok)
            return false;
        const QFileInfo file(folder + QLatin1Char('/') + QString::fromUtf8(line.mid(tab + 1)));
        if (!file.isFile() || file.isSymLink() || file.size() != size)
            return false;
        any = true;
    }
    return any;
}

QString sha256Of(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        *error = QStringLiteral("read error");
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

void markUsed(const QString &manifestPath)
{
    QFile manifest(manifestPath);
    if (manifest.open(QIODevice::ReadWrite))
        manifest.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
}

// Removes what nobody has opened for a long time, and what a stopped player left.
void forgetOldPackages(const QString &root, const QString &keep)
{
    const QDateTime now = QDateTime::currentDateTime();
    static const QRegularExpression unpacked(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression partial(QStringLiteral("^[0-9a-f]{64}\\.partial-"));
    const QFileInfoList entries =
        QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName() == keep || entry.isSymLink())
            continue;
        bool old = false;
        if (unpacked.match(entry.fileName()).hasMatch()) {
            const QFileInfo manifest(entry.filePath() + QStringLiteral("/manifest"));
            old = manifest.lastModified().daysTo(now) > kForgetAfterDays;
        } else if (partial.match(entry.fileName()).hasMatch()) {
            old = entry.lastModified().daysTo(now) > kPartialAfterDays;
        }
        if (old) {
            qCInfo(lcPackage) << "forgetting" << entry.filePath();
            QDir(entry.filePath()).removeRecursively();
        }
    }
}

Diagnostic packageError(const QString &shown, const QString &message)
{
    Diagnostic d;
    d.file = shown;
    d.message = message;
    return d;
}

} // namespace

bool isCoursePackage(const QString &path)
{
    return path.endsWith(QStringLiteral(".leerpad"), Qt::CaseInsensitive) && !QFileInfo(path).isDir();
}

QString defaultPackageCache()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/leerpad/packages");
}

UnpackResult unpackCoursePackage(const QString &path, const QString &cacheDir,
                                 const PackageLimits &limits)
{
    UnpackResult result;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.diagnostics << packageError(shown, QStringLiteral("no such file or folder"));
        return result;
    }
    // Judged before it is read whole for its hash: a device or a pipe never ends, and a
    // file far larger than what a package may unpack to holds something else besides.
    if (!info.isFile()) {
        result.diagnostics << packageError(shown, QStringLiteral("is not a regular file"));
        return result;
    }
    const qint64 maxFileBytes = limits.maxTotalBytes + limits.maxTotalBytes / 16 + (qint64(1) << 20);
    if (info.size() > maxFileBytes) {
        result.diagnostics << packageError(
            shown, QStringLiteral("the package is too large (%1 bytes; a package may unpack to "
                                  "at most %2 bytes)")
                       .arg(info.size())
                       .arg(limits.maxTotalBytes));
        return result;
    }
    QString readError;
    const QString key = sha256Of(path, &readError);
    if (key.isEmpty()) {
        result.diagnostics << packageError(shown, QStringLiteral("cannot read: %1").arg(readError));
        return result;
    }
    const QString root = cacheDir.isEmpty() ? defaultPackageCache() : cacheDir;
    const QString entry = root + QLatin1Char('/') + key;
    const QString folder = entry + QStringLiteral("/course");
    const QString manifest = entry + QStringLiteral("/manifest");
    if (isComplete(folder, manifest)) {
        markUsed(manifest);
        result.folder = folder;
        result.reused = true;
        return result;
    }
    if (!QDir().mkpath(root)) {
        result.diagnostics << packageError(
            shown, QStringLiteral("cannot create the package cache folder %1")
                       .arg(QDir::toNativeSeparators(root)));
        return result;
    }
    // Changed by hand since it was unpacked: unpack it again.
    if (QFileInfo::exists(entry)) {
        qCInfo(lcPackage) << "cached copy" << entry << "is incomplete; unpacking again";
        QDir(entry).removeRecursively();
    }

    PackageReader reader({path, {}}, shown, limits);
    if (!reader.scan()) {
        result.diagnostics = reader.diagnostics();
        return result;
    }
    QTemporaryDir partial(entry + QStringLiteral(".partial-XXXXXX"));
    if (!partial.isValid()) {
        result.diagnostics << packageError(
            shown, QStringLiteral("cannot unpack into %1: %2")
                       .arg(QDir::toNativeSeparators(root), partial.errorString()));
        return result;
    }
    const QString partialCourse = partial.filePath(QStringLiteral("course"));
    FolderSink sink(partialCourse);
    if (!QDir().mkpath(partialCourse) || !reader.unpack(sink)) {
        result.diagnostics = reader.diagnostics();
        if (result.diagnostics.isEmpty())
            result.diagnostics << packageError(shown, QStringLiteral("cannot unpack into %1")
                                                          .arg(QDir::toNativeSeparators(root)));
        return result; // the partial folder goes with `partial`
    }
    QSaveFile out(partial.filePath(QStringLiteral("manifest")));
    if (!out.open(QIODevice::WriteOnly) || out.write(sink.manifest()) != sink.manifest().size() ||
        !out.commit()) {
        result.diagnostics << packageError(shown, QStringLiteral("cannot unpack into %1: %2")
                                                      .arg(QDir::toNativeSeparators(root),
                                                           out.errorString()));
        return result;
    }
    // Another player may have put the same package in place first: then its copy is used.
    if (!QDir().rename(partial.path(), entry) && !isComplete(folder, manifest)) {
        result.diagnostics << packageError(
            shown, QStringLiteral("cannot move the unpacked course into %1")
                       .arg(QDir::toNativeSeparators(entry)));
        return result;
    }
    qCInfo(lcPackage) << "unpacked" << path << "into" << folder;
    forgetOldPackages(root, key);
    result.folder = folder;
    return result;
}

} // namespace leerpad
