// Bytes → WebVTT reader: cues or located issues, never a crash.

#include "core/loader/webvtt.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const leerpad::VttResult r = leerpad::parseWebVtt(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    for (const leerpad::Cue &c : r.cues) {
        if (c.startMs < 0 || c.endMs < 0)
            __builtin_trap();
    }
    for (const leerpad::VttIssue &i : r.issues) {
        if (i.line < 1 || i.column < 1)
            __builtin_trap();
    }
    return 0;
}
