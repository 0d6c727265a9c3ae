#pragma once

// One self-test question: prompt, instruction and options in the attempt's order.
// In review it is read-only, marks chosen and correct options, and adds the outcome,
// the question's feedback and its explanation. It knows nothing about attempts or
// navigation; the run page feeds it.

#include "core/learning/scoring.h"
#include "core/model/course.h"

#include <QSet>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace leerpad {

class SelfTestOptionRow;

class SelfTestQuestionWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SelfTestQuestionWidget(QWidget *parent = nullptr);

    void showQuestion(const Question &question, const QStringList &optionOrder,
                      const QSet<QString> &chosen);
    // Read-only with marks, feedback and explanation; call after showQuestion.
    void showReview(const QuestionResult &result);

    QSet<QString> chosen() const;
    int optionCount() const { return int(m_rows.size()); }
    SelfTestOptionRow *optionRow(int index) const { return m_rows.value(index); }

    // Number keys: 1-based; selects (single) or toggles (multiple). False when out of range.
    bool chooseByNumber(int number);
    // Puts keyboard focus on the chosen option, or the first one.
    void focusOptions();

signals:
    void chosenChanged(const QSet<QString> &optionIds);

private:
    void clearOptions();

    const Question *m_question = nullptr;
    bool m_reviewing = false;
    QLabel *m_prompt;
    QLabel *m_instruction;
    QVBoxLayout *m_optionsLayout;
    QButtonGroup *m_group;
    QList<SelfTestOptionRow *> m_rows;
    QWidget *m_reviewBox;
    QLabel *m_outcome;
    QLabel *m_feedback;
    QLabel *m_explanation;
};

} // namespace leerpad
