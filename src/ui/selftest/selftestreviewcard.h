#pragma once

// One entry of the results page's review list: the prompt, your answer, the correct
// answer and the explanation, with a button that opens the question read-only.

#include "core/learning/scoring.h"
#include "core/model/course.h"
#include "ui/style/card.h"

class QPushButton;

namespace leerpad {

class SelfTestReviewCard : public Card
{
    Q_OBJECT
public:
    SelfTestReviewCard(int number, const Question &question, const QuestionResult &result,
                       QWidget *parent = nullptr);

    QPushButton *openButton() const { return m_open; }

signals:
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    Outcome m_outcome;
    QPushButton *m_open;
};

} // namespace leerpad
