#pragma once

// The question screens: one question at a time with "Vraag 3 van 10", Vorige/Volgende,
// the overview strip, and "Inleveren". The same page shows a submitted attempt
// read-only for review, with the outcome, feedback and explanation beside it. It shows
// what the self-test session holds and sends the learner's choices there; it never
// scores, and shows no feedback before the attempt is handed in.

#include "core/learning/attempt.h"

#include <QKeySequence>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace leerpad {

class FeedbackPanel;
class QuestionWidget;
class SelfTestOverview;
class SelfTestSession;

class SelfTestRunPage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Test, Review };

    // The session must outlive the page.
    explicit SelfTestRunPage(SelfTestSession *session, QWidget *parent = nullptr);

    // The keys that page through the questions (like a browser's back and forward).
    static QKeySequence nextQuestionKey() { return QKeySequence(Qt::ALT | Qt::Key_Right); }
    static QKeySequence previousQuestionKey() { return QKeySequence(Qt::ALT | Qt::Key_Left); }

    // The attempt in progress, at question index.
    void startTest(int index = 0);
    // A submitted attempt, read-only.
    void startReview(const QString &attemptId, int index);

    void showIndex(int index);
    // Keyboard focus to the current question (the chosen or first option).
    void focusQuestion();
    int currentIndex() const { return m_index; }
    Mode mode() const { return m_mode; }
    // The attempt shown (in progress, or the one reviewed); null before the first.
    const Attempt *attempt() const;
    QuestionWidget *questionWidget() const { return m_question; }
    FeedbackPanel *reviewPanel() const { return m_review; }
    SelfTestOverview *overview() const { return m_overview; }

signals:
    void submitRequested();
    void backToResultsRequested();

private:
    void onChosenChanged(const QSet<QString> &ids);
    void refreshOverview();
    void refreshProgress();
    const Question *questionAt(int index) const;

    SelfTestSession *m_session;
    Mode m_mode = Mode::Test;
    QString m_reviewId;
    int m_index = 0;

    QLabel *m_title;
    QLabel *m_position;
    QLabel *m_progress;
    SelfTestOverview *m_overview;
    QScrollArea *m_scroll;
    QuestionWidget *m_question;
    FeedbackPanel *m_review;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_submit;
    QPushButton *m_back;
};

} // namespace leerpad
