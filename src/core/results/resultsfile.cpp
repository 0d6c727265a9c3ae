#include "core/results/resultsfile.h"

#include "core/learning/selftestsession.h"
#include "core/loader/jsonlocator.h"
#include "core/loader/jsonreader.h"
#include "core/loader/textposition.h"
#include "core/progress/progressstore.h"
#include "core/session/coursesession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leerpad::xapi {

namespace {

const QString kFormat = QStringLiteral("leerpad-results");
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024; // a class's file is kilobytes

QJsonArray toArray(QStringList ids)
{
    ids.sort();
    return QJsonArray::fromStringList(ids);
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

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

QByteArray resultsFileBytes(const CourseSession &session, const LearnerProfile &learner,
                            const QDateTime &exportedAt, const QString &player)
{
    const Course &course = session.course();
    // What was saved, not what the navigator holds: a session that was never begun has
    // its first page "shown" without the learner having seen it.
    QStringList completed;
    if (const CourseProgress *saved = session.store()->progress(course.id)) {
        for (int i = 0; i < course.pageCount(); ++i) {
            if (saved->navigation.completed.contains(course.index.pageId(i)))
                completed << course.index.pageId(i);
        }
    }
    QJsonArray practice;
    for (const CourseIndex::BlockRef &ref : course.index.questionBlocks()) {
        const Question *q = course.block(ref).question();
        const auto answer = q ? session.practiceAnswer(q->id) : std::nullopt;
        if (!answer || !answer->checked)
            continue;
        const QSet<QString> chosen(answer->optionIds.cbegin(), answer->optionIds.cend());
        practice.append(QJsonObject{{QStringLiteral("question"), q->id},
                                    {QStringLiteral("options"), toArray(answer->optionIds)},
                                    {QStringLiteral("correct"), judgeAnswer(*q, chosen) == Outcome::Correct}});
    }
    QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("exportedAt"), stamp(exportedAt)},
        {QStringLiteral("player"), player},
        {QStringLiteral("learner"), QJsonObject{{QStringLiteral("name"), learner.name},
                                                {QStringLiteral("studentNumber"), learner.studentNumber},
                                                {QStringLiteral("profileId"), learner.id}}},
        {QStringLiteral("course"), QJsonObject{{QStringLiteral("id"), course.id},
                                               {QStringLiteral("version"), course.version},
                                               {QStringLiteral("title"), course.title},
                                               {QStringLiteral("pageCount"), course.pageCount()}}},
        {QStringLiteral("registration"), session.store()->registration(course.id)},
        {QStringLiteral("pagesCompleted"), toArray(completed)},
        {QStringLiteral("practice"), practice},
    };
    if (const SelfTestSession *test = session.selfTest()) {
        QJsonArray attempts;
        for (const Attempt &a : test->history()) {
            if (!a.score)
                continue;
            QJsonObject answers;
            for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it)
                answers.insert(it.key(), toArray(QStringList(it.value().cbegin(), it.value().cend())));
            QStringList wrong;
            for (const QuestionResult &r : a.score->results) {
                if (r.outcome != Outcome::Correct)
                    wrong << r.questionId;
            }
            QJsonObject attempt{{QStringLiteral("number"), a.number},
                                {QStringLiteral("startedAt"), stamp(a.startedAt)},
                                {QStringLiteral("submittedAt"), stamp(a.submittedAt)},
                                {QStringLiteral("score"), a.score->points},
                                {QStringLiteral("answers"), answers},
                                {QStringLiteral("wrong"), toArray(wrong)}};
            if (a.score->passed)
                attempt.insert(QStringLiteral("passed"), *a.score->passed);
            attempts.append(attempt);
        }
        QJsonObject selfTest{{QStringLiteral("id"), test->test().id},
                             {QStringLiteral("maxScore"), int(test->test().questions.size())},
                             {QStringLiteral("attempts"), attempts}};
        if (test->test().passScore)
            selfTest.insert(QStringLiteral("passScore"), *test->test().passScore);
        root.insert(QStringLiteral("selfTest"), selfTest);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// Reads the fields of a parsed file, collecting each problem with its JSON pointer.
class Reader
{
public:
    struct Problem
    {
        std::string pointer;
        QString message;
    };
    std::vector<Problem> problems;

