#include "ui/selftest/selftestquestionwidget.h"

#include "ui/style/selftesttheme.h"

#include "ui/selftest/selftestoptionrow.h"
#include "ui/selftest/selftesttext.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace leerpad {

SelfTestQuestionWidget::SelfTestQuestionWidget(QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("questionPrompt"));
    m_prompt->setTextFormat(Qt::RichText); // built from escaped runs only
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_instruction = selfTestLabel(QStringLiteral("questionInstruction"), this, true);

    m_optionsLayout = new QVBoxLayout;
    m_optionsLayout->setSpacing(8);

    m_reviewBox = new QWidget(this);
    m_reviewBox->setObjectName(QStringLiteral("reviewBox"));
    m_reviewBox->setAttribute(Qt::WA_StyledBackground);
    m_outcome = selfTestLabel(QStringLiteral("reviewOutcome"), m_reviewBox, true);
    m_feedback = selfTestLabel(QStringLiteral("reviewFeedback"), m_reviewBox, true);
    m_explanation = new QLabel(m_reviewBox);
    m_explanation->setObjectName(QStringLiteral("reviewExplanation"));
    m_explanation->setTextFormat(Qt::RichText); // label tr() + escaped course text
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *reviewLayout = new QVBoxLayout(m_reviewBox);
    reviewLayout->setContentsMargins(16, 12, 16, 14);
    reviewLayout->setSpacing(6);
    reviewLayout->addWidget(m_outcome);
    reviewLayout->addWidget(m_feedback);
    reviewLayout->addWidget(m_explanation);
    m_reviewBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_prompt);
    layout->addWidget(m_instruction);
    layout->addLayout(m_optionsLayout);
    layout->addSpacing(4);
    layout->addWidget(m_reviewBox);
    layout->addStretch(1);
}

void SelfTestQuestionWidget::clearOptions()
{
    for (SelfTestOptionRow *row : std::as_const(m_rows)) {
        m_group->removeButton(row->button());
        delete row;
    }
    m_rows.clear();
}

void SelfTestQuestionWidget::showQuestion(const Question &question, const QStringList &optionOrder,
                                          const QSet<QString> &chosen)
{
    clearOptions();
    m_question = &question;
    m_reviewing = false;
    m_reviewBox->hide();

    m_prompt->setText(SelfTestText::inlineHtml(question.prompt));
    m_prompt->setAccessibleName(plainText(question.prompt));
    const bool multiple = question.type == Question::Type::Multiple;
    QString instruction = question.instruction;
    if (instruction.isEmpty())
        instruction = multiple ? tr("Kies alle juiste antwoorden") : tr("Kies één antwoord");
    m_instruction->setText(instruction);
    m_group->setExclusive(!multiple);

    int number = 0;
    for (const QString &id : optionOrder) {
        const Option *option = question.option(id);
        if (!option)
            continue; // attemptMismatch() keeps this from happening; never crash on it
        auto *row = new SelfTestOptionRow(++number, *option, multiple, this);
        row->button()->setChecked(chosen.contains(id));
        m_group->addButton(row->button());
        m_optionsLayout->addWidget(row);
        // A layout shows new children of a visible widget only later (queued); focus
        // must be able to move onto the row right away.
        row->show();
        m_rows.append(row);
        connect(row, &SelfTestOptionRow::toggledByUser, this,
                [this] { emit chosenChanged(this->chosen()); });
    }
}

void SelfTestQuestionWidget::showReview(const QuestionResult &result)
{
    if (!m_question)
        return;
    m_reviewing = true;
    for (SelfTestOptionRow *row : std::as_const(m_rows))
        row->setReview(result.chosen.contains(row->optionId()), result.correct.contains(row->optionId()));

    const char *mark = result.outcome == Outcome::Correct ? "correct"
        : result.outcome == Outcome::Incorrect            ? "wrong"
                                                          : "missed";
    for (QWidget *w : {m_reviewBox, static_cast<QWidget *>(m_outcome)}) {
        w->setProperty("mark", QString::fromLatin1(mark));
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    m_outcome->setText(SelfTestText::outcomeLabel(result.outcome));

    const QString feedback = result.outcome == Outcome::Correct ? m_question->feedbackCorrect
                                                                : m_question->feedbackIncorrect;
    m_feedback->setText(result.outcome == Outcome::Unanswered ? tr("Je hebt deze vraag niet beantwoord.")
                                                              : feedback);
    m_feedback->setVisible(!m_feedback->text().isEmpty());
    m_explanation->setText(m_question->explanation.isEmpty()
                               ? QString()
                               : QStringLiteral("<b>%1</b> %2")
                                     .arg(tr("Uitleg:").toHtmlEscaped(),
                                          m_question->explanation.toHtmlEscaped()));
    m_explanation->setAccessibleName(tr("Uitleg: %1").arg(m_question->explanation));
    m_explanation->setVisible(!m_question->explanation.isEmpty());
    m_reviewBox->show();
}

QSet<QString> SelfTestQuestionWidget::chosen() const
{
    QSet<QString> ids;
    for (const SelfTestOptionRow *row : m_rows) {
        if (row->button()->isChecked())
            ids.insert(row->optionId());
    }
    return ids;
}

bool SelfTestQuestionWidget::chooseByNumber(int number)
{
    if (m_reviewing || number < 1 || number > m_rows.size())
        return false;
    QAbstractButton *button = m_rows[number - 1]->button();
    button->setFocus(Qt::ShortcutFocusReason);
    if (button->isChecked() && m_group->exclusive())
        return true; // already the single choice; nothing changes
    button->click();
    return true;
}

void SelfTestQuestionWidget::focusOptions()
{
    if (m_rows.isEmpty())
        return;
    for (SelfTestOptionRow *row : std::as_const(m_rows)) {
        if (row->button()->isChecked() && row->button()->isEnabled()) {
            row->button()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (m_rows.first()->button()->isEnabled())
        m_rows.first()->button()->setFocus(Qt::OtherFocusReason);
}

} // namespace leerpad
