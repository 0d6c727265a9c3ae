#pragma once

// The self-test flow, embeddable anywhere: intro ("Test jezelf!"), one question per
// screen, "Inleveren" with confirmation, results with review, retake, and the
// attempts of this session. Persistence stays outside: the signals hand out every
// change, setHistory() puts stored attempts back.

#include "core/learning/attempt.h"
#include "core/model/course.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace leerpad {

class SelfTestIntroPage;
class SelfTestResultsPage;
class SelfTestRunPage;

class SelfTestView : public QWidget
{
    Q_OBJECT
public:
    enum class Screen { Intro, Question, Results, Review, Unavailable };

    explicit SelfTestView(std::shared_ptr<const Course> course, QWidget *parent = nullptr);
    ~SelfTestView() override;

    // Stored attempts, in any order. Submitted ones join the history (rescored when
    // stored without a score); the newest unsubmitted one can be resumed. Attempts
    // that no longer fit the course are skipped with a warning.
    void setHistory(const QList<Attempt> &attempts);

    QList<Attempt> history() const { return m_history; } // submitted, oldest first
    std::optional<Attempt> currentAttempt() const { return m_current; }
    Screen screen() const;

    // The confirmation "Inleveren" asks for the current attempt.
    QString submitConfirmationText() const;

public slots:
    // Resumes the attempt in progress, or starts a new one.
    void start();
    // Always a fresh attempt with a new seed ("Opnieuw maken").
    void startNewAttempt();
    // Asks for confirmation, then submits. False when cancelled or not in a test.
    bool requestSubmit();
    void showResults(const QString &attemptId);
    void reviewQuestion(int index);

signals:
    void attemptStarted(const leerpad::Attempt &attempt);
    void answerChanged(const leerpad::Attempt &attempt);
    void attemptSubmitted(const leerpad::Attempt &attempt);

private:
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void applyStyle();
    bool confirmSubmit();
    void submitCurrent();
    void updateIntro();
    int nextAttemptNumber() const;
    const Attempt *findAttempt(const QString &id) const;

    std::shared_ptr<const Course> m_course;
    const SelfTest *m_test = nullptr;
    std::optional<Attempt> m_current;
    QList<Attempt> m_history;
    QString m_resultsId;

    QStackedWidget *m_stack;
    SelfTestIntroPage *m_intro = nullptr;
    SelfTestRunPage *m_run = nullptr;
    SelfTestResultsPage *m_results = nullptr;
    QLabel *m_unavailable = nullptr;
};

} // namespace leerpad
