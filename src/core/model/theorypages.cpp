#include "core/model/theorypages.h"

#include <QRegularExpression>

namespace leerpad {

QStringList theoryPagesOf(const Course &course, const Question &question)
{
    static const QRegularExpression quoted(QStringLiteral("[‘“\"]([^’”\"]{2,120})[’”\"]"));
    QStringList out;
    for (auto m = quoted.globalMatch(question.explanation); m.hasNext();) {
        const QString phrase = m.next().captured(1).trimmed();
        for (int i = 0; i < course.pageCount(); ++i) {
            const Page *page = course.page(i);
            if (page->title.compare(phrase, Qt::CaseInsensitive) == 0) {
                if (!out.contains(page->id))
                    out << page->id;
                break;
            }
        }
    }
    return out;
}

} // namespace leerpad
