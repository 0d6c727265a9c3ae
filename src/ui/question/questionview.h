#pragma once

// A practice question on a page: the question, "Controleren" once something is chosen,
// then feedback and the explanation, and "Opnieuw proberen". Number keys 1–9 choose
// options. Practice is not scored; the course session decides what a checked answer
// means (judgeAnswer()) and this view only shows it.

#include "core/model/course.h"

#include <QWidget>

class QPushButton;

namespace leerpad {

class FeedbackPanel;
class OptionRow;
class QuestionWidget;

class QuestionView : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionView(const Question &question, QWidget *parent = nullptr);

    QuestionWidget *questionWidget() const { return m_question; }
    const QList<OptionRow *> &optionRows() const;
    QPushButton *checkButton() const { return m_check; }
    QPushButton *retryButton() const { return m_retry; }
    FeedbackPanel *feedbackPanel() const { return m_feedback; }
    QStringList chosenIds() const; // in the question's order
    bool isChecked() const { return m_checked; }

    // What number key n does: choose (or, for check boxes, toggle) option n-1.
    void chooseOption(int index);

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
    // The learner changed the choice, checked it, or started again: what to save.
    void answerChanged(const QStringList &optionIds, bool checked);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCheckButton();
    void restyle();
    void applyCheck(bool byLearner);

    Question m_data;
    QuestionWidget *m_question;
    QPushButton *m_check;
    QPushButton *m_retry;
    FeedbackPanel *m_feedback;
    bool m_checked = false;
    bool m_keyShown = false;
};

} // namespace leerpad
