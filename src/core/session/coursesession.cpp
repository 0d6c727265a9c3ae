#include "core/session/coursesession.h"

#include "core/learning/navigator.h"
#include "core/learning/scoring.h"
#include "core/learning/selftestsession.h"
#include "core/logging.h"
#include "core/progress/progressstore.h"
#include "core/progress/storekeys.h"
#include "core/results/statementbuilder.h"

#include <QUuid>

namespace leerpad {

CourseSession::CourseSession(std::shared_ptr<const Course> course, ProgressStore *store,
                             QObject *parent)
    : QObject(parent), m_course(std::move(course)), m_store(store), m_navigator(new Navigator(this)),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_navigator->setCourse(m_course->index);
    CourseResume resume = m_store->openCourse(courseKeys(*m_course));
    m_resumed = resume.resumed;
    m_changes = resume.report;
    if (m_resumed)
        m_navigator->restore(resume.progress.navigation);
    if (SelfTestSession::hasSelfTest(*m_course)) {
        m_selfTest = new SelfTestSession(m_course, this);
        m_selfTest->restore(resume.progress.attempts);
        connectSelfTest();
    }
    // Connected only now: restoring the state read from the store is not a change.
    // One commit per learner action, holding only what it changed.
    connect(m_navigator, &Navigator::changed, this, &CourseSession::onNavigated);
    connect(m_navigator, &Navigator::reset, this, &CourseSession::saveNavigation);
}

CourseSession::~CourseSession()
{
    close();
}

void CourseSession::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    if (m_selfTest) {
        SelfTestSession::Environment env;
        env.now = m_now;
        m_selfTest->setEnvironment(env);
    }
}

void CourseSession::reportAs(const xapi::Learner &learner, const QString &platform,
                             const QString &activityBase)
{
    xapi::StatementContext context;
    context.learner = learner;
    context.registration = m_store->registration(m_course->id);
    context.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    context.platform = platform;
    context.activityBase = activityBase;
    m_statements = std::make_shared<xapi::StatementBuilder>(m_course, context);
}

void CourseSession::setLearner(const xapi::Learner &learner)
{
    if (m_statements)
        m_statements->setLearner(learner);
}

void CourseSession::stage(const LearnerEvent &event)
{
    if (!m_statements)
        return;
    bool passedBefore = false;
    if (event.kind == LearnerEvent::Kind::AttemptSubmitted && m_selfTest && event.attempt) {
        for (const Attempt &a : m_selfTest->history()) {
            passedBefore = passedBefore
                           || (a.id != event.attempt->id && a.score && a.score->passed.value_or(false));
        }
    }
    m_store->stageStatements(m_statements->statementsFor(event, passedBefore));
}

void CourseSession::begin()
{
    if (m_begun || m_closed)
        return;
    m_begun = true;
    m_openedAt = m_now();
    const LearnerEvent opened = newEvent(LearnerEvent::Kind::CourseOpened);
    LearnerEvent seen = newEvent(LearnerEvent::Kind::PageSeen);
    seen.pageId = m_navigator->currentPageId();
    QList<LearnerEvent> events{opened, seen};
    // A first page with nothing to do was finished as it was shown, before anyone
    // listened: on a fresh start that is news, as it is for every later page.
    if (!m_resumed && m_navigator->isCompleted(seen.pageId)) {
        LearnerEvent done = newEvent(LearnerEvent::Kind::PageCompleted);
        done.pageId = seen.pageId;
        events.append(done);
    }
    for (const LearnerEvent &e : std::as_const(events))
        stage(e);
    saveNavigation();
    for (const LearnerEvent &e : std::as_const(events))
        announce(e);
}

void CourseSession::close()
{
    if (m_closed)
        return;
    m_closed = true;
    // Whatever the navigator or the self-test still say goes nowhere now.
    m_navigator->disconnect(this);
    if (m_selfTest)
        m_selfTest->disconnect(this);
    if (m_begun) {
        LearnerEvent closed = newEvent(LearnerEvent::Kind::CourseClosed);
        closed.durationMs = m_openedAt.msecsTo(closed.time);
        if (m_statements)
            m_store->saveStatements(m_course->id, m_statements->statementsFor(closed));
        announce(closed);
    }
    qCDebug(lcSession) << "closed" << m_course->id;
}

LearnerEvent CourseSession::newEvent(LearnerEvent::Kind kind) const
{
    LearnerEvent e;
    e.kind = kind;
    e.time = m_now();
    e.courseId = m_course->id;
    e.progress = m_navigator->progress();
    return e;
}

void CourseSession::announce(const LearnerEvent &event)
{
    emit learnerEvent(event);
}

void CourseSession::saveNavigation()
{
    // The whole state: when the session begins and after a reset.
    if (!m_closed)
        m_store->saveNavigation(m_course->id, m_navigator->state());
}

