// Replays a corpus through a fuzz target's entry function, without libFuzzer: linked
// with fuzz_loader.cpp or fuzz_webvtt.cpp it becomes a plain program that every build
// (GCC included) runs as a ctest. So the fixtures and every crash reproducer kept in
// tests/data/fuzz/ are fed to the same checks as in the fuzz stage, on every build.
//
//   fuzz_*_replay --name GLOB [--name GLOB...] [--at-least N] FILE|DIR...
//
// Folders are searched recursively for files whose name matches one of the globs; files
// named directly are always replayed. A check that fails traps (the test crashes with
// the file's name printed just before); replaying fewer than N files (default 1) fails,
// because a replay of nothing cannot find anything.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replay(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fuzz replay: cannot read %s: %s\n", qPrintable(path),
                     qPrintable(f.errorString()));
        return false;
    }
    const QByteArray bytes = f.readAll();
    // Printed (and flushed) first, so a trap names the input that caused it.
    std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
    std::fflush(stderr);
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
    return true;
}

int usage()
{
    std::fprintf(stderr, "usage: fuzz_*_replay --name GLOB [--name GLOB...] [--at-least N] FILE|DIR...\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList globs;
    QStringList paths;
    long long atLeast = 1;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if ((arg == QLatin1String("--name") || arg == QLatin1String("--at-least")) && i + 1 < argc) {
            const QString value = QString::fromLocal8Bit(argv[++i]);
            if (arg == QLatin1String("--name"))
                globs << value;
            else
                atLeast = value.toLongLong();
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usage();
        } else {
            paths << arg;
        }
    }
    if (paths.isEmpty() || globs.isEmpty())
        return usage();

    long long replayed = 0;
    bool readable = true;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            readable = replay(path) && readable;
            ++replayed;
            continue;
        }
        if (!info.isDir()) {
            std::fprintf(stderr, "fuzz replay: %s does not exist\n", qPrintable(path));
            return 1;
        }
        QStringList files;
        QDirIterator it(path, globs, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort(); // the same order everywhere, so a failure reproduces
        for (const QString &file : files) {
            readable = replay(file) && readable;
            ++replayed;
        }
    }
    std::printf("fuzz replay: %lld files replayed\n", replayed);
    if (!readable)
        return 1;
    if (replayed < atLeast) {
        std::fprintf(stderr, "fuzz replay: only %lld files; expected at least %lld\n", replayed, atLeast);
        return 1;
    }
    return 0;
}
