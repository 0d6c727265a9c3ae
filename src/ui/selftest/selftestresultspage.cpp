#include "ui/selftest/selftestresultspage.h"

#include "ui/a11y/announcement.h"
#include "ui/selftest/selftestreviewcard.h"
#include "ui/selftest/selftesttext.h"
#include "ui/style/card.h"
#include "ui/style/theme.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace leerpad {

SelfTestResultsPage::SelfTestResultsPage(QWidget *parent) : QWidget(parent)
{
    auto *content = new QWidget(this);
    m_content = content;
    content->setObjectName(QStringLiteral("resultsContent"));

    m_heading = theme::plainLabel(content, QStringLiteral("resultsHeading"));
    theme::markScaled(m_heading, 1.75, QFont::Bold);
    m_when = theme::plainLabel(content, QStringLiteral("resultsWhen"));

    auto *summary = new Card(content);
    summary->setObjectName(QStringLiteral("resultsSummary"));
    theme::followPalette(summary, "leerpadFill",
                         [summary] { summary->setColors(summary->palette().color(QPalette::Base), QColor()); });
    // The summary says the score out loud when an attempt is handed in.
    m_summary = summary;
    a11y::markLiveRegion(summary);
    m_score = theme::plainLabel(summary, QStringLiteral("scoreLabel"));
    theme::markScaled(m_score, 2.0, QFont::Bold);
    // Focusable so keyboard and screen-reader users land on the score first.
    m_score->setFocusPolicy(Qt::StrongFocus);

    m_passed = theme::plainLabel(summary, QStringLiteral("passLabel"));
    theme::markScaled(m_passed, 1.0, QFont::Bold);
    m_feedback = theme::plainLabel(summary, QStringLiteral("bandFeedback"), true);
    m_retake = new QPushButton(tr("↻ &Opnieuw maken"), summary);
    m_retake->setObjectName(QStringLiteral("retakeButton"));
    theme::markPrimary(m_retake);
    m_retake->setAccessibleName(tr("Opnieuw maken"));
    m_retake->setAccessibleDescription(tr("Start een nieuwe poging van de test"));
    auto *retakeRow = new QHBoxLayout;
    retakeRow->addWidget(m_retake);
    retakeRow->addStretch(1);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(24, 18, 24, 18);
    summaryLayout->setSpacing(10);
    summaryLayout->addWidget(m_score);
    summaryLayout->addWidget(m_passed);
    summaryLayout->addWidget(m_feedback);
    summaryLayout->addLayout(retakeRow);

    auto *reviewHeading = theme::plainLabel(content, QStringLiteral("reviewHeading"));
    reviewHeading->setText(tr("Je antwoorden"));
    theme::markScaled(reviewHeading, 1.25, QFont::Bold);
    m_cardsLayout = new QVBoxLayout;
    m_cardsLayout->setSpacing(10);

    m_historyHeading = theme::plainLabel(content, QStringLiteral("historyHeading"));
    m_historyHeading->setText(tr("Eerdere pogingen"));
    theme::markScaled(m_historyHeading, 1.25, QFont::Bold);
    m_history = new QListWidget(content);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("Eerdere pogingen"));
    m_history->setAccessibleDescription(tr("Kies een poging om het resultaat te bekijken"));
    m_history->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_history->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_when);
    layout->addWidget(summary);
    // The history is short; above the long review list it stays in reach.
    layout->addSpacing(8);
    layout->addWidget(m_historyHeading);
    layout->addWidget(m_history);
    layout->addSpacing(8);
    layout->addWidget(reviewHeading);
    layout->addLayout(m_cardsLayout);
    layout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_retake, &QPushButton::clicked, this, &SelfTestResultsPage::retakeRequested);
    // Queued: showing another attempt rebuilds this list, which must not happen
    // while the list is still delivering the click on one of its items.
    const auto requestItem = [this](QListWidgetItem *item) {
        if (!item)
            return;
        const QString id = item->data(Qt::UserRole).toString();
        QMetaObject::invokeMethod(this, [this, id] { emit attemptRequested(id); }, Qt::QueuedConnection);
    };
    connect(m_history, &QListWidget::itemActivated, this, requestItem);
    connect(m_history, &QListWidget::itemClicked, this, requestItem);
}

