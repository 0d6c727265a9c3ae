#include "core/results/statementsfile.h"

#include "core/results/resultsreader.h"
#include "core/results/statementbuilder.h"

#include <QMap>
#include <QRegularExpression>
#include <QUrl>

namespace leerpad::xapi {

namespace {

const QString kVerbs = QStringLiteral("http://adlnet.gov/expapi/verbs/");

QString str(const JsonValue &v)
{
    return v.isString() ? QString::fromUtf8(v.string().data(), qsizetype(v.string().size()))
                        : QString();
}

// The id part of an activity IRI after `prefix` (activityids.cpp percent-encodes it).
QString idAfter(const QString &iri, const QString &prefix)
{
    return QUrl::fromPercentEncoding(iri.mid(prefix.size()).toUtf8());
}

// The first text of a language map ({"nl-NL": "…"}).
QString firstName(const JsonValue &definition)
{
    const JsonValue names = definition.find("name");
    return names.isObject() && names.size() > 0 ? str(names.valueAt(0)) : QString();
}

struct AnswerSeen
{
    QStringList options;
    bool success = false;
};

struct AttemptSeen
{
    QMap<QString, AnswerSeen> answers; // question id -> the last answer
    std::optional<ResultAttempt> submitted;
};

// What one file's statements say, gathered while reading them in event order.
struct Gathered
{
    QString courseActivity;       // the first statement's course IRI
    QString accountKey;           // homePage + account name of the first statement
    QMap<QString, bool> practice; // question id -> its last check was right
    QMap<int, AttemptSeen> attempts;
};

void readOne(FieldReader &r, const JsonValue &st, Gathered &g, LearnerResults &res)
{
    const JsonValue actor = r.member(st, "actor", JsonType::Object);
    const JsonValue verb = r.member(st, "verb", JsonType::Object);
    const JsonValue object = r.member(st, "object", JsonType::Object);
    const JsonValue context = r.member(st, "context", JsonType::Object);
    r.text(st, "id");
    const QDateTime when = r.time(st, "timestamp");
    if (!actor.exists() || !verb.exists() || !object.exists() || !context.exists())
        return;
    const JsonValue grouping = context.find("contextActivities").find("grouping");
    const QString course =
        grouping.isArray() && grouping.size() > 0 ? str(grouping[0].find("id")) : QString();
    const int marker = course.lastIndexOf(QStringLiteral("course:"));
    if (marker < 0) {
        r.fail(context,
               QStringLiteral("not a Leerpad statement: no course in contextActivities.grouping"));
        return;
    }
    if (g.courseActivity.isEmpty()) {
        g.courseActivity = course;
        res.courseId = idAfter(course, course.left(marker + 7));
    } else if (course != g.courseActivity) {
        ++res.otherCourseStatements;
        return;
    }
    const JsonValue account = r.member(actor, "account", JsonType::Object);
    if (!account.exists())
        return;
    const QString accountKey =
        r.text(account, "homePage") + QLatin1Char(' ') + r.text(account, "name");
    if (g.accountKey.isEmpty()) {
        g.accountKey = accountKey;
        res.learner.studentNumber = str(account.find("name"));
    } else if (accountKey != g.accountKey) {
        r.fail(
            actor,
            QStringLiteral(
                "about another learner than the first statement: a results file is one learner's"));
        return;
    }
    if (const QString name = str(actor.find("name")); !name.isEmpty())
        res.learner.name = name; // the latest name counts
    const JsonValue extensions = context.find("extensions");
    if (const QString profile = str(extensions.find(kProfileExtension)); !profile.isEmpty())
        res.learner.id = profile;
    if (res.registration.isEmpty())
        res.registration = r.text(context, "registration", false);
    if (when.isValid() && (!res.exportedAt.isValid() || when > res.exportedAt))
        res.exportedAt = when; // the file is as new as its last event

    const QString verbId = r.text(verb, "id");
    const QString objectId = r.text(object, "id");
    const JsonValue result = st.find("result");
    const JsonValue attemptNumber = extensions.find(kAttemptExtension);
    const QString selfTestPrefix = g.courseActivity + QStringLiteral(":selftest:");
    if (objectId == g.courseActivity) {
        if (const QString title = firstName(object.find("definition")); !title.isEmpty())
            res.courseTitle = title;
    }
    if (verbId == kVerbs + QLatin1String("progressed")) {
        const JsonValue ext = result.find("extensions");
        const QString page = str(ext.find(kCompletedPageExtension));
        if (!page.isEmpty() && !res.pagesCompleted.contains(page))
            res.pagesCompleted << page;
        if (const JsonValue count = ext.find(kPageCountExtension); count.isInteger())
            res.pageCount = int(count.toInt64());
    } else if (verbId == kVerbs + QLatin1String("initialized")) {
        if (const JsonValue count = extensions.find(kPageCountExtension); count.isInteger())
            res.pageCount = int(count.toInt64());
    } else if (verbId == kVerbs + QLatin1String("answered")) {
        const JsonValue success = r.member(result, "success", JsonType::Boolean);
        const QString response = r.text(result, "response");
        const bool right = success.exists() && success.toBool();
        const int q = objectId.lastIndexOf(QStringLiteral(":question:"));
        if (q < 0)
            return;
        const QString questionId = idAfter(objectId, objectId.left(q + 10));
        if (objectId.startsWith(selfTestPrefix)) {
            if (!attemptNumber.isInteger()) {
                r.fail(context, QStringLiteral("a self-test answer without its attempt number (%1)")
                                    .arg(QLatin1String(kAttemptExtension)));
                return;
            }
            g.attempts[int(attemptNumber.toInt64())].answers[questionId] = {
                response.split(QStringLiteral("[,]"), Qt::SkipEmptyParts), right};
        } else {
            g.practice[questionId] = right;
        }
    } else if (objectId.startsWith(selfTestPrefix) &&
               (verbId == kVerbs + QLatin1String("passed") ||
                verbId == kVerbs + QLatin1String("failed") ||
                verbId == kVerbs + QLatin1String("scored"))) {
        res.selfTestId = idAfter(objectId, selfTestPrefix);
        const JsonValue score = r.member(result, "score", JsonType::Object);
        ResultAttempt a;
        a.number = int(attemptNumber.isInteger() ? attemptNumber.toInt64() : g.attempts.size() + 1);
        if (score.exists()) {
            res.maxScore = std::max(res.maxScore, r.number(score, "max", 0, 100'000).value_or(0));
            a.score = r.number(score, "raw", 0, res.maxScore).value_or(0);
        }
        if (const JsonValue success = result.find("success"); success.isBoolean())
            a.passed = success.toBool();
        a.submittedAt = when;
        a.startedAt = when; // the duration is ISO 8601; the report needs only the order
        g.attempts[a.number].submitted = a;
    }
}

} // namespace

QByteArray statementsFileBytes(const QList<OutboxStatement> &statements)
{
    QByteArray out("[\n");
    for (qsizetype i = 0; i < statements.size(); ++i)
        out += statements.at(i).body + (i + 1 < statements.size() ? ",\n" : "\n");
    return out + "]\n";
}

QString resultsFileName(const QString &learner, const QString &courseId, const QDate &date)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\s/\\\\:*?\"<>|]+"));
    QString who = learner.simplified().replace(unsafe, QStringLiteral("-"));
    if (who.isEmpty())
        who = QStringLiteral("leerling");
    QString course = QString(courseId).replace(unsafe, QStringLiteral("-"));
    return QStringLiteral("%1-%2-%3.json").arg(who, course, date.toString(Qt::ISODate));
}

