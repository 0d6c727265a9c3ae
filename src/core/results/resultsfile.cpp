#include "core/results/resultsfile.h"

#include "core/loader/jsonreader.h"
#include "core/results/resultsreader.h"
#include "core/results/statementsfile.h"

#include <QFile>

namespace leerpad::xapi {

namespace {

const QString kFormat = QStringLiteral("leerpad-results");
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024; // a class's file is kilobytes

} // namespace

const ResultAttempt *LearnerResults::best() const
{
    const ResultAttempt *best = nullptr;
    for (const ResultAttempt &a : attempts) {
        if (!best || a.score > best->score)
            best = &a;
    }
    return best;
}

ResultsReadResult readResults(const QByteArray &bytes, const QString &fileName)
{
    ResultsReadResult out;
    const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
    const JsonReadResult parsed = readJson(view);
    if (!parsed.syntaxOk) {
        for (const JsonIssue &issue : parsed.syntaxErrors)
            out.diagnostics << diagnosticAt(fileName, bytes, issue.offset, {}, issue.message.english());
        return out;
    }
    FieldReader r;
    for (const JsonIssue &issue : parsed.structureErrors)
        r.problems.push_back({issue.pointer, issue.message.english()});
    const JsonValue root = parsed.doc.root();
    LearnerResults res;
    res.file = fileName;
    if (root.isArray()) {
        readStatementArray(r, root, res);
    } else if (!root.isObject()) {
        r.fail(root, QStringLiteral("a results file is a JSON array of xAPI statements"));
    } else if (r.text(root, "format") != kFormat) {
        r.fail(root.find("format").exists() ? root.find("format") : root,
               QStringLiteral("not a Leerpad results file ('format' must be \"%1\")").arg(kFormat));
    } else if (const auto version = r.number(root, "formatVersion", 1, 1000);
               version && *version > kFormatVersion) {
        r.fail(root.find("formatVersion"),
               QStringLiteral("written by a newer Leerpad (format version %1; this one reads %2)").arg(*version).arg(kFormatVersion));
    } else {
        res.exportedAt = r.time(root, "exportedAt");
        res.registration = r.text(root, "registration", false);
        if (const JsonValue learner = r.member(root, "learner", JsonType::Object); learner.exists()) {
            res.learner.name = r.text(learner, "name");
            res.learner.studentNumber = r.text(learner, "studentNumber", false);
            res.learner.id = r.text(learner, "profileId");
        }
        if (const JsonValue course = r.member(root, "course", JsonType::Object); course.exists()) {
            res.courseId = r.text(course, "id");
            res.courseVersion = r.text(course, "version", false);
            res.courseTitle = r.text(course, "title", false);
            res.pageCount = r.number(course, "pageCount", 0, 1'000'000).value_or(0);
        }
        res.pagesCompleted = r.ids(root, "pagesCompleted");
        if (res.pagesCompleted.size() > res.pageCount)
            r.fail(root.find("pagesCompleted"), QStringLiteral("more pages completed than the course has"));
        const JsonValue practice = r.member(root, "practice", JsonType::Array);
        for (std::size_t i = 0; i < practice.size(); ++i) {
            const JsonValue p = practice[i];
            if (!p.isObject()) {
                r.fail(p, QStringLiteral("a practice answer is an object"));
                continue;
            }
            r.text(p, "question");
            ++res.practiceChecked;
            const JsonValue correct = r.member(p, "correct", JsonType::Boolean);
            res.practiceCorrect += correct.exists() && correct.toBool() ? 1 : 0;
        }
        if (const JsonValue test = r.member(root, "selfTest", JsonType::Object, false); test.exists()) {
            res.selfTestId = r.text(test, "id");
            res.maxScore = r.number(test, "maxScore", 0, 100'000).value_or(0);
            res.passScore = r.number(test, "passScore", 0, res.maxScore, false);
            const JsonValue attempts = r.member(test, "attempts", JsonType::Array);
            for (std::size_t i = 0; i < attempts.size(); ++i) {
                const JsonValue a = attempts[i];
                if (!a.isObject()) {
                    r.fail(a, QStringLiteral("an attempt is an object"));
                    continue;
                }
                ResultAttempt attempt;
                attempt.number = r.number(a, "number", 1, 1'000'000).value_or(0);
                attempt.startedAt = r.time(a, "startedAt");
                attempt.submittedAt = r.time(a, "submittedAt");
                attempt.score = r.number(a, "score", 0, res.maxScore).value_or(0);
                if (const JsonValue passed = r.member(a, "passed", JsonType::Boolean, false); passed.exists())
                    attempt.passed = passed.toBool();
                attempt.wrong = r.ids(a, "wrong");
                const JsonValue answers = r.member(a, "answers", JsonType::Object);
                for (std::size_t k = 0; k < answers.size(); ++k) {
                    const std::string_view key = answers.keyAt(k);
                    QStringList options;
                    const JsonValue list = answers.valueAt(k);
                    if (!list.isArray()) {
                        r.fail(list, QStringLiteral("an answer is an array of option ids"));
                        continue;
                    }
                    for (std::size_t j = 0; j < list.size(); ++j) {
                        if (!list[j].isString()) {
                            r.fail(list[j], QStringLiteral("an option id must be a string"));
                            continue;
                        }
                        options << QString::fromUtf8(list[j].string().data(), qsizetype(list[j].string().size()));
                    }
                    attempt.answers.insert(QString::fromUtf8(key.data(), qsizetype(key.size())), options);
                }
                res.attempts.append(attempt);
            }
        }
    }
    if (r.problems.empty()) {
        out.results = res;
        return out;
    }
    out.diagnostics = locatedProblems(r, bytes, fileName);
    return out;
}

ResultsReadResult readResultsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        ResultsReadResult out;
        Diagnostic d;
        d.file = path;
        d.setText(DiagnosticText::verbatim(file.isOpen() ? QStringLiteral("larger than 16 MiB: not a results file")
                                                         : QStringLiteral("cannot be read: ") + file.errorString()));
        out.diagnostics << d;
        return out;
    }
    return readResults(file.readAll(), path);
}

} // namespace leerpad::xapi