    void fail(const JsonValue &at, const QString &message) { problems.push_back({at.pointer(), message}); }

    JsonValue member(const JsonValue &object, const char *key, JsonType type, bool required = true)
    {
        const JsonValue v = object.find(key);
        if (!v.exists()) {
            if (required)
                problems.push_back({object.pointer() + "/" + key,
                                    QStringLiteral("'%1' is missing").arg(QLatin1String(key))});
            return {};
        }
        const bool ok = type == JsonType::Integer ? v.isInteger() : v.type() == type;
        if (!ok) {
            fail(v, QStringLiteral("'%1' must be %2").arg(QLatin1String(key), typeName(type)));
            return {};
        }
        return v;
    }
    QString text(const JsonValue &object, const char *key, bool required = true)
    {
        const JsonValue v = member(object, key, JsonType::String, required);
        return v.exists() ? QString::fromUtf8(v.string().data(), qsizetype(v.string().size())) : QString();
    }
    std::optional<int> number(const JsonValue &object, const char *key, int low, int high, bool required = true)
    {
        const JsonValue v = member(object, key, JsonType::Integer, required);
        if (!v.exists())
            return std::nullopt;
        if (v.toInt64() < low || v.toInt64() > high) {
            fail(v, QStringLiteral("'%1' must be from %2 to %3").arg(QLatin1String(key)).arg(low).arg(high));
            return std::nullopt;
        }
        return int(v.toInt64());
    }
    QDateTime time(const JsonValue &object, const char *key)
    {
        const QString s = text(object, key);
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!s.isEmpty() && !t.isValid())
            fail(object.find(key), QStringLiteral("'%1' is not a time like 2026-12-07T09:30:00Z").arg(QLatin1String(key)));
        return t;
    }
    QStringList ids(const JsonValue &object, const char *key)
    {
        QStringList out;
        const JsonValue list = member(object, key, JsonType::Array);
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!list[i].isString()) {
                fail(list[i], QStringLiteral("an id must be a string"));
                continue;
            }
            out << QString::fromUtf8(list[i].string().data(), qsizetype(list[i].string().size()));
        }
        return out;
    }

private:
    static QString typeName(JsonType type)
    {
        switch (type) {
        case JsonType::String: return QStringLiteral("a string");
        case JsonType::Integer: return QStringLiteral("a whole number");
        case JsonType::Boolean: return QStringLiteral("true or false");
        case JsonType::Array: return QStringLiteral("an array");
        case JsonType::Object: return QStringLiteral("an object");
        default: return QStringLiteral("a value");
        }
    }
};

Diagnostic diagnosticAt(const QString &file, const QByteArray &bytes, std::size_t offset, const std::string &pointer,
                        const QString &message)
{
    Diagnostic d;
    d.file = file;
    const TextPosition at = positionAt(bytes, qsizetype(offset));
    d.line = at.line;
    d.column = at.column;
    d.pointer = QString::fromStdString(pointer);
    d.setText(DiagnosticText::verbatim(message));
    return d;
}

} // namespace

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
    Reader r;
    for (const JsonIssue &issue : parsed.structureErrors)
        r.problems.push_back({issue.pointer, issue.message.english()});
    const JsonValue root = parsed.doc.root();
    LearnerResults res;
    res.file = fileName;
    if (!root.isObject()) {
        r.fail(root, QStringLiteral("a results file is a JSON object"));
    } else if (r.text(root, "format") != kFormat) {
        r.fail(root.find("format").exists() ? root.find("format") : root,
               QStringLiteral("not a Leerpad results file ('format' must be \"%1\")").arg(kFormat));
    } else if (const auto version = r.number(root, "formatVersion", 1, 1000); version && *version > kFormatVersion) {
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
    std::vector<std::string> wanted;
    for (const Reader::Problem &p : r.problems)
        wanted.push_back(p.pointer);
    const JsonLocator locator(view, wanted);
    for (const Reader::Problem &p : r.problems)
        out.diagnostics << diagnosticAt(fileName, bytes, locator.offsetOf(p.pointer), p.pointer, p.message);
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
