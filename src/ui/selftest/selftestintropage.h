#pragma once

// "Test jezelf!": what the test is, how many questions, the pass mark, and the button
// that starts (or resumes) an attempt.

#include "core/model/course.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace leerpad {

class SelfTestIntroPage : public QWidget
{
    Q_OBJECT
public:
    explicit SelfTestIntroPage(QWidget *parent = nullptr);

    void setTest(const SelfTest &test);
    // resumeNumber > 0: an attempt is in progress and "Start" resumes it.
    void setState(int resumeNumber, bool hasResults);

    QPushButton *startButton() const { return m_start; }

signals:
    void startRequested();
    void resultsRequested();

private:
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_rules;
    QLabel *m_keys;
    QPushButton *m_start;
    QPushButton *m_results;
};

} // namespace leerpad
