#include "ui/trainer/classreporttables.h"

#include "core/learning/scoring.h"
#include "core/model/theorypages.h"

#include <algorithm>
#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace leerpad::classreport {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    // lupdate files these strings under the enclosing namespace: look them up there.
    return QCoreApplication::translate("leerpad::classreport", text, comment, n);
}

// Sorts by a key of its own (a number, a time) instead of its text: "10 van 10" after
// "9 van 10", and an empty cell first.
class Item : public QTableWidgetItem
{
public:
    Item(const QString &text, const QVariant &key) : QTableWidgetItem(text)
    {
        setData(kKey, key);
        setToolTip(text); // a long question is cut off in its cell
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(kKey);
        const QVariant b = other.data(kKey);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return QString::localeAwareCompare(text(), other.text()) < 0;
    }
    static constexpr int kKey = Qt::UserRole + 1;
};

void put(QTableWidget *t, int row, int column, const QString &text, const QVariant &key = {})
{
    t->setItem(row, column, new Item(text, key)); // plain text: names come from files
}

struct Texts
{
    QHash<QString, QString> prompts;
    QHash<QString, QString> options;    // "question/option" -> the option's text
    QHash<QString, QStringList> theory; // question -> page ids
};

Texts textsOf(const Course *course, const xapi::ClassReport &report)
{
    Texts t;
    if (!course || course->id != report.courseId || !course->selfTest)
        return t;
    for (const Question &q : course->selfTest->questions) {
        t.prompts.insert(q.id, plainText(q.prompt));
        t.theory.insert(q.id, theoryPagesOf(*course, q));
        for (const Option &o : q.options)
            t.options.insert(q.id + QLatin1Char('/') + o.id, o.text);
        // xAPI reports a true/false answer as "true" or "false": the first option says true.
        if (q.type == Question::Type::TrueFalse && q.options.size() == 2) {
            t.options.insert(q.id + QStringLiteral("/true"), q.options.at(0).text);
            t.options.insert(q.id + QStringLiteral("/false"), q.options.at(1).text);
        }
    }
    return t;
}

} // namespace

QStringList learnerHeaders()
{
    // Short: the grid of questions must fit beside them in the window.
    return {tr("Leerling"), tr("Studentnr."), tr("Pagina's"), tr("Oefeningen"),   tr("Pogingen"),
            tr("Score"),    tr("Band"),       tr("Geslaagd"), tr("Laatst actief")};
}

QStringList questionHeaders()
{
    return {tr("Goed in beste pogingen"), tr("Vaakst gekozen fout antwoord"),
            tr("Vraag van de test"), tr("Theorie")};
}

QTableWidget *makeTable(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTextElideMode(Qt::ElideRight);
    t->setWordWrap(false);
    t->setAccessibleName(accessibleName);
    return t;
}

