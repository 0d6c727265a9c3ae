#pragma once

// The self-test rules for one learner in one course: which attempts count (stored ones
// that no longer fit the test are set aside), what they scored (rescored from their
// answers, never trusted from a file), which attempt is in progress and may be resumed,
// and starting, answering and submitting. Views show it and send intents; the course
// session commits every change it announces. QtCore only: tested without a display.

#include "core/learning/attempt.h"
#include "core/model/course.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace leerpad {

class SelfTestSession : public QObject
{
    Q_OBJECT
public:
    // What the session needs from the world, replaceable in tests.
    struct Environment
    {
        std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
        std::function<quint64()> newSeed = &newAttemptSeed;
    };

    // course must have a self-test with at least one question (see hasSelfTest()).
    explicit SelfTestSession(std::shared_ptr<const Course> course, QObject *parent = nullptr);
    static bool hasSelfTest(const Course &course);

    void setEnvironment(Environment environment) { m_env = std::move(environment); }

    // Puts back stored attempts, in any order. Submitted ones join the history,
    // rescored; the newest unsubmitted one becomes the attempt in progress, unless a
    // later attempt was submitted (then it was abandoned). Attempts that no longer fit
    // the test are skipped; returns how many.
    int restore(const QList<Attempt> &stored);
    // Forgets every attempt (the learner wiped their progress). Nothing is announced.
    void clear();

    const SelfTest &test() const { return *m_test; }
    // Submitted attempts, oldest first, each with its score.
    const QList<Attempt> &history() const { return m_history; }
    // The attempt in progress, or null.
    const Attempt *current() const { return m_current ? &*m_current : nullptr; }
    const Attempt *attempt(const QString &attemptId) const; // current or submitted
    const Attempt *latestSubmitted() const;
    // Whether any submitted attempt passed (the test has a pass mark and it was met).
    bool hasPassed() const;
    // 1-based numbers of the current attempt's questions without an answer.
    QList<int> openQuestions() const;

    // Resumes the attempt in progress, or starts a new one.
    const Attempt &start();
    // Always a new attempt with a new seed (a retake); an attempt in progress is dropped.
    const Attempt &startNew();
    // Records (an empty set clears) the answer to a question of the current attempt.
    // Refused, changing nothing, when there is no attempt in progress or the answer
    // could not be scored (an unknown question or option, two options for a single).
    std::optional<ScoringError> answer(const QString &questionId, const QSet<QString> &optionIds);
    // Scores the current attempt and moves it into the history.
    std::optional<ScoringError> submit();

signals:
    // Each hands out the attempt as it is now (valid until the next change).
    void attemptStarted(const leerpad::Attempt &attempt);
    void answered(const leerpad::Attempt &attempt, const QString &questionId);
    void attemptSubmitted(const leerpad::Attempt &attempt);

private:
    int nextNumber() const;

    std::shared_ptr<const Course> m_course;
    const SelfTest *m_test;
    Environment m_env;
    std::optional<Attempt> m_current;
    QList<Attempt> m_history;
};

} // namespace leerpad
