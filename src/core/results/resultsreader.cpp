#include "core/results/resultsreader.h"

#include "core/loader/jsonlocator.h"
#include "core/loader/textposition.h"

namespace leerpad::xapi {

Diagnostic diagnosticAt(const QString &file, const QByteArray &bytes, std::size_t offset,
                        const std::string &pointer, const QString &message)
{
    Diagnostic d;
    d.file = file;
    const TextPosition at = positionAt(bytes, qsizetype(offset));
    d.line = at.line;
    d.column = at.column;
    d.pointer = QString::fromStdString(pointer);
    d.setText(DiagnosticText::verbatim(message));
    return d;
}

Diagnostics locatedProblems(const FieldReader &reader, const QByteArray &bytes,
                            const QString &fileName)
{
    const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
    std::vector<std::string> wanted;
    for (const FieldReader::Problem &p : reader.problems)
        wanted.push_back(p.pointer);
    const JsonLocator locator(view, wanted);
    Diagnostics out;
    for (const FieldReader::Problem &p : reader.problems)
        out << diagnosticAt(fileName, bytes, locator.offsetOf(p.pointer), p.pointer, p.message);
    return out;
}

} // namespace leerpad::xapi
