#include "core/results/statementbuilder.h"

#include "core/learning/scoring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace leerpad::xapi {

namespace {

const QString kVerbs = QStringLiteral("http://adlnet.gov/expapi/verbs/");
const QString kActivities = QStringLiteral("http://adlnet.gov/expapi/activities/");
const QString kProgress = QStringLiteral("https://w3id.org/xapi/cmi5/result/extensions/progress");
const QString kSessionId = QStringLiteral("https://w3id.org/xapi/cmi5/context/extensions/sessionid");

// Adds one extension to the statement's context.
void addContextExtension(QJsonObject &statement, const QString &key, const QJsonValue &value)
{
    QJsonObject context = statement[QStringLiteral("context")].toObject();
    QJsonObject extensions = context[QStringLiteral("extensions")].toObject();
    extensions.insert(key, value);
    context.insert(QStringLiteral("extensions"), extensions);
    statement.insert(QStringLiteral("context"), context);
}

QJsonObject activity(const QString &id, const QJsonObject &definition)
{
    return {{QStringLiteral("objectType"), QStringLiteral("Activity")},
            {QStringLiteral("id"), id},
            {QStringLiteral("definition"), definition}};
}

// Shown and reported as true/false: the first option says the statement is true.
bool isTrueFalse(const Question &q)
{
    return q.type == Question::Type::TrueFalse && q.options.size() == 2;
}

// "a[,]b": xAPI's separator for the options of one choice response.
QString choicePattern(const QStringList &optionIds)
{
    QStringList sorted = optionIds;
    sorted.sort();
    return sorted.join(QStringLiteral("[,]"));
}

} // namespace

QString isoDuration(qint64 ms)
{
    const qint64 centis = qMax<qint64>(0, ms) / 10;
    const qint64 hours = centis / 360000;
    const qint64 minutes = centis / 6000 % 60;
    const qint64 seconds = centis / 100 % 60;
    const qint64 fraction = centis % 100;
    QString out = QStringLiteral("PT");
    if (hours)
        out += QString::number(hours) + QLatin1Char('H');
    if (hours || minutes)
        out += QString::number(minutes) + QLatin1Char('M');
    out += QString::number(seconds);
    if (fraction)
        out += QLatin1Char('.') + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    return out + QLatin1Char('S');
}

StatementBuilder::StatementBuilder(std::shared_ptr<const Course> course, StatementContext context)
    : m_course(std::move(course)), m_context(std::move(context)), m_ids(m_context.activityBase, m_course->id)
{
}

QJsonObject StatementBuilder::names(const QString &text) const
{
    const QString language = m_course->language.isEmpty() ? QStringLiteral("und") : m_course->language;
    return {{language, text}};
}

QJsonObject StatementBuilder::courseActivity() const
{
    return activity(m_ids.course(), {{QStringLiteral("type"), kActivities + QStringLiteral("course")},
                                   {QStringLiteral("name"), names(m_course->title)}});
}

QJsonObject StatementBuilder::pageActivity(const QString &pageId) const
{
    const int index = m_course->index.indexOf(pageId);
    const Page *page = m_course->page(index);
    QJsonObject definition{{QStringLiteral("type"), QStringLiteral("http://activitystrea.ms/schema/1.0/page")}};
    if (page && !page->title.isEmpty())
        definition.insert(QStringLiteral("name"), names(page->title));
    return activity(m_ids.page(pageId), definition);
}

