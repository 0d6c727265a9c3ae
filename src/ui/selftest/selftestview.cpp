#include "ui/selftest/selftestview.h"

#include "ui/selftest/selftestintropage.h"
#include "ui/selftest/selftestresultspage.h"
#include "ui/selftest/selftestrunpage.h"
#include "ui/selftest/selftesttext.h"
#include "ui/style/selftesttheme.h"
#include "ui/window/zoom.h"

#include <QApplication>
#include <QEvent>
#include <QFocusEvent>

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace leerpad {

SelfTestView::SelfTestView(std::shared_ptr<const Course> course, QWidget *parent)
    : QWidget(parent), m_course(std::move(course)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("selfTestView"));
    setAttribute(Qt::WA_StyledBackground);
    // Reading size like the page's, unless the application's font is larger already.
    QFont base = font();
    if (base.pointSizeF() < Zoom::kDefault) {
        base.setPointSizeF(Zoom::kDefault);
        setFont(base);
    }
    applyStyle();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    if (m_course && m_course->selfTest && !m_course->selfTest->questions.isEmpty())
        m_test = &*m_course->selfTest;

    if (!m_test) {
        m_unavailable = new QLabel(tr("Deze cursus heeft geen test."), this);
        m_unavailable->setObjectName(QStringLiteral("noSelfTest"));
        m_unavailable->setAlignment(Qt::AlignCenter);
        m_stack->addWidget(m_unavailable);
        return;
    }

    m_intro = new SelfTestIntroPage(this);
    m_intro->setTest(*m_test);
    m_run = new SelfTestRunPage(this);
    m_results = new SelfTestResultsPage(this);
    m_stack->addWidget(m_intro);
    m_stack->addWidget(m_run);
    m_stack->addWidget(m_results);
    updateIntro();

    connect(m_intro, &SelfTestIntroPage::startRequested, this, &SelfTestView::start);
    connect(m_intro, &SelfTestIntroPage::resultsRequested, this, [this] {
        if (!m_history.isEmpty())
            showResults(m_history.last().id);
    });
    connect(m_run, &SelfTestRunPage::attemptChanged, this, [this](const Attempt &attempt) {
        m_current = attempt;
        emit answerChanged(attempt);
    });
    connect(m_run, &SelfTestRunPage::submitRequested, this, &SelfTestView::requestSubmit);
    connect(m_run, &SelfTestRunPage::backToResultsRequested, this,
            [this] { showResults(m_resultsId); });
    connect(m_results, &SelfTestResultsPage::retakeRequested, this, &SelfTestView::startNewAttempt);
    connect(m_results, &SelfTestResultsPage::reviewRequested, this, &SelfTestView::reviewQuestion);
    connect(m_results, &SelfTestResultsPage::attemptRequested, this, [this](const QString &id) {
        if (id != m_resultsId)
            showResults(id);
    });
}

SelfTestView::~SelfTestView() = default;

void SelfTestView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    // Whoever focuses the view itself (the main window does) means "where the work
    // is": the start button, the current question, or the score.
    QWidget *page = m_stack->currentWidget();
    if (page == m_run)
        m_run->focusQuestion();
    else if (page == m_intro)
        m_intro->startButton()->setFocus(event->reason());
    else if (page == m_results)
        m_results->scoreLabel()->setFocus(event->reason());
}

void SelfTestView::applyStyle()
{
    // From the application's palette: the style sheet changes this widget's own.
    const QString css = selfTestStyleSheet(QApplication::palette(), font().pointSizeF());
    if (css != styleSheet())
        setStyleSheet(css);
}

void SelfTestView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange: // zoom: every size follows the view's font
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        applyStyle();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

SelfTestView::Screen SelfTestView::screen() const
{
    QWidget *page = m_stack->currentWidget();
    if (!m_test || page == m_unavailable)
        return Screen::Unavailable;
    if (page == m_run)
        return m_run->mode() == SelfTestRunPage::Mode::Test ? Screen::Question : Screen::Review;
    if (page == m_results)
        return Screen::Results;
    return Screen::Intro;
}

int SelfTestView::nextAttemptNumber() const
{
    int highest = m_current ? m_current->number : 0;
    for (const Attempt &a : m_history)
        highest = std::max(highest, a.number);
    return highest + 1;
}

