#pragma once

// One learner working through one loaded course: the course, where they are in it
// (Navigator), their self-test attempts (SelfTestSession), practice answers and
// dialogue positions, bound to the progress store under the course's own id. Every
// learner action arrives here as an intent, is committed to the store as one
// transaction, and is announced as a LearnerEvent; views only show the session. When
// results are reported (reportAs), each event's xAPI statements go into the store's
// outbox in the same transaction as the change the event reports.
//
// Opening a course means building a new session; the one before is closed first, and a
// closed session never writes again. So nothing is written for a course except by the
// session that holds it. QtCore only: tested without a display.

#include "core/model/course.h"
#include "core/progress/storetypes.h"
#include "core/session/learnerevent.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace leerpad {

class Navigator;
class ProgressStore;
class SelfTestSession;
namespace xapi {
class StatementBuilder;
struct Learner;
}

class CourseSession : public QObject
{
    Q_OBJECT
public:
    // Reads what the store holds for the course, fits it to the course as it is now
    // and puts the learner back where they were. Nothing is written until begin().
    // The store must outlive the session.
    CourseSession(std::shared_ptr<const Course> course, ProgressStore *store,
                  QObject *parent = nullptr);
    ~CourseSession() override; // closes

    // For tests: the clock that stamps events (UTC).
    void setClock(std::function<QDateTime()> now);
    // Reports every event from now on as xAPI statements about `learner`, under the
    // registration the store keeps for the course. Call before begin().
    // The learner named themselves: later statements carry the name (earlier ones stay
    // as they were stored, byte for byte). Nothing happens when nothing is reported.
    void setLearner(const xapi::Learner &learner);
    void reportAs(const xapi::Learner &learner, const QString &platform,
                  const QString &activityBase = {});
    bool isReporting() const { return m_statements != nullptr; }

    // Commits the opening (the current page counts as seen) and announces CourseOpened:
    // call once listeners are connected.
    void begin();
    // Ends the session. Everything was committed with the action that made it, so
    // closing writes nothing; afterwards every intent is ignored.
    void close();
    bool isClosed() const { return m_closed; }

    const Course &course() const { return *m_course; }
    std::shared_ptr<const Course> coursePointer() const { return m_course; }
    const CourseIndex &index() const { return m_course->index; }
    Navigator *navigator() const { return m_navigator; }
    // Null when the course has no self-test.
    SelfTestSession *selfTest() const { return m_selfTest; }
    ProgressStore *store() const { return m_store; }

    // Whether earlier progress was found, and what of it no longer fitted the course.
    bool wasResumed() const { return m_resumed; }
    const ReconcileReport &changes() const { return m_changes; }

    // --- What the learner did (intents) -----------------------------------------------
    std::optional<PracticeAnswer> practiceAnswer(const QString &questionId) const;
    // A practice question's choice changed, or was checked ("Controleren"): saved, and a
    // checked answer finishes its block.
    void answerPractice(const QString &questionId, const QStringList &optionIds, bool checked);
    // Where a dialogue was left (ms; 0 = from the start).
    qint64 audioPosition(const QString &blockId) const;
    void keepAudioPosition(const QString &blockId, qint64 positionMs);
    // A dialogue played to its end, or its transcript was opened.
    void finishDialogue(const QString &blockId);
    // "Voortgang wissen": everything of this course forgotten, back to the first page.
    void resetProgress();

signals:
    void learnerEvent(const leerpad::LearnerEvent &event);
    // After resetProgress(): the navigator and the self-test start afresh.
    void progressReset();

private:
    LearnerEvent newEvent(LearnerEvent::Kind kind) const;
    // Puts the event's statements with the store's next save (call right before it).
    void stage(const LearnerEvent &event);
    void announce(const LearnerEvent &event);
    void saveNavigation();
    void onNavigated(const NavigationChange &change);
    void connectSelfTest();
    const Question *practiceQuestion(const QString &questionId) const;

    std::shared_ptr<const Course> m_course;
    ProgressStore *m_store;
    Navigator *m_navigator;
    SelfTestSession *m_selfTest = nullptr;
    std::function<QDateTime()> m_now;
    std::shared_ptr<xapi::StatementBuilder> m_statements; // null: results are not reported
    QDateTime m_openedAt;
    ReconcileReport m_changes;
    bool m_resumed = false;
    bool m_begun = false;
    bool m_closed = false;
};

} // namespace leerpad
