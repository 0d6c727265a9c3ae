#pragma once

// A practice question: prompt, instruction, the options (radio buttons, or check boxes
// for "multiple"), "Controleer" once something is chosen, then feedback and the
// explanation, and "Opnieuw proberen". Number keys 1–9 choose options. Practice is not
// scored; checking completes the page.

#include "core/model/course.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace leerpad {

class FeedbackPanel;
class OptionRow;

class QuestionView : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionView(const Question &question, QWidget *parent = nullptr);

    const QList<OptionRow *> &optionRows() const { return m_rows; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *retryButton() const { return m_retry; }
    FeedbackPanel *feedbackPanel() const { return m_feedback; }
    QStringList chosenIds() const;
    bool isChecked() const { return m_checked; }

    // What number key n does: choose (or, for check boxes, toggle) option n-1.
    void chooseOption(int index);
    // Whether the chosen options are exactly the correct ones (all-or-nothing).
    bool isAnswerCorrect() const;

    // Trainer view: the correct option(s) marked, both feedback texts and the
    // explanation shown, without the learner checking anything. Not reversible; the
    // page is rebuilt when the trainer view is switched off.
    void showKey();
    bool isKeyShown() const { return m_keyShown; }

    // Puts back a saved answer (chosen options, and whether it was checked) without
    // moving focus or reporting it as a new answer.
    void restoreAnswer(const QStringList &optionIds, bool checked);

public slots:
    void check();
    void retry();

signals:
    void answerChecked(bool correct);
    // The learner changed the choice, checked it, or started again: what to save.
    void answerChanged(const QStringList &optionIds, bool checked);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCheckButton();
    void restyle();
    void applyCheck(bool byLearner);
    void onChoiceChanged();

    Question m_question;
    QLabel *m_prompt;
    QLabel *m_instruction;
    QList<OptionRow *> m_rows;
    QButtonGroup *m_group;
    QPushButton *m_check;
    QPushButton *m_retry;
    FeedbackPanel *m_feedback;
    bool m_checked = false;
    bool m_keyShown = false;
    bool m_restoring = false; // choices set by restoreAnswer()/retry(), not by the learner
};

} // namespace leerpad
