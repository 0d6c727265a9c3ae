#pragma once

// A multiple-choice question as the learner sees it, the same in practice and in the
// self-test: the prompt, the instruction and the options in the order given. It reports
// the choice whenever an option's state changes, however it changed (mouse, keyboard,
// number key, or an assistive technology's Toggle action), so what the screen shows is
// always what is recorded. It knows nothing of checking, scoring or attempts.

#include "core/model/course.h"

#include <QSet>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace leerpad {

class OptionRow;

class QuestionWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionWidget(QWidget *parent = nullptr);

    // optionOrder: option ids in the order to show (empty: the question's own order).
    // Shows chosen without reporting it.
    void showQuestion(const Question &question, const QStringList &optionOrder = {},
                      const QSet<QString> &chosen = {});
    const Question *question() const { return m_question; }

    QSet<QString> chosen() const;
    QStringList chosenInOrder() const; // in the order shown
    void setChosen(const QSet<QString> &optionIds); // without reporting it
    void clearChoice();                            // without reporting it

    // Read-only (after checking, in review, in the trainer's key).
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    // Marks the chosen options right or wrong, and with revealCorrect also the right ones
    // that were not chosen.
    void markAnswer(bool revealCorrect);
    void clearMarks();

    const QList<OptionRow *> &rows() const { return m_rows; }
    QLabel *promptLabel() const { return m_prompt; }

    // Number key n (1-based): chooses (radio) or toggles (check box) option n. False
    // when out of range or locked.
    bool chooseByNumber(int number);
    // Keyboard focus on the chosen option, or the first one.
    void focusOptions();

signals:
    void chosenChanged(const QSet<QString> &optionIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onToggled(bool checked);
    void restyle();

    const Question *m_question = nullptr;
    QLabel *m_prompt;
    QLabel *m_instruction;
    QWidget *m_options;
    QVBoxLayout *m_optionsLayout;
    QButtonGroup *m_group;
    QList<OptionRow *> m_rows;
    bool m_locked = false;
    bool m_quiet = false; // choices set by code, not by the learner
};

} // namespace leerpad
