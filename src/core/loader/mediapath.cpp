#include "core/loader/mediapath.h"

#include "core/loader/loadertext.h"
#include "core/loader/webvtt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace leerpad {
namespace {

bool isInside(const QString &root, const QString &path)
{
    return path.startsWith(root + QLatin1Char('/'));
}

// Recognises the containers QtMultimedia/GStreamer can play from their magic bytes.
bool looksLikeAudio(const QString &path)
{
    const QByteArray head = readFileBytes(path, 12).bytes;
    if (head.startsWith("OggS") || head.startsWith("ID3") || head.startsWith("fLaC"))
        return true;
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WAVE")
        return true;
    // MPEG audio frame sync: 11 set bits.
    return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0xFF &&
           (static_cast<unsigned char>(head[1]) & 0xE0) == 0xE0;
}

// The canonical form of a folder inside the (canonical) root: each component below the
// root is checked for being a link once per load, instead of resolving the whole path
// (a system call per component) for every media file.
QString canonicalDir(const QString &rootDir, const QString &dir, CanonicalDirCache &cache)
{
    if (dir == rootDir)
        return rootDir;
    if (const auto it = cache.constFind(dir); it != cache.constEnd())
        return *it;
    QString resolved;
    const qsizetype slash = dir.lastIndexOf(QLatin1Char('/'));
    if (isInside(rootDir, dir) && slash > 0 && !QFileInfo(dir).isSymLink()) {
        const QString parent = canonicalDir(rootDir, dir.left(slash), cache);
        if (!parent.isEmpty())
            resolved = parent + dir.sliced(slash);
    } else {
        resolved = QFileInfo(dir).canonicalFilePath();
    }
    cache.insert(dir, resolved);
    return resolved;
}

} // namespace

FileBytes readFileBytes(const QString &path, qsizetype maxBytes)
{
    FileBytes out;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        out.error = QString::fromLocal8Bit(std::strerror(errno));
        return out;
    }
    // Grow in steps: most files read here are far smaller than maxBytes.
    qsizetype size = 0;
    for (qsizetype chunk = std::min<qsizetype>(maxBytes, 16 * 1024);; chunk *= 2) {
        out.bytes.resize(std::min(size + chunk, maxBytes));
        const ssize_t n = ::read(fd, out.bytes.data() + size, std::size_t(out.bytes.size() - size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            out.error = QString::fromLocal8Bit(std::strerror(errno));
            break;
        }
        size += n;
        if (n == 0 || size >= maxBytes)
            break;
    }
    ::close(fd);
    out.bytes.truncate(size);
#else
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        out.error = f.errorString();
        return out;
    }
    out.bytes = f.read(maxBytes);
#endif
    return out;
}

MediaCheck checkMediaPath(const QString &rootDir, const QString &relative, MediaKind kind,
                          CanonicalDirCache *dirs)
{
    MediaCheck r;
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (relative.trimmed().isEmpty()) {
        r.problem = LoaderText::tr("media path is empty");
        return r;
    }
    if (scheme.match(relative).hasMatch()) {
        r.problem = LoaderText::tr("'%1' is a URL; media must be a relative path inside the "
                                   "course folder").arg(relative);
        return r;
    }
    if (relative.startsWith(QLatin1Char('/')) || relative.startsWith(QLatin1Char('\\'))) {
        r.problem = LoaderText::tr("'%1' is an absolute path; media must be a relative path "
                                   "inside the course folder").arg(relative);
        return r;
    }
    if (relative.contains(QLatin1Char('\\')) || relative.contains(QChar(0))) {
        r.problem = LoaderText::tr("'%1' contains a backslash or NUL; use '/' between folders")
                        .arg(relative);
        return r;
    }
    const QString cleaned = QDir::cleanPath(rootDir + QLatin1Char('/') + relative);
    if (!isInside(rootDir, cleaned)) {
        r.problem = LoaderText::tr("'%1' points outside the course folder").arg(relative);
        return r;
    }
    const QFileInfo info(cleaned);
    const bool link = info.isSymLink();
    if (!link && !info.exists()) {
        r.status = MediaCheck::Status::Missing;
        r.absolutePath = cleaned;
        r.problem = LoaderText::tr("media file '%1' does not exist").arg(relative);
        return r;
    }
    QString canonical;
    if (!link && dirs) {
        const QString dir = canonicalDir(rootDir, info.absolutePath(), *dirs);
        if (!dir.isEmpty())
            canonical = dir + QLatin1Char('/') + info.fileName();
    } else {
        canonical = info.canonicalFilePath();
    }
    if (canonical.isEmpty() || !isInside(rootDir, canonical)) {
        r.problem = LoaderText::tr("'%1' is a link that leads outside the course folder")
                        .arg(relative);
        return r;
    }
    if (info.isDir()) {
        r.problem = LoaderText::tr("'%1' is a folder, not a file").arg(relative);
        return r;
    }
    if (info.size() == 0) {
        r.problem = LoaderText::tr("'%1' is an empty file").arg(relative);
        return r;
    }
    if (kind == MediaKind::Audio && !looksLikeAudio(canonical)) {
        r.problem = LoaderText::tr("'%1' is not an Ogg, WAV, FLAC or MP3 audio file").arg(relative);
        return r;
    }
    if (kind == MediaKind::Transcript && info.size() > kMaxTranscriptBytes) {
        r.problem = LoaderText::tr("transcript '%1' is too large (%2 bytes; the limit is %3)")
                        .arg(relative)
                        .arg(info.size())
                        .arg(kMaxTranscriptBytes);
        return r;
    }
    r.status = MediaCheck::Status::Ok;
    r.absolutePath = canonical;
    return r;
}

} // namespace leerpad
