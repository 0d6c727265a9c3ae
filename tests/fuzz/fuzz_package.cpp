// Bytes → course package reader (both passes, in memory). Any input must end in a
// refusal with diagnostics or in entries whose names are safe to write below a folder:
// no crash, no leak, no hang, and never a name that could leave the folder.

#include "core/package/packagereader.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>

namespace {

bool isSafe(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return false;
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

// Checks what the reader hands over, as the unpacking folder would receive it.
class CheckingSink : public leerpad::PackageSink
{
public:
    bool makeFolder(const QString &name, QString *) override
    {
        if (!isSafe(name))
            __builtin_trap();
        return true;
    }
    bool beginFile(const QString &name, QString *) override
    {
        if (!isSafe(name) || m_files.contains(name))
            __builtin_trap();
        m_files << name;
        return true;
    }
    bool write(const char *, qsizetype size, QString *) override
    {
        m_bytes += size;
        return true;
    }
    bool endFile(QString *) override { return true; }

    qint64 bytes() const { return m_bytes; }

private:
    QStringList m_files;
    qint64 m_bytes = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Limits scaled down so that a bomb is found in the fuzzer's time and memory budget.
    leerpad::PackageLimits limits;
    limits.maxTotalBytes = 64 * 1024 * 1024;
    leerpad::PackageReader reader(
        {{}, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))},
        QStringLiteral("fuzz.leerpad"), limits);
    if (!reader.scan()) {
        if (!leerpad::hasErrors(reader.diagnostics()))
            __builtin_trap(); // refused without saying why
        return 0;
    }
    CheckingSink sink;
    if (!reader.unpack(sink) && !leerpad::hasErrors(reader.diagnostics()))
        __builtin_trap();
    if (sink.bytes() > limits.maxTotalBytes)
        __builtin_trap();
    return 0;
}
