#include "ui/question/questionview.h"

#include "ui/page/inlinehtml.h"
#include "ui/question/feedbackpanel.h"
#include "ui/question/optionrow.h"
#include "ui/style/theme.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leerpad {

QuestionView::QuestionView(const Question &question, QWidget *parent)
    : QWidget(parent), m_question(question), m_prompt(new QLabel(this)),
      m_instruction(new QLabel(this)), m_group(new QButtonGroup(this)),
      m_check(new QPushButton(tr("Controleer"), this)),
      m_retry(new QPushButton(tr("Opnieuw proberen"), this)), m_feedback(new FeedbackPanel(this))
{
    const bool multiple = question.type == Question::Type::Multiple;
    m_group->setExclusive(!multiple);

    // Course text is escaped inside inlineToHtml; only its own <i>/<b> are markup.
    m_prompt->setTextFormat(Qt::RichText);
    m_prompt->setText(inlineToHtml(question.prompt));
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt->setAccessibleName(tr("Vraag"));
    m_prompt->setAccessibleDescription(plainText(question.prompt));

    QString instruction = question.instruction;
    if (instruction.isEmpty())
        instruction = multiple ? tr("Kruis alle juiste antwoorden aan") : tr("Klik het juiste antwoord aan");
    m_instruction->setText(instruction);
    m_instruction->setTextFormat(Qt::PlainText);
    m_instruction->setWordWrap(true);

    auto *options = new QWidget(this);
    options->setAccessibleName(plainText(question.prompt));
    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->setSpacing(8);
    for (int i = 0; i < int(question.options.size()); ++i) {
        auto *row = new OptionRow(i + 1, question.options[i].text, multiple, options);
        m_rows.append(row);
        m_group->addButton(row->button(), i);
        optionsLayout->addWidget(row);
    }
    connect(m_group, &QButtonGroup::buttonToggled, this, &QuestionView::onChoiceChanged);

    m_check->setDefault(false);
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
    layout->addWidget(m_prompt);
    layout->addWidget(m_instruction);
    layout->addSpacing(4);
    layout->addWidget(options);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);

    restyle();
    updateCheckButton();
}

QStringList QuestionView::chosenIds() const
{
    QStringList ids;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[i]->isChecked())
            ids << m_question.options[i].id;
    }
    return ids;
}

bool QuestionView::isAnswerCorrect() const
{
    const QStringList chosen = chosenIds();
    if (chosen.isEmpty() || chosen.size() != m_question.correct.size())
        return false;
    for (const QString &id : chosen) {
        if (!m_question.isCorrectOption(id))
            return false;
    }
    return true;
}

void QuestionView::chooseOption(int index)
{
    if (m_checked || index < 0 || index >= int(m_rows.size()))
        return;
    QAbstractButton *b = m_rows[index]->button();
    if (m_group->exclusive())
        b->setChecked(true);
    else
        b->toggle();
    b->setFocus(Qt::ShortcutFocusReason);
}

void QuestionView::check()
{
    applyCheck(true);
}

void QuestionView::onChoiceChanged()
{
    updateCheckButton();
    if (!m_restoring && !m_keyShown)
        emit answerChanged(chosenIds(), false);
}

void QuestionView::restoreAnswer(const QStringList &optionIds, bool checked)
{
    if (m_keyShown)
        return;
    m_restoring = true;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (optionIds.contains(m_question.options[i].id))
            m_rows[i]->button()->setChecked(true);
    }
    m_restoring = false;
    updateCheckButton();
    if (checked)
        applyCheck(false);
}

void QuestionView::applyCheck(bool byLearner)
{
    if (m_checked || chosenIds().isEmpty())
        return;
    m_checked = true;
    const bool correct = isAnswerCorrect();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        OptionRow *row = m_rows[i];
        row->setLocked(true);
        // Mark what the learner chose; the right answer is not given away, so trying
        // again still means something.
        if (row->isChecked())
            row->setMark(m_question.isCorrectOption(m_question.options[i].id)
                             ? OptionRow::Mark::Correct
                             : OptionRow::Mark::Incorrect);
    }
    m_feedback->showResult(correct,
                           correct ? m_question.feedbackCorrect : m_question.feedbackIncorrect,
                           m_question.explanation);
    m_check->setEnabled(false);
    m_retry->show();
    if (byLearner) {
        // Only a learner's own check moves focus and is announced; a restored one is quiet.
        m_feedback->setFocus(Qt::OtherFocusReason);
        QAccessibleEvent alert(m_feedback, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        emit answerChanged(chosenIds(), true);
    }
    emit answerChecked(correct);
}

void QuestionView::showKey()
{
    m_keyShown = true;
    m_checked = true; // nothing left for number keys or Controleer to do
    for (int i = 0; i < int(m_rows.size()); ++i) {
        OptionRow *row = m_rows[i];
        row->setLocked(true);
        row->setMark(m_question.isCorrectOption(m_question.options[i].id) ? OptionRow::Mark::Correct
                                                                          : OptionRow::Mark::None);
    }
    // Plain text in the panel: both course feedback texts, labelled for the trainer.
    QStringList feedback;
    if (!m_question.feedbackCorrect.isEmpty())
        feedback << tr("Bij een juist antwoord: %1").arg(m_question.feedbackCorrect);
    if (!m_question.feedbackIncorrect.isEmpty())
        feedback << tr("Bij een onjuist antwoord: %1").arg(m_question.feedbackIncorrect);
    m_feedback->showResult(true, feedback.join(QLatin1Char('\n')), m_question.explanation);
    m_check->hide();
    m_retry->hide();
}

void QuestionView::retry()
{
    m_checked = false;
    m_restoring = true; // one report for the whole reset, below
    const bool exclusive = m_group->exclusive();
    m_group->setExclusive(false); // an exclusive group refuses to uncheck its last button
    for (OptionRow *row : std::as_const(m_rows)) {
        row->button()->setChecked(false);
        row->setMark(OptionRow::Mark::None);
        row->setLocked(false);
    }
    m_group->setExclusive(exclusive);
    m_restoring = false;
    m_feedback->hide();
    m_retry->hide();
    updateCheckButton();
    emit answerChanged({}, false);
    if (!m_rows.isEmpty())
        m_rows.first()->button()->setFocus(Qt::OtherFocusReason);
}

void QuestionView::updateCheckButton()
{
    m_check->setEnabled(!m_checked && !chosenIds().isEmpty());
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
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        restyle();
}

void QuestionView::restyle()
{
    m_prompt->setFont(theme::scaled(font(), 1.1, QFont::DemiBold));
    QFont f = font();
    f.setItalic(true);
    m_instruction->setFont(f);
    theme::setTextColor(m_instruction, theme::muted(palette()));
    // Large enough to hit easily, also for a learner on a touchpad.
    const QFontMetrics fm(font());
    for (QPushButton *b : {m_check, m_retry}) {
        b->setMinimumHeight(fm.height() * 2);
        b->setMinimumWidth(fm.averageCharWidth() * 16);
    }
}

} // namespace leerpad
