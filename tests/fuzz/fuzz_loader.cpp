// Bytes → course loader + validator. Any input must end in a model or diagnostics:
// no crash, no leak, no hang, no exception escaping loadCourseFromBytes().
//
// Built twice. fuzz_loader runs in an empty scratch folder with --validate's options, so
// every media reference ends in "file missing". fuzz_loader_media (LEERPAD_FUZZ_MEDIA)
// puts real media files (a tiny Ogg, a WAV, a WebVTT transcript, plus an empty file, a
// folder and a transcript posing as audio) into the scratch folder under the names the
// repository's courses use, and loads with the player's options, so fuzzed courses also
// reach media sniffing, transcript parsing and the checks on loaded audio blocks.

#include "core/loader/courseloader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

#ifdef LEERPAD_FUZZ_MEDIA
// Stops the run at once: a media mode without its media would silently fuzz the
// empty-folder mode again.
[[noreturn]] void setupFailed(const QString &what)
{
    std::fprintf(stderr, "fuzz_loader_media: %s\n", qPrintable(what));
    std::abort();
}

void copyMedia(const QString &root, const QString &source, const QString &target)
{
    const QString from = QStringLiteral(LEERPAD_FUZZ_MEDIA_DIR "/") + source;
    const QString to = QDir(root).filePath(target);
    if (!QDir().mkpath(QFileInfo(to).path()) || !QFile::copy(from, to))
        setupFailed(QStringLiteral("cannot copy %1 to %2").arg(from, to));
}

void fillScratchFolder(const QString &root)
{
    // d.*: the hostile catalogue's names; dialoog.*: the invalid fixtures'; het-*: module 1.4.
    const struct
    {
        const char *source;
        const char *target;
    } files[] = {
        {"tiny.ogg", "media/d.ogg"},
        {"tiny.wav", "media/d.wav"},
        {"tiny.vtt", "media/d.vtt"},
        {"tiny.ogg", "media/dialoog.ogg"},
        {"tiny.vtt", "media/dialoog.vtt"},
        {"tiny.ogg", "media/het-gaat-fout.ogg"},
        {"tiny.vtt", "media/het-gaat-fout.vtt"},
        {"tiny.wav", "media/het-kan-ook-anders.ogg"},
        {"tiny.vtt", "media/het-kan-ook-anders.vtt"},
        {"tiny.vtt", "media/tekst.ogg"}, // not audio, whatever its name says
    };
    for (const auto &f : files)
        copyMedia(root, QLatin1String(f.source), QLatin1String(f.target));
    QFile empty(QDir(root).filePath(QStringLiteral("media/leeg.ogg")));
    if (!empty.open(QIODevice::WriteOnly))
        setupFailed(QStringLiteral("cannot create media/leeg.ogg"));
    if (!QDir(root).mkpath(QStringLiteral("media/map")))
        setupFailed(QStringLiteral("cannot create media/map"));
}
#endif

struct Scratch
{
    Scratch()
    {
        if (!root.isValid())
            std::abort();
        // Canonical: the loader resolves media inside the folder's real path.
        rootPath = QFileInfo(root.path()).canonicalFilePath();
        file = QDir(rootPath).filePath(QStringLiteral("course.json"));
#ifdef LEERPAD_FUZZ_MEDIA
        fillScratchFolder(rootPath);
        options.openWithMissingMedia = true; // the player's options
#endif
    }
    QTemporaryDir root;
    QString rootPath;
    QString file;
    leerpad::LoadOptions options;
};

// A resolved media path must lie inside the scratch folder (or be empty).
bool insideScratch(const QString &path, const QString &root)
{
    return path.isEmpty() || path.startsWith(root + QLatin1Char('/'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Media paths in the input resolve inside this scratch folder, never elsewhere.
    static Scratch scratch;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const leerpad::LoadResult r = leerpad::loadCourseFromBytes(bytes, scratch.file, scratch.options);
    // A model and an error that stops it never coexist; the only errors a course opens
    // with are those the options allow (missing media, in the player's mode).
    if (r.course && leerpad::hasBlockingErrors(r.diagnostics))
        __builtin_trap();
    if (!r.course && !leerpad::hasBlockingErrors(r.diagnostics))
        __builtin_trap();
    for (const leerpad::Diagnostic &d : r.diagnostics)
        if (d.opensAnyway && (!d.isError() || !scratch.options.openWithMissingMedia))
            __builtin_trap();
    if (!r.course)
        return 0;
    for (const leerpad::Section &section : r.course->sections) {
        for (const leerpad::Page &page : section.pages) {
            for (const leerpad::Block &block : page.blocks) {
                const leerpad::AudioBlock *audio = block.audio();
                if (!audio)
                    continue;
                if (!insideScratch(audio->srcPath, scratch.rootPath) ||
                    !insideScratch(audio->transcriptPath, scratch.rootPath))
                    __builtin_trap();
                // Cues come from a parsed transcript: never negative, never backwards.
                for (const leerpad::Cue &c : audio->cues) {
                    if (c.startMs < 0 || c.endMs < c.startMs)
                        __builtin_trap();
                }
            }
        }
    }
    return 0;
}
