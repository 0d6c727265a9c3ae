#include "questionreader.h"

#include "jsonpointer.h"

#include <QSet>

namespace leerpad {

using nlohmann::json;
using jsonpointer::child;

Question QuestionReader::read(Fields &f)
{
    Question q;
    bool typeKnown = false;
    if (auto type = f.string("type", true)) {
        typeKnown = true;
        if (*type == QLatin1String("single"))
            q.type = Question::Type::Single;
        else if (*type == QLatin1String("truefalse"))
            q.type = Question::Type::TrueFalse;
        else if (*type == QLatin1String("multiple"))
            q.type = Question::Type::Multiple;
        else {
            typeKnown = false;
            m_report.error(f.pointerOf("type"),
                           QStringLiteral("unknown question type '%1' (expected single, "
                                          "truefalse or multiple)")
                               .arg(*type));
        }
    }
    if (const json *prompt = f.get("prompt"))
        q.prompt = m_text.readInline(*prompt, f.pointerOf("prompt"), "'prompt'");
    else if (f.valid())
        m_report.error(f.pointer(), QStringLiteral("missing required key 'prompt'"));
    q.instruction = f.string("instruction", false).value_or(QString());
    q.explanation = f.string("explanation", false).value_or(QString());

    if (const json *fb = f.get("feedback")) {
        Fields ff(*fb, f.pointerOf("feedback"), m_report, "'feedback'");
        if (ff.valid()) {
            ff.allowOnly({"correct", "incorrect"});
            q.feedbackCorrect = ff.string("correct", false).value_or(QString());
            q.feedbackIncorrect = ff.string("incorrect", false).value_or(QString());
        }
    }

    QSet<QString> optionIds;
    const json *options = f.array("options", true, 2);
    if (options && options->size() > kMaxOptions) {
        m_report.error(f.pointerOf("options"),
                       QStringLiteral("a question has at most %1 options, not %2")
                           .arg(kMaxOptions)
                           .arg(options->size()));
        options = nullptr;
    }
    if (options) {
        for (std::size_t i = 0; i < options->size(); ++i) {
            Fields of((*options)[i], child(f.pointerOf("options"), i), m_report, "an option");
            if (!of.valid())
                continue;
            of.allowOnly({"id", "text"});
            Option o;
            if (auto id = of.id()) {
                o.id = *id;
                if (optionIds.contains(o.id))
                    m_report.error(of.pointerOf("id"),
                                   QStringLiteral("duplicate option id '%1' in this question")
                                       .arg(o.id));
                optionIds.insert(o.id);
            }
            o.text = of.string("text", true).value_or(QString());
            q.options.append(o);
        }
        if (typeKnown && q.type == Question::Type::TrueFalse && options->size() != 2)
            m_report.error(f.pointerOf("options"),
                           QStringLiteral("a truefalse question has exactly 2 options, not %1")
                               .arg(options->size()));
    }

    if (const json *correct = f.array("correct", true, 0)) {
        for (std::size_t i = 0; i < correct->size(); ++i) {
            const json &c = (*correct)[i];
            const std::string cptr = child(f.pointerOf("correct"), i);
            if (!c.is_string()) {
                m_report.error(cptr, QStringLiteral("a correct answer is an option id (a string), "
                                                    "not %1")
                                         .arg(jsonTypeName(c)));
                continue;
            }
            const QString id = QString::fromStdString(c.get<std::string>());
            if (options && !optionIds.contains(id))
                m_report.error(cptr, QStringLiteral("correct answer '%1' names no option of this "
                                                    "question")
                                         .arg(id));
            else if (q.correct.contains(id))
                m_report.error(cptr, QStringLiteral("correct answer '%1' is listed twice").arg(id));
            else
                q.correct << id;
        }
        const bool one = q.type != Question::Type::Multiple;
        if (typeKnown && one && correct->size() != 1)
            m_report.error(f.pointerOf("correct"),
                           QStringLiteral("a %1 question needs exactly one correct option, not %2")
                               .arg(q.type == Question::Type::Single ? QStringLiteral("single")
                                                                     : QStringLiteral("truefalse"))
                               .arg(correct->size()));
        else if (typeKnown && correct->empty())
            m_report.error(f.pointerOf("correct"),
                           QStringLiteral("a multiple question needs at least one correct option"));
    }
    return q;
}

} // namespace leerpad
