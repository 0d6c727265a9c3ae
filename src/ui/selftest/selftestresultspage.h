#pragma once

// The results of one submitted attempt: "7 van de 10 goed (70%)", pass/fail, the
// band feedback, the review list, "Opnieuw maken" and the attempt history.

#include "core/learning/attempt.h"
#include "core/model/course.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace leerpad {

class SelfTestReviewCard;

class SelfTestResultsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SelfTestResultsPage(QWidget *parent = nullptr);

    // history: every submitted attempt, oldest first; attempt is the one to show.
    void showAttempt(const SelfTest &test, const Attempt &attempt, const QList<Attempt> &history);
    // Tells screen readers the score (call when the page becomes visible).
    void announceScore();

    QLabel *scoreLabel() const { return m_score; }
    QList<SelfTestReviewCard *> reviewCards() const { return m_cards; }
    QListWidget *historyList() const { return m_history; }
    QString shownAttemptId() const { return m_shownId; }

signals:
    void reviewRequested(int index);
    void retakeRequested();
    void attemptRequested(const QString &attemptId);

private:
    void fillHistory(const QList<Attempt> &history);

    QString m_shownId;
    QWidget *m_content;
    QScrollArea *m_scroll;
    QLabel *m_heading;
    QLabel *m_when;
    QWidget *m_summary;
    QLabel *m_score;
    QLabel *m_passed;
    QLabel *m_feedback;
    QPushButton *m_retake;
    QVBoxLayout *m_cardsLayout;
    QList<SelfTestReviewCard *> m_cards;
    QLabel *m_historyHeading;
    QListWidget *m_history;
};

} // namespace leerpad
