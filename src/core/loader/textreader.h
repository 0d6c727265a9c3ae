#pragma once

// Reads structured text (paragraphs, headings, lists, quotes) and inline runs, and
// remembers glossary references so they can be checked once the whole file is read.

#include "core/loader/jsonfields.h"
#include "core/model/course.h"

#include <QSet>

namespace leerpad {

class TextReader
{
public:
    explicit TextReader(Reporter &reporter) : m_report(reporter) {}

    void addGlossaryId(const QString &id) { m_glossaryIds.insert(id); }
    TextBlock readTextBlock(Fields &block);
    // A plain string or an array of runs; reports an error when empty if required.
    InlineText readInline(const JsonValue &value, const DiagnosticText &what);
    void checkTermReferences();

private:
    InlineRun readRun(const JsonValue &value);

    Reporter &m_report;
    QSet<QString> m_glossaryIds;
    std::vector<std::pair<QString, JsonValue>> m_termRefs;
};

} // namespace leerpad
