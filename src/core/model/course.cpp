#include "core/model/course.h"

namespace leerpad {

QString plainText(const InlineText &text)
{
    QString out;
    for (const InlineRun &run : text)
        out += run.text;
    return out;
}

const Option *Question::option(const QString &optionId) const
{
    for (const Option &o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

const GlossaryEntry *Course::glossaryEntry(const QString &id) const
{
    for (const GlossaryEntry &e : glossary) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

int Course::pageCount() const
{
    int n = 0;
    for (const Section &s : sections)
        n += int(s.pages.size());
    return n;
}

} // namespace leerpad
