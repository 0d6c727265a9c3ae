#pragma once

// The self-test once it is running: one question per screen, "Inleveren" with
// confirmation, results with review and retake, and earlier attempts. It shows the
// learner's SelfTestSession and sends their intents there; every rule (what to resume,
// what counts, the score) lives in the session. The page block (TestIntroView) is
// where a test is started or resumed.

#include <QWidget>

class QStackedWidget;

namespace leerpad {

class SelfTestResultsPage;
class SelfTestRunPage;
class SelfTestSession;

class SelfTestView : public QWidget
{
    Q_OBJECT
public:
    enum class Screen { Question, Results, Review };

    // The session must outlive the view.
    explicit SelfTestView(SelfTestSession *session, QWidget *parent = nullptr);
    ~SelfTestView() override;

    SelfTestSession *session() const { return m_session; }
    Screen screen() const;
    SelfTestRunPage *runPage() const { return m_run; }
    SelfTestResultsPage *resultsPage() const { return m_results; }

    // The confirmation "Inleveren" asks for the current attempt.
    QString submitConfirmationText() const;

signals:
    // The screen shown changed (the window steps its page navigation aside while the
    // learner works on questions).
    void screenChanged(leerpad::SelfTestView::Screen screen);

public slots:
    // Resumes the attempt in progress at its first open question, or starts a new one.
    void start();
    // Always a fresh attempt with a new seed ("Opnieuw maken").
    void startNewAttempt();
    // Asks for confirmation, then submits. False when cancelled or not in a test.
    bool requestSubmit();
    void showResults(const QString &attemptId);
    void showLatestResults();
    void reviewQuestion(int index);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    bool confirmSubmit();
    void showRun();

    SelfTestSession *m_session;
    QString m_resultsId;
    QStackedWidget *m_stack;
    SelfTestRunPage *m_run;
    SelfTestResultsPage *m_results;
};

} // namespace leerpad