void SelfTestResultsPage::showAttempt(const SelfTest &test, const Attempt &attempt,
                                      const QList<Attempt> &history)
{
    m_shownId = attempt.id;
    const bool latest = !history.isEmpty() && history.last().id == attempt.id;
    m_heading->setText(latest ? tr("Je resultaat") : tr("Resultaat van poging %1").arg(attempt.number));
    m_when->setText(tr("Poging %1, ingeleverd op %2")
                        .arg(attempt.number)
                        .arg(SelfTestText::dateTime(attempt.submittedAt)));

    const Score score = attempt.score.value_or(Score{});
    m_score->setText(SelfTestText::scoreSummary(score));
    m_score->setAccessibleName(tr("Je score: %1").arg(m_score->text()));
    if (score.passed.has_value() && test.passScore) {
        QString text = *score.passed
            ? tr("✓ Geslaagd – je had er minstens %1 goed nodig.").arg(*test.passScore)
            : tr("✗ Nog niet geslaagd – je hebt er minstens %1 goed nodig.").arg(*test.passScore);
        // A failed retake does not undo an earlier pass; say so, or it reads as if it did.
        const Attempt *earlierPass = nullptr;
        for (const Attempt &a : history) {
            if (a.number < attempt.number && a.score && a.score->passed.value_or(false))
                earlierPass = &a;
        }
        if (!*score.passed && earlierPass)
            text += QLatin1Char(' ') + tr("Bij poging %1 was je wel geslaagd.").arg(earlierPass->number);
        m_passed->setText(text);
        theme::setInk(m_passed, *score.passed ? theme::Ink::Success : theme::Ink::Failure);
    }
    m_passed->setVisible(score.passed.has_value() && test.passScore);
    m_feedback->setText(score.feedback);
    m_feedback->setVisible(!score.feedback.isEmpty());
    m_score->setAccessibleDescription(
        QStringList{m_passed->isVisibleTo(this) ? m_passed->text() : QString(), score.feedback}.join(QLatin1Char(' ')).trimmed());

    qDeleteAll(m_cards);
    m_cards.clear();
    for (int i = 0; i < attempt.questionOrder.size(); ++i) {
        const QString &id = attempt.questionOrder[i];
        const QuestionResult *result = score.result(id);
        const Question *question = nullptr;
        for (const Question &q : test.questions) {
            if (q.id == id)
                question = &q;
        }
        if (!question || !result)
            continue;
        auto *card = new SelfTestReviewCard(i + 1, *question, *result, m_content);
        connect(card, &SelfTestReviewCard::openRequested, this, [this, i] { emit reviewRequested(i); });
        m_cardsLayout->addWidget(card);
        m_cards.append(card);
    }

    fillHistory(history);
    m_scroll->verticalScrollBar()->setValue(0);
}

void SelfTestResultsPage::fillHistory(const QList<Attempt> &history)
{
    m_history->clear();
    // Newest first: the attempt you just made is the one you look for.
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        QString text = SelfTestText::attemptLabel(*it);
        if (it->id == m_shownId)
            text += tr(" (getoond)");
        auto *item = new QListWidgetItem(text, m_history);
        item->setData(Qt::UserRole, it->id);
        if (it->id == m_shownId) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            m_history->setCurrentItem(item);
        }
    }
    const bool any = history.size() > 1;
    m_historyHeading->setVisible(any);
    m_history->setVisible(any);
    m_history->setFixedHeight(any ? m_history->sizeHintForRow(0) * int(history.size())
                                        + 2 * m_history->frameWidth() + 4
                                  : 0);
}

void SelfTestResultsPage::announceScore()
{
    m_score->setFocus(Qt::OtherFocusReason);
    QAccessibleEvent nameChanged(m_score, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    a11y::announce(m_summary, QStringList{m_score->accessibleName(), m_score->accessibleDescription()}
                                  .join(QStringLiteral(". ")));
}

} // namespace leerpad
