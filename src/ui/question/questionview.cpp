#include "ui/question/questionview.h"

#include "core/learning/practice.h"
#include "core/learning/scoring.h"
#include "ui/question/feedbackpanel.h"
#include "ui/question/optionrow.h"
#include "ui/question/questionwidget.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace leerpad {

QuestionView::QuestionView(const Question &question, QWidget *parent)
    : QWidget(parent), m_data(question), m_question(new QuestionWidget(this)),
      m_check(new QPushButton(tr("Controleren"), this)),
      m_retry(new QPushButton(tr("Opnieuw proberen"), this)), m_feedback(new FeedbackPanel(this))
{
    // A fixed order per question, not always the author's (see practiceOptionOrder()).
    m_question->showQuestion(m_data, practiceOptionOrder(m_data));
    connect(m_question, &QuestionWidget::chosenChanged, this, [this] {
        updateCheckButton();
        if (!m_keyShown)
            emit answerChanged(chosenIds(), false);
    });

    m_check->setAutoDefault(false);
    m_check->setAccessibleDescription(tr("Kijk of je antwoord goed is"));
    m_retry->setAutoDefault(false);
    m_retry->setAccessibleDescription(tr("Wist je antwoord zodat je het nog eens kunt proberen"));
    m_retry->hide();
    connect(m_check, &QPushButton::clicked, this, &QuestionView::check);
    connect(m_retry, &QPushButton::clicked, this, &QuestionView::retry);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addWidget(m_check);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_question);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);

    // Tab in reading order: the options, then Controleren, Opnieuw proberen and the
    // feedback. The options are made after the buttons, so creation order would put them
    // last.
    QWidget *previous = nullptr;
    for (const OptionRow *row : m_question->rows()) {
        if (previous)
            setTabOrder(previous, row->button());
        previous = row->button();
    }
    for (QWidget *w : {static_cast<QWidget *>(m_check), static_cast<QWidget *>(m_retry),
                       static_cast<QWidget *>(m_feedback)}) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    restyle();
    updateCheckButton();
}

const QList<OptionRow *> &QuestionView::optionRows() const
{
    return m_question->rows();
}

QStringList QuestionView::chosenIds() const
{
    // The question's own order, whatever order the options are shown in.
    const QSet<QString> chosen = m_question->chosen();
    QStringList ids;
    for (const Option &o : m_data.options) {
        if (chosen.contains(o.id))
            ids << o.id;
    }
    return ids;
}

void QuestionView::chooseOption(int index)
{
    if (!m_checked)
        m_question->chooseByNumber(index + 1);
}

void QuestionView::check()
{
    applyCheck(true);
}

void QuestionView::restoreAnswer(const QStringList &optionIds, bool checked)
{
    if (m_keyShown)
        return;
    m_question->setChosen(QSet<QString>(optionIds.cbegin(), optionIds.cend()));
    updateCheckButton();
    if (checked)
        applyCheck(false);
}

void QuestionView::applyCheck(bool byLearner)
{
    if (m_checked || m_question->chosen().isEmpty())
        return;
    m_checked = true;
    const Outcome outcome = judgeAnswer(m_data, m_question->chosen());
    m_question->setLocked(true);
    // Mark what the learner chose; the right answer is not given away, so trying
    // again still means something.
    m_question->markAnswer(false);
    const bool correct = outcome == Outcome::Correct;
    m_feedback->showResult(outcome, correct ? m_data.feedbackCorrect : m_data.feedbackIncorrect,
                           m_data.explanation);
    m_check->setEnabled(false);
    // Trying again only makes sense after a wrong answer.
    m_retry->setVisible(!correct);
    if (byLearner) {
        // Only a learner's own check moves focus and is announced; a restored one is quiet.
        m_feedback->setFocus(Qt::OtherFocusReason);
        QAccessibleEvent alert(m_feedback, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        emit answerChanged(chosenIds(), true);
    }
}

void QuestionView::showKey()
{
    m_keyShown = true;
    m_checked = true; // nothing left for number keys or Controleren to do
    m_question->clearChoice();
    m_question->setLocked(true);
    m_question->markAnswer(true);
    m_feedback->showKey(m_data.feedbackCorrect, m_data.feedbackIncorrect, m_data.explanation);
    m_check->hide();
    m_retry->hide();
}

void QuestionView::retry()
{
    m_checked = false;
    m_question->clearChoice();
    m_question->clearMarks();
    m_question->setLocked(false);
    m_feedback->hide();
    m_retry->hide();
    updateCheckButton();
    emit answerChanged({}, false);
    m_question->focusOptions();
}

void QuestionView::updateCheckButton()
{
    m_check->setEnabled(!m_checked && !m_question->chosen().isEmpty());
}

void QuestionView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        chooseOption(key - Qt::Key_1);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuestionView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        restyle();
}

void QuestionView::restyle()
{
    // Large enough to hit easily, also for a learner on a touchpad.
    const QFontMetrics fm(font());
    for (QPushButton *b : {m_check, m_retry}) {
        b->setMinimumHeight(fm.height() * 2);
        b->setMinimumWidth(fm.averageCharWidth() * 16);
    }
}

} // namespace leerpad
