#pragma once

// Turns a learner event (core/session/learnerevent.h) into the xAPI 1.0.3 statements
// that report it, shaped after cmi5 without claiming conformance (docs/results.md):
//
//   CourseOpened     -> initialized (the course)
//   PageSeen         -> experienced (the page)
//   PracticeAnswered -> answered (a cmi.interaction: choices, correct pattern, response,
//   TestAnswered        success)
//   PageCompleted    -> progressed (the course, progress 0-100)
//   CourseCompleted  -> completed (the course)
//   AttemptSubmitted -> passed / failed (the self-test: score, success, duration), or
//                       scored when the test has no pass mark; never failed after a pass
//                       in the same registration
//   CourseClosed     -> terminated (the course, duration)
//
// Every statement gets its UUID and timestamp from the event, here, once: what the
// outbox stores is byte for byte what the LRS gets, however often it is sent.

#include "core/model/course.h"
#include "core/results/activityids.h"
#include "core/progress/storetypes.h"
#include "core/session/learnerevent.h"

#include <QJsonObject>

#include <memory>

namespace leerpad::xapi {

// Leerpad's own extensions, so a statement says on its own what a class report needs:
// the learner's profile (context; the account name may be a student number), which
// self-test attempt an answer or a score belongs to (context, the attempt number), how
// many pages the course has (context of "initialized", result of "progressed") and on
// "progressed" which page was completed (result).
inline constexpr char kProfileExtension[] = "urn:leerpad:extension:profile";
inline constexpr char kAttemptExtension[] = "urn:leerpad:extension:attempt";
inline constexpr char kCompletedPageExtension[] = "urn:leerpad:extension:completed-page";
inline constexpr char kPageCountExtension[] = "urn:leerpad:extension:page-count";

// Who the statements are about: an xAPI account on the installation's home page.
struct Learner
{
    QString displayName;
    QString accountName; // the student number, or the profile's id
    QString homePage;    // an IRL or URN naming the installation
    QString profileId = {}; // said in an extension; empty: not said
};

struct StatementContext
{
    Learner learner;
    QString registration; // per learner and course (the store keeps it)
    QString sessionId;    // per opening of the course
    QString platform;     // "Leerpad 1.2.0"
    QString activityBase; // empty: kDefaultActivityBase
};

class StatementBuilder
{
public:
    StatementBuilder(std::shared_ptr<const Course> course, StatementContext context);

    void setRegistration(const QString &registration) { m_context.registration = registration; }
    // The learner gave a name or a student number: later statements say it.
    void setLearner(const Learner &learner) { m_context.learner = learner; }
    const StatementContext &context() const { return m_context; }

    // The statements of one event; none for events xAPI has no verb for here (a choice
    // changed but not checked, a dialogue heard, a test started, a reset). passedBefore:
    // an earlier attempt of this registration passed (so a failed retake is no
    // "failed").
    QList<OutboxStatement> statementsFor(const LearnerEvent &event, bool passedBefore = false) const;

private:
    QJsonObject base(const LearnerEvent &event, const char *verb) const;
    QJsonObject courseActivity() const;
    QJsonObject pageActivity(const QString &pageId) const;
    QJsonObject interaction(const Question &question, const QString &id) const;
    QJsonObject answered(const LearnerEvent &event, const Question &question, bool selfTest) const;
    QJsonObject submitted(const LearnerEvent &event, bool passedBefore, bool *skip) const;
    QJsonObject names(const QString &text) const; // a language map in the course language
    OutboxStatement finish(QJsonObject statement, const LearnerEvent &event) const;

    std::shared_ptr<const Course> m_course;
    StatementContext m_context;
    ActivityIds m_ids; // from the course id and the activity base, fixed for the builder
};

// ISO 8601 duration at xAPI's 0.01 s precision: "PT1H2M3.45S".
QString isoDuration(qint64 ms);

} // namespace leerpad::xapi
