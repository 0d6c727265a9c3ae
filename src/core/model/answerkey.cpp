#include "core/model/answerkey.h"

#include <QSet>

namespace leerpad {

QList<const Question *> allQuestions(const Course &course)
{
    QList<const Question *> out;
    QSet<QString> seen;
    for (const Section &s : course.sections) {
        for (const Page &p : s.pages) {
            for (const Block &b : p.blocks) {
                if (const Question *q = b.question()) {
                    out << q;
                    seen.insert(q->id);
                }
            }
        }
    }
    if (course.selfTest) {
        for (const Question &q : course.selfTest->questions) {
            if (!seen.contains(q.id))
                out << &q;
        }
    }
    return out;
}

static QString oneLine(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QStringList answerKeyLines(const Course &course)
{
    QStringList lines;
    for (const Question *q : allQuestions(course)) {
        QStringList texts;
        for (const QString &id : q->correct) {
            if (const Option *o = q->option(id))
                texts << oneLine(o->text);
        }
        lines << q->id + QLatin1Char('\t') + q->correct.join(QLatin1Char(',')) + QLatin1Char('\t') +
                     texts.join(QStringLiteral(" | "));
    }
    return lines;
}

} // namespace leerpad
