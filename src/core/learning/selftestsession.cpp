#include "core/learning/selftestsession.h"

#include "core/logging.h"

#include <algorithm>

namespace leerpad {

SelfTestSession::SelfTestSession(std::shared_ptr<const Course> course, QObject *parent)
    : QObject(parent), m_course(std::move(course)), m_test(&*m_course->selfTest)
{
    Q_ASSERT(hasSelfTest(*m_course));
}

bool SelfTestSession::hasSelfTest(const Course &course)
{
    return course.selfTest && !course.selfTest->questions.isEmpty();
}

int SelfTestSession::restore(const QList<Attempt> &stored)
{
    m_history.clear();
    m_current.reset();
    int skipped = 0;
    for (Attempt a : stored) {
        if (auto reason = attemptMismatch(*m_test, a)) {
            qCWarning(lcSelfTest) << "skipping stored attempt" << a.number << ":" << *reason;
            ++skipped;
            continue;
        }
        if (!a.isSubmitted()) {
            if (!m_current || a.number > m_current->number)
                m_current = a;
            continue;
        }
        // A file keeps only the answers; the score follows from them, by today's rules.
        ScoringResult scored = scoreAnswers(*m_test, a.answers);
        a.score = std::get<Score>(std::move(scored)); // attemptMismatch() validated them
        m_history.append(a);
    }
    std::sort(m_history.begin(), m_history.end(),
              [](const Attempt &x, const Attempt &y) { return x.number < y.number; });
    if (m_current && !m_history.isEmpty() && m_current->number < m_history.last().number)
        m_current.reset();
    return skipped;
}

void SelfTestSession::clear()
{
    m_history.clear();
    m_current.reset();
}

const Attempt *SelfTestSession::attempt(const QString &attemptId) const
{
    if (m_current && m_current->id == attemptId)
        return &*m_current;
    for (const Attempt &a : m_history) {
        if (a.id == attemptId)
            return &a;
    }
    return nullptr;
}

const Attempt *SelfTestSession::latestSubmitted() const
{
    return m_history.isEmpty() ? nullptr : &m_history.last();
}

bool SelfTestSession::hasPassed() const
{
    return std::any_of(m_history.cbegin(), m_history.cend(), [](const Attempt &a) {
        return a.score && a.score->passed.value_or(false);
    });
}

QList<int> SelfTestSession::openQuestions() const
{
    return m_current ? unansweredNumbers(*m_current) : QList<int>{};
}

int SelfTestSession::nextNumber() const
{
    int highest = m_current ? m_current->number : 0;
    for (const Attempt &a : m_history)
        highest = std::max(highest, a.number);
    return highest + 1;
}

const Attempt &SelfTestSession::start()
{
    if (m_current)
        return *m_current;
    return startNew();
}

const Attempt &SelfTestSession::startNew()
{
    // A new seed each time: a new order whenever the course allows shuffling.
    m_current = startAttempt(*m_test, nextNumber(), m_env.newSeed(), m_env.now());
    m_current->courseVersion = m_course->version;
    qCDebug(lcSelfTest) << "attempt" << m_current->number << "started, seed" << m_current->seed;
    emit attemptStarted(*m_current);
    return *m_current;
}

std::optional<ScoringError> SelfTestSession::answer(const QString &questionId,
                                                    const QSet<QString> &optionIds)
{
    if (!m_current) {
        return ScoringError{ScoringError::Kind::UnknownQuestion, questionId, {},
                            QStringLiteral("no attempt in progress")};
    }
    if (auto error = validateAnswers(*m_test, Answers{{questionId, optionIds}}))
        return error;
    if (m_current->answers.value(questionId) == optionIds)
        return std::nullopt; // nothing changes, nothing to commit
    setAnswer(*m_test, *m_current, questionId, optionIds);
    emit answered(*m_current, questionId);
    return std::nullopt;
}

std::optional<ScoringError> SelfTestSession::submit()
{
    if (!m_current) {
        return ScoringError{ScoringError::Kind::UnknownQuestion, {}, {},
                            QStringLiteral("no attempt in progress")};
    }
    Attempt attempt = *m_current;
    if (auto error = submitAttempt(*m_test, attempt, m_env.now()))
        return error;
    m_history.append(attempt);
    m_current.reset();
    emit attemptSubmitted(m_history.last());
    return std::nullopt;
}

} // namespace leerpad
