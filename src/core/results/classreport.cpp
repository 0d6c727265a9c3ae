#include "core/results/classreport.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace leerpad::xapi {

ClassReport buildClassReport(const QList<LearnerResults> &results)
{
    ClassReport report;
    if (results.isEmpty())
        return report;
    report.courseId = results.first().courseId;
    report.courseTitle = results.first().courseTitle;
    // The newest file per profile.
    QHash<QString, const LearnerResults *> newest;
    for (const LearnerResults &r : results) {
        if (r.courseId != report.courseId) {
            report.skipped << QStringLiteral("%1: another course (%2, not %3)").arg(r.file, r.courseId, report.courseId);
            continue;
        }
        const LearnerResults *&kept = newest[r.learner.id];
        if (kept && kept->exportedAt >= r.exportedAt) {
            report.skipped << QStringLiteral("%1: an older export of %2 than %3").arg(r.file, r.learner.name, kept->file);
            continue;
        }
        if (kept)
            report.skipped << QStringLiteral("%1: an older export of %2 than %3").arg(kept->file, r.learner.name, r.file);
        kept = &r;
    }
    QHash<QString, QuestionStat> stats;
    for (const LearnerResults *r : std::as_const(newest)) {
        ClassRow row;
        row.learner = !r->learner.name.isEmpty() ? r->learner.name
                      : !r->learner.studentNumber.isEmpty() ? r->learner.studentNumber
                                                            : r->learner.id;
        row.studentNumber = r->learner.studentNumber;
        row.pagesCompleted = int(r->pagesCompleted.size());
        row.pageCount = r->pageCount;
        row.practiceChecked = r->practiceChecked;
        row.practiceCorrect = r->practiceCorrect;
        row.attempts = int(r->attempts.size());
        row.exportedAt = r->exportedAt;
        row.file = r->file;
        report.maxScore = std::max(report.maxScore, r->maxScore);
        if (const ResultAttempt *best = r->best()) {
            row.bestScore = best->score;
            row.passed = best->passed;
            // Unanswered questions count as wrong, so they are in `wrong` if not in answers.
            QSet<QString> asked(best->wrong.cbegin(), best->wrong.cend());
            for (auto it = best->answers.cbegin(); it != best->answers.cend(); ++it)
                asked.insert(it.key());
            for (const QString &q : std::as_const(asked)) {
                QuestionStat &s = stats[q];
                s.questionId = q;
                ++s.answered;
                s.wrong += best->wrong.contains(q) ? 1 : 0;
            }
        }
        report.rows << row;
    }
    std::sort(report.rows.begin(), report.rows.end(), [](const ClassRow &a, const ClassRow &b) {
        return QString::localeAwareCompare(a.learner, b.learner) < 0;
    });
    report.questions = stats.values();
    std::sort(report.questions.begin(), report.questions.end(), [](const QuestionStat &a, const QuestionStat &b) {
        return a.wrong != b.wrong ? a.wrong > b.wrong : a.questionId < b.questionId;
    });
    return report;
}

QString classReportText(const ClassReport &report)
{
    QStringList lines;
    lines << QStringLiteral("learner\tstudent number\tpages\tpractice right\tattempts\tbest score\tpassed\texported");
    for (const ClassRow &r : report.rows) {
        lines << QStringList{r.learner,
                             r.studentNumber,
                             QStringLiteral("%1/%2").arg(r.pagesCompleted).arg(r.pageCount),
                             QStringLiteral("%1/%2").arg(r.practiceCorrect).arg(r.practiceChecked),
                             QString::number(r.attempts),
                             r.bestScore ? QStringLiteral("%1/%2").arg(*r.bestScore).arg(report.maxScore) : QString(),
                             r.passed ? (*r.passed ? QStringLiteral("yes") : QStringLiteral("no")) : QString(),
                             r.exportedAt.toUTC().toString(Qt::ISODate)}
                     .join(QLatin1Char('\t'));
    }
    lines << QString() << QStringLiteral("self-test question\twrong in best attempts");
    for (const QuestionStat &q : report.questions)
        lines << QStringLiteral("%1\t%2/%3").arg(q.questionId).arg(q.wrong).arg(q.answered);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace leerpad::xapi
