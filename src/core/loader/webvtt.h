#pragma once

// A WebVTT reader for dialogue transcripts: cues with timings and <v Speaker> voices.
// Styling tags are dropped (transcripts are shown as plain, escaped text).

#include "core/loader/diagnostic.h"
#include "core/model/course.h"

#include <QByteArrayView>

namespace leerpad {

struct VttIssue
{
    bool error = true;
    int line = 0;
    int column = 0;
    DiagnosticText message;
};

struct VttResult
{
    QList<Cue> cues;
    QList<VttIssue> issues;
    bool ok() const;
};

constexpr qsizetype kMaxTranscriptBytes = 1 << 20;

VttResult parseWebVtt(QByteArrayView utf8);

// "00:01:02.345" / "01:02.345" -> milliseconds; -1 when malformed.
qint64 parseVttTimestamp(QStringView text);

} // namespace leerpad
