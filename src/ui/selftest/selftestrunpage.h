#pragma once

// The question screens: one question at a time with "Vraag 3 van 10", Vorige/Volgende,
// the overview strip, and "Inleveren". The same page shows a submitted attempt
// read-only for review. While testing it holds the live attempt and reports every
// change; it never scores or shows feedback before submitting.

#include "core/learning/attempt.h"
#include "core/model/course.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace leerpad {

class SelfTestOverview;
class SelfTestQuestionWidget;

class SelfTestRunPage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Test, Review };

    explicit SelfTestRunPage(QWidget *parent = nullptr);

    // test must outlive the page's use of it (the view holds the course).
    void startTest(const SelfTest *test, const Attempt &attempt, int index = 0);
    void startReview(const SelfTest *test, const Attempt &attempt, int index);

    void showIndex(int index);
    // Keyboard focus to the current question (the chosen or first option).
    void focusQuestion();
    int currentIndex() const { return m_index; }
    Mode mode() const { return m_mode; }
    const Attempt &attempt() const { return m_attempt; }
    SelfTestQuestionWidget *questionWidget() const { return m_question; }

signals:
    void attemptChanged(const Attempt &attempt);
    void submitRequested();
    void backToResultsRequested();

private:
    void begin(const SelfTest *test, const Attempt &attempt, Mode mode, int index);
    void onChosenChanged(const QSet<QString> &ids);
    void chooseByNumber(int number);
    void refreshOverview();
    void refreshProgress();
    const Question *questionAt(int index) const;

    const SelfTest *m_test = nullptr;
    Attempt m_attempt;
    Mode m_mode = Mode::Test;
    int m_index = 0;

    QLabel *m_title;
    QLabel *m_position;
    QLabel *m_progress;
    SelfTestOverview *m_overview;
    QScrollArea *m_scroll;
    SelfTestQuestionWidget *m_question;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_submit;
    QPushButton *m_back;
};

} // namespace leerpad
