#pragma once

// What a learner gets after checking a practice answer: correct or not (icon, word and
// colour together), the course's feedback text and the explanation.

#include "ui/style/card.h"

class QLabel;

namespace leerpad {

class FeedbackPanel : public Card
{
    Q_OBJECT
public:
    explicit FeedbackPanel(QWidget *parent = nullptr);

    void showResult(bool correct, const QString &feedback, const QString &explanation);
    bool isCorrectShown() const { return m_correct; }
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
    bool m_correct = false;
};

} // namespace leerpad
