#include "core/loader/diagnostic.h"

#include <algorithm>

namespace leerpad {

QString Diagnostic::toString() const
{
    QString out = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        out += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            out += QLatin1Char(':') + QString::number(column);
    }
    out += isError() ? QStringLiteral(": error: ") : QStringLiteral(": warning: ");
    out += message;
    if (!pointer.isEmpty())
        out += QStringLiteral(" [") + pointer + QLatin1Char(']');
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

int countErrors(const Diagnostics &diagnostics)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &d) { return d.isError(); }));
}

} // namespace leerpad