void CourseSession::onNavigated(const NavigationChange &change)
{
    if (m_closed)
        return;
    // The events first, so their statements go into the change's own transaction.
    QList<LearnerEvent> events;
    if (m_begun && change.moved) {
        LearnerEvent seen = newEvent(LearnerEvent::Kind::PageSeen);
        seen.pageId = change.currentPageId;
        events.append(seen);
    }
    bool finished = false;
    for (const auto &[pageId, state] : change.pages) {
        if (!m_begun || state != PageState::Completed)
            continue;
        LearnerEvent done = newEvent(LearnerEvent::Kind::PageCompleted);
        done.pageId = pageId;
        events.append(done);
        finished = true;
    }
    // Completed pages are only ever added (until a reset), so this is true once.
    if (finished && m_navigator->completedCount() == m_navigator->pageCount())
        events.append(newEvent(LearnerEvent::Kind::CourseCompleted));
    for (const LearnerEvent &e : std::as_const(events))
        stage(e);
    m_store->saveNavigationChange(m_course->id, change);
    for (const LearnerEvent &e : std::as_const(events))
        announce(e);
}

void CourseSession::connectSelfTest()
{
    connect(m_selfTest, &SelfTestSession::attemptStarted, this, [this](const Attempt &attempt) {
        LearnerEvent e = newEvent(LearnerEvent::Kind::AttemptStarted);
        e.attempt = attempt;
        stage(e);
        m_store->saveAttempt(m_course->id, attempt);
        announce(e);
    });
    connect(m_selfTest, &SelfTestSession::answered, this,
            [this](const Attempt &attempt, const QString &questionId) {
                LearnerEvent e = newEvent(LearnerEvent::Kind::TestAnswered);
                e.questionId = questionId;
                const QSet<QString> chosen = attempt.answers.value(questionId);
                e.optionIds = QStringList(chosen.cbegin(), chosen.cend());
                e.optionIds.sort();
                e.attempt = attempt;
                stage(e);
                m_store->saveAttempt(m_course->id, attempt);
                announce(e);
            });
    connect(m_selfTest, &SelfTestSession::attemptSubmitted, this, [this](const Attempt &attempt) {
        LearnerEvent e = newEvent(LearnerEvent::Kind::AttemptSubmitted);
        e.attempt = attempt;
        e.correct = attempt.score ? attempt.score->passed : std::nullopt;
        stage(e);
        m_store->saveAttempt(m_course->id, attempt);
        announce(e);
        // Handing in the test finishes its page, whatever the score.
        const int page = index().selfTestPage();
        if (page >= 0)
            m_navigator->markCompleted(index().pageId(page));
    });
}

const Question *CourseSession::practiceQuestion(const QString &questionId) const
{
    const CourseIndex::BlockRef ref = index().find(questionId);
    if (ref.page < 0)
        return nullptr;
    return m_course->block(ref).question();
}

std::optional<PracticeAnswer> CourseSession::practiceAnswer(const QString &questionId) const
{
    const CourseProgress *progress = m_store->progress(m_course->id);
    if (!progress)
        return std::nullopt;
    const auto it = progress->practice.constFind(questionId);
    return it == progress->practice.constEnd() ? std::nullopt : std::optional(*it);
}

void CourseSession::answerPractice(const QString &questionId, const QStringList &optionIds,
                                   bool checked)
{
    const Question *question = practiceQuestion(questionId);
    if (m_closed || !question) {
        qCWarning(lcSession) << "practice answer ignored for" << questionId;
        return;
    }
    LearnerEvent e = newEvent(checked ? LearnerEvent::Kind::PracticeAnswered
                                   : LearnerEvent::Kind::PracticeChanged);
    e.questionId = questionId;
    e.blockId = questionId;
    e.pageId = index().pageId(index().find(questionId).page);
    e.optionIds = optionIds;
    if (checked) {
        e.correct = judgeAnswer(*question, QSet<QString>(optionIds.cbegin(), optionIds.cend()))
                    == Outcome::Correct;
    }
    stage(e);
    m_store->savePracticeAnswer(m_course->id, questionId, PracticeAnswer{optionIds, checked});
    announce(e);
    if (checked)
        m_navigator->markBlockDone(e.pageId, questionId);
}

qint64 CourseSession::audioPosition(const QString &blockId) const
{
    const CourseProgress *progress = m_store->progress(m_course->id);
    return progress ? progress->audioPositions.value(blockId, 0) : 0;
}

void CourseSession::keepAudioPosition(const QString &blockId, qint64 positionMs)
{
    if (m_closed || index().find(blockId).page < 0)
        return;
    if (audioPosition(blockId) == positionMs)
        return;
    m_store->saveAudioPosition(m_course->id, blockId, positionMs);
}

void CourseSession::finishDialogue(const QString &blockId)
{
    const CourseIndex::BlockRef ref = index().find(blockId);
    if (m_closed || ref.page < 0)
        return;
    LearnerEvent e = newEvent(LearnerEvent::Kind::DialogueFinished);
    e.blockId = blockId;
    e.pageId = index().pageId(ref.page);
    announce(e);
    m_navigator->markBlockDone(e.pageId, blockId);
}

void CourseSession::resetProgress()
{
    if (m_closed)
        return;
    m_store->reset(m_course->id);
    // Starting over is a new registration: what was reported stays the old one's.
    if (m_statements)
        m_statements->setRegistration(m_store->registration(m_course->id));
    if (m_selfTest)
        m_selfTest->clear();
    // Back to the first page with nothing visited; the navigator reports, we save.
    m_navigator->setCourse(index());
    announce(newEvent(LearnerEvent::Kind::ProgressReset));
    qCInfo(lcSession) << "progress reset for" << m_course->id;
    emit progressReset();
}

} // namespace leerpad
