#include "core/loader/questionreader.h"

#include "core/loader/loadertext.h"

#include <QSet>

namespace leerpad {

Question QuestionReader::read(Fields &f)
{
    Question q;
    bool typeKnown = false;
    if (auto type = f.keyword("type", true)) {
        typeKnown = true;
        if (*type == "single")
            q.type = Question::Type::Single;
        else if (*type == "truefalse")
            q.type = Question::Type::TrueFalse;
        else if (*type == "multiple")
            q.type = Question::Type::Multiple;
        else {
            typeKnown = false;
            m_report.error(f.at("type"),
                           LoaderText::tr("unknown question type '%1' (expected single, "
                                          "truefalse or multiple)")
                               .arg(toQString(*type)));
        }
    }
    if (const JsonValue prompt = f.get("prompt"); prompt.exists())
        q.prompt = m_text.readInline(prompt, LoaderText::tr("'prompt'"));
    else if (f.valid())
        m_report.error(f.value(), LoaderText::tr("missing required key 'prompt'"));
    q.instruction = f.string("instruction", false).value_or(QString());
    q.shuffle = f.boolean("shuffle").value_or(true);
    q.explanation = f.string("explanation", false).value_or(QString());

    if (const JsonValue fb = f.get("feedback"); fb.exists()) {
        Fields ff(fb, m_report, LoaderText::tr("'feedback'"));
        if (ff.valid()) {
            ff.allowOnly({"correct", "incorrect"});
            q.feedbackCorrect = ff.string("correct", false).value_or(QString());
            q.feedbackIncorrect = ff.string("incorrect", false).value_or(QString());
        }
    }

    QSet<QString> optionIds;
    JsonValue options = f.array("options", true, 2);
    if (options.size() > kMaxOptions) {
        m_report.error(options, LoaderText::tr("a question has at most %1 options, not %2")
                                    .arg(kMaxOptions)
                                    .arg(options.size()));
        options = JsonValue();
    }
    if (options.exists()) {
        q.options.reserve(qsizetype(options.size()));
        for (std::size_t i = 0; i < options.size(); ++i) {
            Fields of(options[i], m_report, LoaderText::tr("an option"));
            if (!of.valid())
                continue;
            of.allowOnly({"id", "text"});
            Option o;
            if (auto id = of.id()) {
                o.id = *id;
                if (optionIds.contains(o.id))
                    m_report.error(of.at("id"),
                                   LoaderText::tr("duplicate option id '%1' in this question")
                                       .arg(o.id));
                optionIds.insert(o.id);
            }
            o.text = of.string("text", true).value_or(QString());
            q.options.append(o);
        }
        if (typeKnown && q.type == Question::Type::TrueFalse && options.size() != 2)
            m_report.error(options, LoaderText::tr("a truefalse question has exactly 2 options, "
                                                   "not %1")
                                        .arg(options.size()));
    }

    if (const JsonValue correct = f.array("correct", true, 0); correct.exists()) {
        for (std::size_t i = 0; i < correct.size(); ++i) {
            const JsonValue c = correct[i];
            if (!c.isString()) {
                m_report.error(c, LoaderText::tr("a correct answer is an option id (a string), "
                                                    "not %1")
                                         .arg(jsonTypeName(c)));
                continue;
            }
            const QString id = toQString(c.string());
            if (options.exists() && !optionIds.contains(id))
                m_report.error(c, LoaderText::tr("correct answer '%1' names no option of this "
                                                    "question")
                                         .arg(id));
            else if (q.correct.contains(id))
                m_report.error(c, LoaderText::tr("correct answer '%1' is listed twice").arg(id));
            else
                q.correct << id;
        }
        const bool one = q.type != Question::Type::Multiple;
        if (typeKnown && one && correct.size() != 1)
            m_report.error(correct,
                           LoaderText::tr("a %1 question needs exactly one correct option, not %2")
                               .arg(q.type == Question::Type::Single ? QStringLiteral("single")
                                                                     : QStringLiteral("truefalse"))
                               .arg(correct.size()));
        else if (typeKnown && correct.empty())
            m_report.error(correct,
                           LoaderText::tr("a multiple question needs at least one correct option"));
    }
    return q;
}

} // namespace leerpad
