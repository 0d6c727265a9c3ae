#pragma once

// The page block where the course's self-test lives: what the test is (questions, pass
// mark, how it works, the keys), where the learner stands (an attempt in progress, the
// last result), and the buttons that start or resume it and show the results. The
// test itself is another view (SelfTestView), shown by the window in the page's place.

#include "ui/style/card.h"

class QLabel;
class QPushButton;

namespace leerpad {

struct SelfTest;
class SelfTestSession;

class TestIntroView : public Card
{
    Q_OBJECT
public:
    // test may be null (a course without one); session may be null (no learner state,
    // as in the trainer's preview). pageTitle: the test's own title is left out when the
    // page already says it.
    TestIntroView(const SelfTest *test, const SelfTestSession *session, const QString &pageTitle,
                  QWidget *parent = nullptr);

    QPushButton *startButton() const { return m_start; }
    QPushButton *resultsButton() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void startRequested();
    void resultsRequested();

private:
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_results;
};

} // namespace leerpad