QJsonObject StatementBuilder::base(const LearnerEvent &event, const char *verb) const
{
    const Learner &who = m_context.learner;
    QJsonObject actor{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                      {QStringLiteral("account"),
                       QJsonObject{{QStringLiteral("homePage"), who.homePage},
                                   {QStringLiteral("name"), who.accountName}}}};
    if (!who.displayName.isEmpty())
        actor.insert(QStringLiteral("name"), who.displayName);
    QJsonObject extensions{{kSessionId, m_context.sessionId}};
    if (!who.profileId.isEmpty())
        extensions.insert(QString::fromLatin1(kProfileExtension), who.profileId);
    QJsonObject context{
        {QStringLiteral("registration"), m_context.registration},
        {QStringLiteral("platform"), m_context.platform},
        {QStringLiteral("extensions"), extensions},
        {QStringLiteral("contextActivities"),
         QJsonObject{{QStringLiteral("grouping"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("id"), courseActivity()[QStringLiteral("id")]}}}}}}};
    if (!m_course->language.isEmpty())
        context.insert(QStringLiteral("language"), m_course->language);
    const QString verbName = QString::fromLatin1(verb);
    return {{QStringLiteral("actor"), actor},
            {QStringLiteral("verb"), QJsonObject{{QStringLiteral("id"), kVerbs + verbName},
                                                 {QStringLiteral("display"),
                                                  QJsonObject{{QStringLiteral("en-US"), verbName}}}}},
            {QStringLiteral("timestamp"), event.time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("context"), context}};
}

QJsonObject StatementBuilder::interaction(const Question &q, const QString &id) const
{
    const bool trueFalse = isTrueFalse(q);
    QJsonObject definition{{QStringLiteral("type"), kActivities + QStringLiteral("cmi.interaction")},
                           {QStringLiteral("name"), names(plainText(q.prompt))},
                           {QStringLiteral("interactionType"),
                            trueFalse ? QStringLiteral("true-false") : QStringLiteral("choice")}};
    if (trueFalse) {
        // The first option says the statement is true ("Juist"), as the player shows it.
        const bool isTrue = q.isCorrectOption(q.options.first().id);
        definition.insert(QStringLiteral("correctResponsesPattern"),
                          QJsonArray{isTrue ? QStringLiteral("true") : QStringLiteral("false")});
    } else {
        QJsonArray choices;
        for (const Option &o : q.options)
            choices.append(QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("description"), names(o.text)}});
        definition.insert(QStringLiteral("choices"), choices);
        definition.insert(QStringLiteral("correctResponsesPattern"), QJsonArray{choicePattern(q.correct)});
    }
    return activity(id, definition);
}

QJsonObject StatementBuilder::answered(const LearnerEvent &event, const Question &q, bool selfTest) const
{
    const QString testId = m_course->selfTest ? m_course->selfTest->id : QString();
    QJsonObject s = base(event, "answered");
    s.insert(QStringLiteral("object"),
             interaction(q, selfTest ? m_ids.selfTestQuestion(testId, q.id) : m_ids.practiceQuestion(q.id)));
    const QString response = isTrueFalse(q) ? (event.optionIds.value(0) == q.options.first().id ? QStringLiteral("true")
                                                                                             : QStringLiteral("false"))
                                       : choicePattern(event.optionIds);
    const QSet<QString> chosen(event.optionIds.cbegin(), event.optionIds.cend());
    s.insert(QStringLiteral("result"),
             QJsonObject{{QStringLiteral("response"), response},
                         {QStringLiteral("success"), judgeAnswer(q, chosen) == Outcome::Correct}});
    QJsonObject context = s[QStringLiteral("context")].toObject();
    QJsonObject activities = context[QStringLiteral("contextActivities")].toObject();
    const QString parent = selfTest ? m_ids.selfTest(testId) : m_ids.page(event.pageId);
    activities.insert(QStringLiteral("parent"), QJsonArray{QJsonObject{{QStringLiteral("id"), parent}}});
    context.insert(QStringLiteral("contextActivities"), activities);
    s.insert(QStringLiteral("context"), context);
    if (selfTest && event.attempt)
        addContextExtension(s, QString::fromLatin1(kAttemptExtension), event.attempt->number);
    return s;
}