void fillLearners(QTableWidget *t, const xapi::ClassReport &report, const Course *course)
{
    const Texts texts = textsOf(course, report);
    const QList<ScoreBand> bands =
        texts.prompts.isEmpty() ? QList<ScoreBand>{} : course->selfTest->bands;
    const int fixed = int(learnerHeaders().size());
    t->setSortingEnabled(false); // rows move while sorted: fill first, sort after
    t->clearContents();
    t->setColumnCount(fixed + int(report.questionIds.size()));
    for (int c = 0; c < report.questionIds.size(); ++c) {
        const QString &id = report.questionIds.at(c);
        auto *header = new QTableWidgetItem(QString::number(c + 1));
        header->setToolTip(texts.prompts.value(id, id));
        header->setData(Qt::AccessibleTextRole, tr("Vraag %1").arg(c + 1));
        t->setHorizontalHeaderItem(fixed + c, header);
    }
    t->setRowCount(int(report.rows.size()));
    for (int i = 0; i < report.rows.size(); ++i) {
        const xapi::ClassRow &r = report.rows.at(i);
        put(t, i, 0, r.learner);
        put(t, i, 1, r.studentNumber);
        put(t, i, 2, tr("%1 van %2").arg(r.pagesCompleted).arg(r.pageCount), r.pagesCompleted);
        put(t, i, 3, tr("%1 van %2").arg(r.practiceCorrect).arg(r.practiceChecked),
            r.practiceCorrect);
        put(t, i, 4, QString::number(r.attempts), r.attempts);
        put(t, i, 5,
            r.bestScore ? tr("%1 van %2").arg(*r.bestScore).arg(report.maxScore) : tr("nog niet"),
            r.bestScore.value_or(-1));
        if (r.bestScore && !bands.isEmpty()) {
            const int band = bandFor(bands, *r.bestScore);
            put(t, i, 6, tr("%1 van %2").arg(band + 1).arg(bands.size()), band);
            // Which band, from which score, and what the learner was told.
            t->item(i, 6)->setToolTip(
                tr("Band %1 van %2, vanaf %3 punten: %4")
                    .arg(band + 1)
                    .arg(bands.size())
                    .arg(bands.at(band).minScore)
                    .arg(fillScorePlaceholders(bands.at(band).feedback, *r.bestScore,
                                               report.maxScore)));
        } else {
            put(t, i, 6, QString(), -1);
        }
        put(t, i, 7,
            !r.passed   ? QString()
            : *r.passed ? tr("ja")
                        : tr("nee"),
            r.passed ? int(*r.passed) : -1);
        put(t, i, 8,
            QLocale().toString(r.exportedAt.toLocalTime(),
                               QLocale().dateFormat(QLocale::NarrowFormat) +
                                   QStringLiteral(" HH:mm")),
            r.exportedAt);
        for (int c = 0; c < report.questionIds.size(); ++c) {
            const QString &id = report.questionIds.at(c);
            if (!r.bestScore && !r.right.contains(id))
                continue; // no attempt: nothing to mark
            // A mark to see, a word to hear: a screen reader says "goed", not "check mark".
            const bool answered = r.right.contains(id);
            const bool right = r.right.value(id);
            put(t, i, fixed + c,
                !answered ? QStringLiteral("–")
                : right   ? QStringLiteral("✓")
                          : QStringLiteral("✗"),
                !answered ? 0
                : right   ? 2
                          : 1);
            QTableWidgetItem *item = t->item(i, fixed + c);
            item->setData(Qt::AccessibleTextRole, !answered ? tr("niet beantwoord")
                                                  : right   ? tr("goed")
                                                            : tr("fout"));
            item->setToolTip(texts.prompts.value(id, id));
            item->setTextAlignment(Qt::AlignCenter);
            if (answered)
                item->setForeground(right ? QColor(0x1b, 0x6e, 0x2d) : QColor(0xb0, 0x1c, 0x1c));
        }
    }
    // A school without student numbers gets no empty column.
    const bool numbers =
        std::any_of(report.rows.cbegin(), report.rows.cend(),
                    [](const xapi::ClassRow &r) { return !r.studentNumber.isEmpty(); });
    t->setColumnHidden(1, !numbers);
    t->setSortingEnabled(true);
    t->sortItems(0);
}

void fillQuestions(QTableWidget *t, const xapi::ClassReport &report, const Course *course)
{
    const Texts texts = textsOf(course, report);
    t->setSortingEnabled(false);
    t->clearContents();
    t->setRowCount(int(report.questions.size()));
    for (int i = 0; i < report.questions.size(); ++i) {
        const xapi::QuestionStat &q = report.questions.at(i);
        const QString prompt = texts.prompts.value(q.questionId);
        // The count first: a long question must not push it out of view.
        const int right = q.answered - q.wrong;
        const int percent = q.answered > 0 ? qRound(100.0 * right / q.answered) : 0;
        put(t, i, 0, tr("%1 van %2 (%3 %)").arg(right).arg(q.answered).arg(percent), percent);
        QStringList answer;
        for (const QString &option :
             q.commonWrongAnswer.split(QLatin1Char('+'), Qt::SkipEmptyParts))
            answer << texts.options.value(q.questionId + QLatin1Char('/') + option, option);
        put(t, i, 1,
            q.commonWrongCount ? tr("%n keer: %1", nullptr, q.commonWrongCount)
                                     .arg(answer.join(QStringLiteral(" + ")))
                               : QString(),
            q.commonWrongCount);
        put(t, i, 2,
            prompt.isEmpty() ? q.questionId : QStringLiteral("%1 — %2").arg(q.questionId, prompt),
            q.questionId);
        QStringList titles;
        const QStringList pages = texts.theory.value(q.questionId);
        for (const QString &id : pages)
            titles << course->page(course->index.indexOf(id))->title;
        put(t, i, kTheoryColumn, titles.join(QStringLiteral(", ")));
        t->item(i, kTheoryColumn)->setData(Qt::UserRole, pages.value(0));
        if (!pages.isEmpty())
            t->item(i, kTheoryColumn)
                ->setToolTip(tr("Dubbelklik of Enter: naar ‘%1’").arg(titles.first()));
    }
    t->setSortingEnabled(true);
    t->sortItems(0); // the least often right first: what to explain again
}

} // namespace leerpad::classreport
