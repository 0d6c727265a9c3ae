#include "ui/question/questionwidget.h"

#include "ui/page/inlinehtml.h"
#include "ui/question/optionrow.h"
#include "ui/style/theme.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <utility>

namespace leerpad {

QuestionWidget::QuestionWidget(QWidget *parent)
    : QWidget(parent), m_prompt(new QLabel(this)), m_instruction(new QLabel(this)),
      m_options(new QWidget(this)), m_optionsLayout(new QVBoxLayout(m_options)),
      m_group(new QButtonGroup(this))
{
    // Course text is escaped inside inlineToHtml; only its own <i>/<b> are markup.
    m_prompt->setObjectName(QStringLiteral("questionPrompt"));
    m_prompt->setTextFormat(Qt::RichText);
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instruction->setObjectName(QStringLiteral("questionInstruction"));
    m_instruction->setTextFormat(Qt::PlainText);
    m_instruction->setWordWrap(true);
    m_optionsLayout->setContentsMargins(0, 0, 0, 0);
    m_optionsLayout->setSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_prompt);
    layout->addWidget(m_instruction);
    layout->addSpacing(4);
    layout->addWidget(m_options);
    connect(m_group, &QButtonGroup::buttonToggled, this,
            [this](QAbstractButton *, bool checked) { onToggled(checked); });
    restyle();
}

void QuestionWidget::showQuestion(const Question &question, const QStringList &optionOrder,
                                  const QSet<QString> &chosen)
{
    for (OptionRow *row : std::as_const(m_rows)) {
        m_group->removeButton(row->button());
        delete row;
    }
    m_rows.clear();
    m_question = &question;
    m_locked = false;

    m_prompt->setText(inlineToHtml(question.prompt));
    m_prompt->setAccessibleName(tr("Vraag: %1").arg(plainText(question.prompt)));
    const bool multiple = question.type == Question::Type::Multiple;
    QString instruction = question.instruction;
    if (instruction.isEmpty())
        instruction = multiple ? tr("Kies alle juiste antwoorden.") : tr("Kies één antwoord.");
    m_instruction->setText(instruction);
    // A screen reader announces the group with the question it answers.
    m_options->setAccessibleName(plainText(question.prompt));
    m_group->setExclusive(!multiple);

    QStringList order = optionOrder;
    if (order.isEmpty()) {
        for (const Option &o : question.options)
            order << o.id;
    }
    m_quiet = true;
    int number = 0;
    for (const QString &id : std::as_const(order)) {
        const Option *option = question.option(id);
        if (!option)
            continue; // a stored order that no longer fits is refused in core; never crash
        auto *row = new OptionRow(++number, *option, multiple, m_options);
        row->button()->setChecked(chosen.contains(id));
        m_group->addButton(row->button());
        m_optionsLayout->addWidget(row);
        // A layout shows new children of a visible widget only later (queued); focus
        // must be able to move onto the row right away.
        row->show();
        m_rows.append(row);
    }
    m_quiet = false;
}

QSet<QString> QuestionWidget::chosen() const
{
    QSet<QString> ids;
    for (const OptionRow *row : m_rows) {
        if (row->isChecked())
            ids.insert(row->optionId());
    }
    return ids;
}

QStringList QuestionWidget::chosenInOrder() const
{
    QStringList ids;
    for (const OptionRow *row : m_rows) {
        if (row->isChecked())
            ids << row->optionId();
    }
    return ids;
}

void QuestionWidget::setChosen(const QSet<QString> &optionIds)
{
    m_quiet = true;
    const bool exclusive = m_group->exclusive();
    m_group->setExclusive(false); // an exclusive group refuses to uncheck its last button
    for (OptionRow *row : std::as_const(m_rows))
        row->button()->setChecked(optionIds.contains(row->optionId()));
    m_group->setExclusive(exclusive);
    m_quiet = false;
}

void QuestionWidget::clearChoice()
{
    setChosen({});
}

void QuestionWidget::onToggled(bool checked)
{
    // In an exclusive group a change is one button off and another on: report once.
    if (m_quiet || (m_group->exclusive() && !checked))
        return;
    emit chosenChanged(chosen());
}

void QuestionWidget::setLocked(bool locked)
{
    m_locked = locked;
    for (OptionRow *row : std::as_const(m_rows))
        row->setLocked(locked);
}

void QuestionWidget::markAnswer(bool revealCorrect)
{
    if (!m_question)
        return;
    for (OptionRow *row : std::as_const(m_rows)) {
        const bool correct = m_question->isCorrectOption(row->optionId());
        if (row->isChecked())
            row->setMark(correct ? OptionRow::Mark::Correct : OptionRow::Mark::Incorrect);
        else
            row->setMark(correct && revealCorrect ? OptionRow::Mark::Missed : OptionRow::Mark::None);
    }
}

void QuestionWidget::clearMarks()
{
    for (OptionRow *row : std::as_const(m_rows))
        row->setMark(OptionRow::Mark::None);
}

bool QuestionWidget::chooseByNumber(int number)
{
    if (m_locked || number < 1 || number > m_rows.size())
        return false;
    QAbstractButton *button = m_rows[number - 1]->button();
    button->setFocus(Qt::ShortcutFocusReason);
    if (m_group->exclusive())
        button->setChecked(true);
    else
        button->toggle();
    return true;
}

void QuestionWidget::focusOptions()
{
    if (m_rows.isEmpty())
        return;
    for (OptionRow *row : std::as_const(m_rows)) {
        if (row->isChecked() && row->button()->isEnabled()) {
            row->button()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (m_rows.first()->button()->isEnabled())
        m_rows.first()->button()->setFocus(Qt::OtherFocusReason);
}

void QuestionWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        restyle();
}

void QuestionWidget::restyle()
{
    m_prompt->setFont(theme::scaled(font(), 1.1, QFont::DemiBold));
    QFont f = font();
    f.setItalic(true);
    m_instruction->setFont(f);
    theme::setTextColor(m_instruction, theme::muted(palette()));
}

} // namespace leerpad
