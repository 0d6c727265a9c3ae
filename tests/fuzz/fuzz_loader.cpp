// Bytes → course loader + validator. Any input must end in a model or diagnostics:
// no crash, no leak, no hang, no exception escaping loadCourseFromBytes().

#include "core/loader/courseloader.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Media paths in the input resolve inside this scratch folder, never elsewhere.
    static QTemporaryDir root;
    static const QString file = root.filePath(QStringLiteral("course.json"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const leerpad::LoadResult r = leerpad::loadCourseFromBytes(bytes, file);
    // A model and an error never coexist.
    if (r.course && leerpad::hasErrors(r.diagnostics))
        __builtin_trap();
    if (!r.course && !leerpad::hasErrors(r.diagnostics))
        __builtin_trap();
    return 0;
}
