#pragma once

// A located problem in a course file. Rendered GCC-style so editors and IDEs can
// jump to it: FILE:LINE:COL: error: message [json-pointer]

#include <QList>
#include <QString>

namespace leerpad {

struct Diagnostic
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based, in characters (not bytes); 0 when unknown
    QString pointer; // RFC 6901 JSON pointer; empty for syntax errors
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
int countErrors(const Diagnostics &diagnostics);

} // namespace leerpad