void readStatementArray(FieldReader &r, const JsonValue &root, LearnerResults &res)
{
    Gathered g;
    for (std::size_t i = 0; i < root.size(); ++i) {
        if (!root[i].isObject()) {
            r.fail(root[i], QStringLiteral("a statement is a JSON object"));
            continue;
        }
        readOne(r, root[i], g, res);
    }
    if (root.size() == 0)
        r.fail(root, QStringLiteral("no statements: the learner has not started the course"));
    // The account name is the student number, or the profile id when there is none.
    if (res.learner.id.isEmpty())
        res.learner.id =
            std::exchange(res.learner.studentNumber, QString()); // no profile extension
    else if (res.learner.studentNumber == res.learner.id)
        res.learner.studentNumber.clear();
    res.practiceChecked = int(g.practice.size());
    res.practiceCorrect = int(std::count(g.practice.cbegin(), g.practice.cend(), true));
    for (auto it = g.attempts.cbegin(); it != g.attempts.cend(); ++it) {
        if (!it->submitted)
            continue; // answered but not handed in
        ResultAttempt a = *it->submitted;
        for (auto q = it->answers.cbegin(); q != it->answers.cend(); ++q) {
            a.answers.insert(q.key(), q->options);
            if (!q->success)
                a.wrong << q.key();
        }
        res.attempts << a;
    }
}

} // namespace leerpad::xapi
