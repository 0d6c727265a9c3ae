#include "ui/selftest/selftestview.h"

#include "core/learning/selftestsession.h"
#include "ui/logging.h"
#include "ui/selftest/selftestresultspage.h"
#include "ui/selftest/selftestrunpage.h"
#include "ui/selftest/selftesttext.h"

#include <QFocusEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace leerpad {

SelfTestView::SelfTestView(SelfTestSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_stack(new QStackedWidget(this)),
      m_run(new SelfTestRunPage(session, this)), m_results(new SelfTestResultsPage(this))
{
    setObjectName(QStringLiteral("selfTestView"));
    setBackgroundRole(QPalette::Window);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_run);
    m_stack->addWidget(m_results);

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
    // is": the current question, or the score.
    if (m_stack->currentWidget() == m_run)
        m_run->focusQuestion();
    else
        m_results->scoreLabel()->setFocus(event->reason());
}

SelfTestView::Screen SelfTestView::screen() const
{
    if (m_stack->currentWidget() == m_results)
        return Screen::Results;
    return m_run->mode() == SelfTestRunPage::Mode::Test ? Screen::Question : Screen::Review;
}

void SelfTestView::showRun()
{
    m_stack->setCurrentWidget(m_run);
    m_run->focusQuestion(); // only a visible page can take focus
    emit screenChanged(screen());
}

void SelfTestView::start()
{
    const bool resuming = m_session->current() != nullptr;
    m_session->start();
    // Resume where the learner most likely left off: the first open question.
    const QList<int> open = m_session->openQuestions();
    m_run->startTest(resuming && !open.isEmpty() ? open.first() - 1 : 0);
    showRun();
}

void SelfTestView::startNewAttempt()
{
    m_session->startNew();
    m_run->startTest(0);
    showRun();
}

QString SelfTestView::submitConfirmationText() const
{
    const Attempt *current = m_session->current();
    if (!current)
        return {};
    return SelfTestText::submitConfirmation(m_session->openQuestions(),
                                            int(current->questionOrder.size()));
}

bool SelfTestView::confirmSubmit()
{
    const bool complete = m_session->openQuestions().isEmpty();
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
    if (!m_session->current() || screen() != Screen::Question)
        return false;
    if (!confirmSubmit())
        return false;
    if (auto error = m_session->submit()) {
        // The run page only records valid answers; reaching this is a bug, not a learner error.
        qCWarning(lcUi) << "attempt could not be scored:" << error->message;
        QMessageBox::warning(this, tr("Test inleveren"),
                             tr("De test kon niet worden nagekeken. Probeer het opnieuw."));
        return false;
    }
    showLatestResults();
    return true;
}

void SelfTestView::showLatestResults()
{
    if (const Attempt *latest = m_session->latestSubmitted())
        showResults(latest->id);
}

void SelfTestView::showResults(const QString &attemptId)
{
    const Attempt *attempt = m_session->attempt(attemptId);
    if (!attempt || !attempt->isSubmitted())
        return;
    m_resultsId = attemptId;
    m_results->showAttempt(m_session->test(), *attempt, m_session->history());
    m_stack->setCurrentWidget(m_results);
    m_results->announceScore();
    emit screenChanged(screen());
}

void SelfTestView::reviewQuestion(int index)
{
    if (!m_session->attempt(m_resultsId))
        return;
    m_run->startReview(m_resultsId, index);
    showRun();
}

} // namespace leerpad