QJsonObject StatementBuilder::submitted(const LearnerEvent &event, bool passedBefore, bool *skip) const
{
    const Attempt &attempt = *event.attempt;
    const Score &score = *attempt.score;
    const char *verb = !score.passed ? "scored" : *score.passed ? "passed" : "failed";
    *skip = score.passed == false && passedBefore;
    QJsonObject s = base(event, verb);
    s.insert(QStringLiteral("object"),
             activity(m_ids.selfTest(m_course->selfTest->id),
                      {{QStringLiteral("type"), kActivities + QStringLiteral("assessment")},
                       {QStringLiteral("name"), names(m_course->selfTest->title)}}));
    QJsonObject result{
        {QStringLiteral("score"),
         QJsonObject{{QStringLiteral("raw"), score.points},
                     {QStringLiteral("min"), 0},
                     {QStringLiteral("max"), score.maxPoints},
                     {QStringLiteral("scaled"), score.maxPoints > 0 ? double(score.points) / score.maxPoints : 0.0}}},
        {QStringLiteral("completion"), true},
        {QStringLiteral("duration"), isoDuration(attempt.startedAt.msecsTo(attempt.submittedAt))}};
    if (score.passed)
        result.insert(QStringLiteral("success"), *score.passed);
    s.insert(QStringLiteral("result"), result);
    addContextExtension(s, QString::fromLatin1(kAttemptExtension), attempt.number);
    return s;
}

OutboxStatement StatementBuilder::finish(QJsonObject statement, const LearnerEvent &event) const
{
    OutboxStatement out;
    out.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.courseId = event.courseId;
    out.registration = m_context.registration;
    statement.insert(QStringLiteral("id"), out.id);
    out.body = QJsonDocument(statement).toJson(QJsonDocument::Compact);
    return out;
}

QList<OutboxStatement> StatementBuilder::statementsFor(const LearnerEvent &event, bool passedBefore) const
{
    using Kind = LearnerEvent::Kind;
    QJsonObject s;
    switch (event.kind) {
    case Kind::CourseOpened:
        s = base(event, "initialized");
        s.insert(QStringLiteral("object"), courseActivity());
        addContextExtension(s, QString::fromLatin1(kPageCountExtension), m_course->pageCount());
        break;
    case Kind::PageSeen:
        s = base(event, "experienced");
        s.insert(QStringLiteral("object"), pageActivity(event.pageId));
        break;
    case Kind::PracticeAnswered: {
        const CourseIndex::BlockRef ref = m_course->index.find(event.questionId);
        const Question *q = ref.page < 0 ? nullptr : m_course->block(ref).question();
        if (!q)
            return {};
        s = answered(event, *q, false);
        break;
    }
    case Kind::TestAnswered: {
        const Question *q = nullptr;
        if (m_course->selfTest) {
            const auto &questions = m_course->selfTest->questions;
            const auto it = std::find_if(questions.cbegin(), questions.cend(),
                                         [&](const Question &c) { return c.id == event.questionId; });
            q = it == questions.cend() ? nullptr : &*it;
        }
        if (!q || event.optionIds.isEmpty())
            return {}; // a cleared answer is no answer
        s = answered(event, *q, true);
        break;
    }
    case Kind::PageCompleted:
        s = base(event, "progressed");
        s.insert(QStringLiteral("object"), courseActivity());
        s.insert(
            QStringLiteral("result"),
            QJsonObject{
                {QStringLiteral("extensions"),
                 QJsonObject{{kProgress, qRound(qBound(0.0, event.progress, 1.0) * 100)},
                             {QString::fromLatin1(kCompletedPageExtension), event.pageId},
                             {QString::fromLatin1(kPageCountExtension), m_course->pageCount()}}}});
        break;
    case Kind::CourseCompleted:
        s = base(event, "completed");
        s.insert(QStringLiteral("object"), courseActivity());
        s.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("completion"), true}});
        break;
    case Kind::AttemptSubmitted: {
        if (!event.attempt || !event.attempt->score || !m_course->selfTest)
            return {};
        bool skip = false;
        s = submitted(event, passedBefore, &skip);
        if (skip)
            return {};
        break;
    }
    case Kind::CourseClosed:
        s = base(event, "terminated");
        s.insert(QStringLiteral("object"), courseActivity());
        s.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("duration"), isoDuration(event.durationMs)}});
        break;
    case Kind::PracticeChanged:
    case Kind::DialogueFinished:
    case Kind::AttemptStarted:
    case Kind::ProgressReset:
        return {};
    }
    return {finish(s, event)};
}

} // namespace leerpad::xapi
