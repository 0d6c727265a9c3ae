#pragma once

// The page block where the course's self-test starts: what the test is and a
// "Start de test" button. The test itself is another view (see MainWindow).

#include "ui/style/card.h"

#include <optional>

class QPushButton;

namespace leerpad {

struct SelfTest;

class TestIntroView : public Card
{
    Q_OBJECT
public:
    // pageTitle: the test's own title is left out when the page already says it.
    TestIntroView(const std::optional<SelfTest> &test, const QString &pageTitle,
                  QWidget *parent = nullptr);

    QPushButton *startButton() const { return m_start; }

signals:
    void startRequested();

private:
    QPushButton *m_start;
};

} // namespace leerpad
