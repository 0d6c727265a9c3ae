#include "core/loader/textreader.h"

#include "core/loader/loadertext.h"

namespace leerpad {

TextBlock TextReader::readTextBlock(Fields &block)
{
    TextBlock t;
    const JsonValue content = block.array("content", true, 1);
    for (std::size_t i = 0; i < content.size(); ++i) {
        Fields f(content[i], m_report, LoaderText::tr("a text element"));
        if (!f.valid())
            continue;
        const auto type = f.keyword("type", true);
        if (!type)
            continue;
        TextElement e;
        if (*type == "bulletList" || *type == "numberedList") {
            f.allowOnly({"type", "items"});
            e.type = *type == "bulletList" ? TextElement::Type::BulletList
                                                          : TextElement::Type::NumberedList;
            const JsonValue items = f.array("items", true, 1);
            for (std::size_t k = 0; k < items.size(); ++k)
                e.items.append(readInline(items[k], LoaderText::tr("a list item")));
        } else {
            if (*type == "paragraph")
                e.type = TextElement::Type::Paragraph;
            else if (*type == "heading")
                e.type = TextElement::Type::Heading;
            else if (*type == "quote")
                e.type = TextElement::Type::Quote;
            else {
                m_report.error(f.at("type"),
                               LoaderText::tr("unknown text element type '%1' (expected "
                                              "paragraph, heading, bulletList, numberedList or "
                                              "quote)")
                                   .arg(toQString(*type)));
                continue;
            }
            f.allowOnly({"type", "text"});
            if (const JsonValue text = f.get("text"); text.exists())
                e.text = readInline(text, LoaderText::tr("'text'"));
            else
                m_report.error(f.value(), LoaderText::tr("missing required key 'text'"));
        }
        t.content.append(std::move(e));
    }
    return t;
}

InlineText TextReader::readInline(const JsonValue &value, const DiagnosticText &what)
{
    InlineText out;
    if (value.isString()) {
        out.append({InlineRun::Style::Plain, toQString(value.string()), {}});
        m_report.checkText(out.last().text, value);
    } else if (value.isArray()) {
        out.reserve(qsizetype(value.size()));
        for (std::size_t i = 0; i < value.size(); ++i)
            out.append(readRun(value[i]));
    } else {
        m_report.error(value, LoaderText::tr("%1 must be a string or an array of text runs, "
                                               "not %2")
                                    .arg(what)
                                    .arg(jsonTypeName(value)));
        return out;
    }
    if (plainText(out).trimmed().isEmpty())
        m_report.error(value, LoaderText::tr("%1 must not be empty").arg(what));
    return out;
}

InlineRun TextReader::readRun(const JsonValue &value)
{
    InlineRun run;
    if (value.isString()) {
        run.text = toQString(value.string());
        m_report.checkText(run.text, value);
        return run;
    }
    Fields f(value, m_report, LoaderText::tr("a text run"));
    if (!f.valid())
        return run;
    if (f.has("term")) {
        f.allowOnly({"term", "text"});
        run.style = InlineRun::Style::Term;
        if (auto term = f.string("term", true)) {
            run.termId = *term;
            m_termRefs.emplace_back(*term, f.get("term"));
        }
        run.text = f.string("text", true).value_or(QString());
    } else if (f.has("em")) {
        f.allowOnly({"em"});
        run.style = InlineRun::Style::Emphasis;
        run.text = f.string("em", true).value_or(QString());
    } else if (f.has("strong")) {
        f.allowOnly({"strong"});
        run.style = InlineRun::Style::Strong;
        run.text = f.string("strong", true).value_or(QString());
    } else {
        m_report.error(value, LoaderText::tr("a text run is a string or an object with 'em', "
                                               "'strong' or 'term'"));
    }
    return run;
}

void TextReader::checkTermReferences()
{
    for (const auto &[term, at] : m_termRefs) {
        if (!m_glossaryIds.contains(term))
            m_report.error(at,
                           LoaderText::tr("glossary term '%1' is not defined in 'glossary'")
                               .arg(term));
    }
}

} // namespace leerpad
