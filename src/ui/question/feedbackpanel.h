#pragma once

// What a learner gets after checking a practice answer, and beside each question when
// reviewing the self-test: the outcome (icon, word and colour together), the course's
// feedback text and the explanation. The trainer's key shows both feedback texts.

#include "core/learning/scoring.h"
#include "ui/style/card.h"

class QLabel;

namespace leerpad {

class FeedbackPanel : public Card
{
    Q_OBJECT
public:
    explicit FeedbackPanel(QWidget *parent = nullptr);

    void showResult(Outcome outcome, const QString &feedback, const QString &explanation);
    // Trainer view: what a learner would read after a right and after a wrong answer.
    void showKey(const QString &feedbackCorrect, const QString &feedbackIncorrect,
                 const QString &explanation);
    Outcome outcome() const { return m_outcome; }
    bool isCorrectShown() const { return m_outcome == Outcome::Correct; }
    QString verdict() const;
    QString feedbackText() const;
    QString explanationText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_icon;
    QLabel *m_verdict;
    QLabel *m_feedback;
    QLabel *m_explanationTitle;
    QLabel *m_explanation;
    Outcome m_outcome = Outcome::Unanswered;
};

} // namespace leerpad
