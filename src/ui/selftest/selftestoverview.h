#pragma once

// The strip of numbered question buttons above a question: shows which questions
// are answered (during the test) or right/wrong (in review), and jumps on click. The
// buttons wrap onto more lines in a narrow window.

#include <QWidget>

class QToolButton;

namespace leerpad {

class FlowLayout;

class SelfTestOverview : public QWidget
{
    Q_OBJECT
public:
    enum class State { Unanswered, Answered, Correct, Incorrect, Missed };

    explicit SelfTestOverview(QWidget *parent = nullptr);

    void setCount(int count);
    void setState(int index, State state);
    void setCurrent(int index);
    State state(int index) const;
    QToolButton *button(int index) const { return m_buttons.value(index); }

signals:
    void jumpRequested(int index);

private:
    void refresh(int index);

    FlowLayout *m_layout;
    QList<QToolButton *> m_buttons;
    QList<State> m_states;
    int m_current = -1;
};

} // namespace leerpad
