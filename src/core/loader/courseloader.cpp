#include "core/loader/courseloader.h"

#include "core/loader/coursebuilder.h"
#include "core/loader/jsonlocator.h"
#include "core/loader/jsonreader.h"
#include "core/loader/loadertext.h"
#include "core/loader/textposition.h"
#include "core/logging.h"
#include "core/package/coursepackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace leerpad {
namespace {

Diagnostic fileError(const QString &file, DiagnosticText message)
{
    Diagnostic d;
    d.file = file;
    d.setText(std::move(message));
    return d;
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

LoadResult loadFromBytes(const QByteArray &bytes, const QString &filePath,
                         const LoadOptions &options, const QString &packagePath);

LoadResult loadFile(const QString &filePath, const LoadOptions &options,
                    const QString &packagePath = {});

// The package's course is loaded from the cache; what is reported about it names the
// package, which is what the user opened: "module.leerpad/course.json:12:3: error: ...".
LoadResult loadPackage(const QString &path, const LoadOptions &options)
{
    LoadResult result;
    const UnpackResult unpacked = unpackCoursePackage(path, options.packageCacheDir);
    if (!unpacked.ok()) {
        result.diagnostics = unpacked.diagnostics;
        return result;
    }
    result = loadFile(QDir(unpacked.folder).filePath(QStringLiteral("course.json")), options,
                      QFileInfo(path).absoluteFilePath());
    const QString cached = displayPath(unpacked.folder + QLatin1Char('/'));
    const QString shown = displayPath(path + QLatin1Char('/'));
    for (Diagnostic &d : result.diagnostics) {
        if (d.file.startsWith(cached))
            d.file = shown + d.file.mid(cached.size());
    }
    return result;
}

} // namespace

QString courseFileFor(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QDir(path).filePath(QStringLiteral("course.json"));
    return path;
}

QString absoluteCourseFile(const QString &path)
{
    return QFileInfo(courseFileFor(path)).absoluteFilePath();
}

LoadResult loadCourse(const QString &path, const LoadOptions &options)
{
    if (isCoursePackage(path))
        return loadPackage(path, options);
    return loadFile(courseFileFor(path), options);
}

namespace {
LoadResult loadFile(const QString &filePath, const LoadOptions &options, const QString &packagePath)
{
    const QFileInfo info(filePath);
    LoadResult result;
    if (!info.exists()) {
        result.diagnostics << fileError(displayPath(filePath),
                                        LoaderText::tr("no such file or folder"));
        return result;
    }
    if (info.isDir()) {
        result.diagnostics << fileError(displayPath(filePath),
                                        LoaderText::tr("is a folder, not a course file"));
        return result;
    }
    if (info.size() > kMaxCourseFileBytes) {
        result.diagnostics << fileError(
            displayPath(filePath), LoaderText::tr("file is too large (%1 bytes; the limit is %2)")
                                       .arg(info.size())
                                       .arg(kMaxCourseFileBytes));
        return result;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics << fileError(displayPath(filePath),
                                        LoaderText::tr("cannot read: %1").arg(file.errorString()));
        return result;
    }
    // Read at most one byte past the cap: a file that grew after the check still fails cleanly.
    const QByteArray bytes = file.read(kMaxCourseFileBytes + 1);
    return loadFromBytes(bytes, filePath, options, packagePath);
}
} // namespace

LoadResult loadCourseFromBytes(const QByteArray &bytes, const QString &filePath,
                               const LoadOptions &options)
{
    return loadFromBytes(bytes, filePath, options, {});
}

namespace {
LoadResult loadFromBytes(const QByteArray &bytes, const QString &filePath,
                         const LoadOptions &options, const QString &packagePath)
{
    LoadResult result;
    const QString shownPath = displayPath(filePath);
    if (bytes.size() > kMaxCourseFileBytes) {
        result.diagnostics << fileError(shownPath,
                                        LoaderText::tr("file is too large (more than %1 bytes)")
                                            .arg(kMaxCourseFileBytes));
        return result;
    }
    const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
    const QByteArrayView byteView(bytes);

    const JsonReadResult json = readJson(view);
    for (const JsonIssue &issue : json.syntaxErrors) {
        const TextPosition pos = positionAt(byteView, qsizetype(issue.offset));
        Diagnostic d = fileError(shownPath, issue.message);
        d.line = pos.line;
        d.column = pos.column;
        result.diagnostics << d;
    }
    if (!json.syntaxOk)
        return result;

    std::vector<PendingDiagnostic> pending;
    for (const JsonIssue &issue : json.structureErrors)
        pending.push_back({true, issue.pointer, issue.message, {}, 0, 0});

    const QFileInfo info(filePath);
    BuildContext context;
    context.filePath = info.absoluteFilePath();
    const QString canonicalRoot = QFileInfo(info.absolutePath()).canonicalFilePath();
    context.rootDir = canonicalRoot.isEmpty() ? info.absolutePath() : canonicalRoot;
    context.openWithMissingMedia = options.openWithMissingMedia;

    std::optional<Course> course;
    try {
        course = buildCourse(json.doc.root(), context, pending);
    } catch (const std::exception &e) {
        // A bug or exhaustion must surface as a diagnostic, not escape the API.
        qCWarning(lcLoader) << "course builder threw:" << e.what();
        pending.push_back({true, "", LoaderText::tr("internal error while reading the course: %1")
                                         .arg(QString::fromUtf8(e.what())),
                           {}, 0, 0});
        course.reset();
    }

    if (!pending.empty()) {
        std::vector<std::string> wanted;
        for (const PendingDiagnostic &p : pending)
            wanted.push_back(p.pointer);
        const JsonLocator locator(view, wanted);
        Diagnostics last; // after the sorted ones, whatever their place
        for (const PendingDiagnostic &p : pending) {
            Diagnostic d;
            d.severity = p.error ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
            d.setText(p.message);
            d.opensAnyway = p.opensAnyway;
            if (p.last) {
                d.file = shownPath;
                last << d;
                continue;
            }
            if (!p.file.isEmpty()) {
                // A problem inside a referenced file (transcript): its own path and position.
                // Shown beside the course file as the user named it (relative stays relative).
                d.file = displayPath(QDir(QFileInfo(filePath).path()).filePath(p.file));
                d.line = p.line;
                d.column = p.column;
            } else {
                d.file = shownPath;
                d.pointer = QString::fromStdString(p.pointer);
                const TextPosition pos =
                    positionAt(byteView, qsizetype(locator.offsetOf(p.pointer)));
                d.line = pos.line;
                d.column = pos.column;
            }
            result.diagnostics << d;
        }
        std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             if (a.file != b.file)
                                 return a.file < b.file;
                             return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                         });
        result.diagnostics << last;
    }
    if (course && !hasBlockingErrors(result.diagnostics)) {
        course->packagePath = packagePath;
        course->index = CourseIndex(*course);
        result.course = std::make_shared<const Course>(std::move(*course));
    }
    return result;
}

} // namespace

} // namespace leerpad
