#include "core/results/classreport.h"

#include <QCollator>
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
        if (r.otherCourseStatements > 0)
            report.skipped << QStringLiteral("%1: %2 statements of another course left out")
                                  .arg(r.file)
                                  .arg(r.otherCourseStatements);
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
    QHash<QString, QHash<QString, int>> wrongAnswers; // question -> answer -> best attempts
    for (const LearnerResults *r : std::as_const(newest)) {
        ClassRow row;
        row.learner = !r->learner.name.isEmpty()            ? r->learner.name
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
                const bool wrong = best->wrong.contains(q);
                QuestionStat &s = stats[q];
                s.questionId = q;
                ++s.answered;
                s.wrong += wrong ? 1 : 0;
                row.right.insert(q, !wrong);
                const QStringList chosen = best->answers.value(q);
                if (wrong && !chosen.isEmpty())
                    ++wrongAnswers[q][chosen.join(QLatin1Char('+'))];
            }
        }
        report.rows << row;
    }
    std::sort(report.rows.begin(), report.rows.end(), [](const ClassRow &a, const ClassRow &b) {
        return QString::localeAwareCompare(a.learner, b.learner) < 0;
    });
    for (auto it = wrongAnswers.cbegin(); it != wrongAnswers.cend(); ++it) {
        QuestionStat &s = stats[it.key()];
        for (auto a = it->cbegin(); a != it->cend(); ++a) {
            const bool more = a.value() > s.commonWrongCount ||
                              (a.value() == s.commonWrongCount && a.key() < s.commonWrongAnswer);
            if (more) {
                s.commonWrongAnswer = a.key();
                s.commonWrongCount = a.value();
            }
        }
    }
    report.questions = stats.values();
    std::sort(report.questions.begin(), report.questions.end(),
              [](const QuestionStat &a, const QuestionStat &b) {
                  return a.wrong != b.wrong ? a.wrong > b.wrong : a.questionId < b.questionId;
              });
    report.questionIds = stats.keys();
    QCollator natural;
    natural.setNumericMode(true);
    std::sort(report.questionIds.begin(), report.questionIds.end(),
              [&natural](const QString &a, const QString &b) { return natural.compare(a, b) < 0; });
    return report;
}

QList<QList<QStringList>> classReportTables(const ClassReport &report)
{
    QList<QStringList> learners;
    learners << (QStringList{QStringLiteral("learner"), QStringLiteral("student number"),
                             QStringLiteral("pages"), QStringLiteral("practice right"),
                             QStringLiteral("attempts"), QStringLiteral("best score"),
                             QStringLiteral("passed"), QStringLiteral("last activity")}
                 << report.questionIds);
    for (const ClassRow &r : report.rows) {
        QStringList cells{
            r.learner,
            r.studentNumber,
            QStringLiteral("%1/%2").arg(r.pagesCompleted).arg(r.pageCount),
            QStringLiteral("%1/%2").arg(r.practiceCorrect).arg(r.practiceChecked),
            QString::number(r.attempts),
            r.bestScore ? QStringLiteral("%1/%2").arg(*r.bestScore).arg(report.maxScore) : QString(),
            r.passed ? (*r.passed ? QStringLiteral("yes") : QStringLiteral("no")) : QString(),
            r.exportedAt.toUTC().toString(Qt::ISODate)};
        for (const QString &q : report.questionIds)
            cells << (!r.right.contains(q) ? QString() : r.right.value(q) ? QStringLiteral("1") : QStringLiteral("0"));
        learners << cells;
    }
    QList<QStringList> questions;
    questions << QStringList{QStringLiteral("self-test question"), QStringLiteral("wrong in best attempts"),
                             QStringLiteral("most chosen wrong answer"), QStringLiteral("chosen by")};
    for (const QuestionStat &q : report.questions)
        questions << QStringList{q.questionId, QStringLiteral("%1/%2").arg(q.wrong).arg(q.answered),
                                 q.commonWrongAnswer,
                                 q.commonWrongCount ? QString::number(q.commonWrongCount) : QString()};
    return {learners, questions};
}

QString classReportText(const ClassReport &report)
{
    QStringList lines;
    for (const QList<QStringList> &table : classReportTables(report)) {
        if (!lines.isEmpty())
            lines << QString();
        for (const QStringList &row : table)
            lines << row.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray classReportCsv(const ClassReport &report)
{
    // RFC 4180, section 2: a field with a quote, comma or line break is quoted, and its
    // quotes doubled. Names come from learners: one that starts like a formula (=, +, -,
    // @) gets a leading apostrophe, so a spreadsheet shows it instead of running it.
    auto field = [](QString text) {
        static const QString formulaStart = QStringLiteral("=+-@\t\r");
        if (!text.isEmpty() && formulaStart.contains(text.front()))
            text.prepend(QLatin1Char('\''));
        if (!text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char(',')) &&
            !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
            return text;
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    };
    QString out;
    bool first = true;
    for (const QList<QStringList> &table : classReportTables(report)) {
        if (!first)
            out += QStringLiteral("\r\n");
        first = false;
        for (const QStringList &row : table) {
            QStringList cells;
            for (const QString &cell : row)
                cells << field(cell);
            out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace leerpad::xapi