const Attempt *SelfTestView::findAttempt(const QString &id) const
{
    for (const Attempt &a : m_history) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void SelfTestView::updateIntro()
{
    if (m_intro)
        m_intro->setState(m_current ? m_current->number : 0, !m_history.isEmpty());
}

void SelfTestView::start()
{
    if (!m_test)
        return;
    if (!m_current) {
        startNewAttempt();
        return;
    }
    // Resume where the learner most likely left off: the first open question.
    const QList<int> open = unansweredNumbers(*m_current);
    m_run->startTest(m_test, *m_current, open.isEmpty() ? 0 : open.first() - 1);
    m_stack->setCurrentWidget(m_run);
    m_run->focusQuestion(); // only a visible page can take focus
}

void SelfTestView::startNewAttempt()
{
    if (!m_test)
        return;
    // A new seed each time: a new order whenever the course allows shuffling.
    m_current = leerpad::startAttempt(*m_test, nextAttemptNumber(), newAttemptSeed(),
                                      QDateTime::currentDateTimeUtc());
    qCDebug(lcSelfTest) << "attempt" << m_current->number << "started, seed" << m_current->seed;
    updateIntro();
    m_run->startTest(m_test, *m_current, 0);
    m_stack->setCurrentWidget(m_run);
    m_run->focusQuestion(); // only a visible page can take focus
    emit attemptStarted(*m_current);
}

QString SelfTestView::submitConfirmationText() const
{
    if (!m_current)
        return {};
    return SelfTestText::submitConfirmation(unansweredNumbers(*m_current),
                                            int(m_current->questionOrder.size()));
}

bool SelfTestView::confirmSubmit()
{
    const bool complete = unansweredNumbers(*m_current).isEmpty();
    QMessageBox box(complete ? QMessageBox::Question : QMessageBox::Warning, tr("Test inleveren"),
                    submitConfirmationText(), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("submitConfirmation"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *submit = box.addButton(tr("&Inleveren"), QMessageBox::AcceptRole);
    submit->setObjectName(QStringLiteral("confirmSubmitButton"));
    QPushButton *back = box.addButton(tr("&Verder met de test"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("cancelSubmitButton"));
    // With open questions the safe choice is the default; Escape always goes back.
    box.setDefaultButton(complete ? submit : back);
    box.setEscapeButton(back);
    box.exec();
    return box.clickedButton() == submit;
}

bool SelfTestView::requestSubmit()
{
    if (!m_test || !m_current || screen() != Screen::Question)
        return false;
    if (!confirmSubmit())
        return false;
    submitCurrent();
    return true;
}

void SelfTestView::submitCurrent()
{
    Attempt attempt = *m_current;
    if (auto error = submitAttempt(*m_test, attempt, QDateTime::currentDateTimeUtc())) {
        // The run page only records valid answers; reaching this is a bug, not a learner error.
        qCWarning(lcSelfTest) << "attempt could not be scored:" << error->message;
        QMessageBox::warning(this, tr("Test inleveren"),
                             tr("De test kon niet worden nagekeken. Probeer het opnieuw."));
        return;
    }
    m_history.append(attempt);
    m_current.reset();
    updateIntro();
    emit attemptSubmitted(attempt);
    showResults(attempt.id);
}

void SelfTestView::showResults(const QString &attemptId)
{
    const Attempt *attempt = findAttempt(attemptId);
    if (!m_test || !attempt)
        return;
    m_resultsId = attemptId;
    m_results->showAttempt(*m_test, *attempt, m_history);
    m_stack->setCurrentWidget(m_results);
    m_results->announceScore();
}

void SelfTestView::reviewQuestion(int index)
{
    const Attempt *attempt = findAttempt(m_resultsId);
    if (!m_test || !attempt)
        return;
    m_run->startReview(m_test, *attempt, index);
    m_stack->setCurrentWidget(m_run);
    m_run->focusQuestion(); // only a visible page can take focus
}

void SelfTestView::setHistory(const QList<Attempt> &attempts)
{
    if (!m_test)
        return;
    m_history.clear();
    m_current.reset();
    for (Attempt a : attempts) {
        if (auto reason = attemptMismatch(*m_test, a)) {
            qCWarning(lcSelfTest) << "skipping stored attempt" << a.number << ":" << *reason;
            continue;
        }
        if (!a.isSubmitted()) {
            if (!m_current || a.number > m_current->number)
                m_current = a;
            continue;
        }
        if (!a.score) {
            // A store may keep only the answers; the score follows from them.
            ScoringResult scored = scoreAnswers(*m_test, a.answers);
            if (const Score *score = std::get_if<Score>(&scored))
                a.score = *score;
            else
                continue; // attemptMismatch() already validated the answers
        }
        m_history.append(a);
    }
    std::sort(m_history.begin(), m_history.end(),
              [](const Attempt &x, const Attempt &y) { return x.number < y.number; });
    // An unsubmitted attempt older than a submitted one was abandoned, not paused.
    if (m_current && !m_history.isEmpty() && m_current->number < m_history.last().number)
        m_current.reset();
    updateIntro();
    m_stack->setCurrentWidget(m_intro);
}

} // namespace leerpad
