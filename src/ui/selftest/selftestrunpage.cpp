#include "ui/selftest/selftestrunpage.h"

#include "core/learning/selftestsession.h"
#include "ui/logging.h"
#include "ui/question/feedbackpanel.h"
#include "ui/question/questionwidget.h"
#include "ui/selftest/selftestoverview.h"
#include "ui/selftest/selftesttext.h"
#include "ui/style/card.h"
#include "ui/style/keytext.h"
#include "ui/style/theme.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace leerpad {

SelfTestRunPage::SelfTestRunPage(SelfTestSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_title = theme::plainLabel(this, QStringLiteral("runTitle"));
    theme::markScaled(m_title, 0.9, QFont::DemiBold);
    m_position = theme::plainLabel(this, QStringLiteral("questionPosition"));
    theme::markScaled(m_position, 1.35, QFont::Bold);
    m_progress = theme::plainLabel(this, QStringLiteral("answeredCount"));
    m_progress->setWordWrap(false); // "7 van 10 beantwoord" on one line, right-aligned
    m_overview = new SelfTestOverview(this);
    m_overview->setObjectName(QStringLiteral("questionOverview"));

    auto *card = new Card(this);
    card->setObjectName(QStringLiteral("questionCard"));
    theme::followPalette(card, "leerpadFill",
                         [card] { card->setColors(card->palette().color(QPalette::Base), QColor()); });
    m_question = new QuestionWidget(card);
    m_question->setObjectName(QStringLiteral("questionWidget"));
    m_review = new FeedbackPanel(card);
    m_review->setObjectName(QStringLiteral("reviewBox"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 22);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(m_question);
    cardLayout->addWidget(m_review);

    // The card is as tall as its question; the rest of the page stays background.
    auto *holder = new QWidget(this);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(card);
    holderLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("questionScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(holder);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_previous = new QPushButton(tr("← &Vorige"), this);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_previous->setAccessibleName(tr("Vorige vraag"));
    m_previous->setToolTip(
        tr("Vorige vraag (%1)").arg(keyText({SelfTestRunPage::previousQuestionKey()})));
    m_next = new QPushButton(tr("V&olgende →"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setAccessibleName(tr("Volgende vraag"));
    m_next->setToolTip(
        tr("Volgende vraag (%1)").arg(keyText({SelfTestRunPage::nextQuestionKey()})));
    m_submit = new QPushButton(tr("&Inleveren"), this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setAccessibleName(tr("Test inleveren"));
    theme::markPrimary(m_submit);
    m_back = new QPushButton(tr("&Terug naar de resultaten"), this);
    m_back->setObjectName(QStringLiteral("backToResultsButton"));
    theme::markPrimary(m_back);

    auto *header = new QHBoxLayout;
    header->addWidget(m_position);
    header->addStretch(1);
    header->addWidget(m_progress);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_back);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addLayout(header);
    layout->addWidget(m_overview);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_previous, &QPushButton::clicked, this, [this] { showIndex(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showIndex(m_index + 1); });
    connect(m_submit, &QPushButton::clicked, this, &SelfTestRunPage::submitRequested);
    connect(m_back, &QPushButton::clicked, this, &SelfTestRunPage::backToResultsRequested);
    connect(m_overview, &SelfTestOverview::jumpRequested, this, &SelfTestRunPage::showIndex);
    connect(m_question, &QuestionWidget::chosenChanged, this, &SelfTestRunPage::onChosenChanged);

    // Number keys pick options; Alt+arrows page like a browser's back/forward.
    for (int n = 1; n <= 9; ++n) {
        for (const auto modifier : {Qt::NoModifier, Qt::KeypadModifier}) {
            auto *shortcut = new QShortcut(QKeySequence(modifier | Qt::Key(Qt::Key_0 + n)), this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, [this, n] {
                if (m_mode == Mode::Test)
                    m_question->chooseByNumber(n);
            });
        }
    }
    auto *back = new QShortcut(SelfTestRunPage::previousQuestionKey(), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, m_previous, &QPushButton::click);
    auto *forward = new QShortcut(SelfTestRunPage::nextQuestionKey(), this);
    forward->setContext(Qt::WidgetWithChildrenShortcut);
    connect(forward, &QShortcut::activated, m_next, &QPushButton::click);
}

const Attempt *SelfTestRunPage::attempt() const
{
    return m_mode == Mode::Test ? m_session->current() : m_session->attempt(m_reviewId);
}

void SelfTestRunPage::startTest(int index)
{
    m_mode = Mode::Test;
    m_reviewId.clear();
    const Attempt *a = attempt();
    if (!a)
        return;
    const SelfTest &test = m_session->test();
    m_title->setText(test.title.isEmpty() ? tr("Test jezelf") : test.title);
    m_submit->setVisible(true);
    m_back->setVisible(false);
    m_overview->setCount(int(a->questionOrder.size()));
    refreshOverview();
    m_index = -1;
    showIndex(index);
}

void SelfTestRunPage::startReview(const QString &attemptId, int index)
{
    m_mode = Mode::Review;
    m_reviewId = attemptId;
    const Attempt *a = attempt();
    if (!a)
        return;
    const SelfTest &test = m_session->test();
    const QString title = test.title.isEmpty() ? tr("Test jezelf") : test.title;
    m_title->setText(tr("%1 – terugkijken, poging %2").arg(title).arg(a->number));
    m_submit->setVisible(false);
    m_back->setVisible(true);
    m_overview->setCount(int(a->questionOrder.size()));
    refreshOverview();
    m_index = -1;
    showIndex(index);
}

const Question *SelfTestRunPage::questionAt(int index) const
{
    const Attempt *a = attempt();
    if (!a || index < 0 || index >= a->questionOrder.size())
        return nullptr;
    const QString &id = a->questionOrder[index];
    for (const Question &q : m_session->test().questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

void SelfTestRunPage::showIndex(int index)
{
    const Question *q = questionAt(index);
    if (!q)
        return;
    const Attempt &a = *attempt();
    m_index = index;
    const int count = int(a.questionOrder.size());
    m_question->showQuestion(*q, a.optionOrder.value(q->id), a.answers.value(q->id));
    const bool review = m_mode == Mode::Review && a.score;
    m_question->setLocked(m_mode == Mode::Review);
    if (review) {
        m_question->markAnswer(true);
        const QuestionResult *r = a.score->result(q->id);
        const Outcome outcome = r ? r->outcome : Outcome::Unanswered;
        m_review->showResult(outcome,
                             outcome == Outcome::Correct ? q->feedbackCorrect : q->feedbackIncorrect,
                             q->explanation);
    } else {
        m_review->hide();
    }
    m_position->setText(tr("Vraag %1 van %2").arg(index + 1).arg(count));
    m_question->setAccessibleName(m_position->text());
    m_overview->setCurrent(index);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
    refreshProgress();
    m_scroll->verticalScrollBar()->setValue(0);
    focusQuestion();

    QAccessibleEvent event(m_position, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void SelfTestRunPage::focusQuestion()
{
    // In review the options are read-only; start from the navigation instead.
    if (m_mode == Mode::Review)
        (m_next->isEnabled() ? m_next : m_back)->setFocus(Qt::OtherFocusReason);
    else
        m_question->focusOptions();
}

void SelfTestRunPage::onChosenChanged(const QSet<QString> &ids)
{
    const Question *q = questionAt(m_index);
    if (m_mode != Mode::Test || !q)
        return;
    if (auto error = m_session->answer(q->id, ids)) {
        // The widget only offers the question's own options, so this is a bug.
        qCWarning(lcUi) << "answer refused:" << error->message;
        return;
    }
    refreshOverview();
    refreshProgress();
}

void SelfTestRunPage::refreshOverview()
{
    const Attempt *a = attempt();
    if (!a)
        return;
    for (int i = 0; i < a->questionOrder.size(); ++i) {
        const QString &id = a->questionOrder[i];
        SelfTestOverview::State state = a->isAnswered(id) ? SelfTestOverview::State::Answered
                                                          : SelfTestOverview::State::Unanswered;
        if (m_mode == Mode::Review && a->score) {
            const QuestionResult *r = a->score->result(id);
            const Outcome outcome = r ? r->outcome : Outcome::Unanswered;
            state = outcome == Outcome::Correct   ? SelfTestOverview::State::Correct
                  : outcome == Outcome::Incorrect ? SelfTestOverview::State::Incorrect
                                                  : SelfTestOverview::State::Missed;
        }
        m_overview->setState(i, state);
    }
}

void SelfTestRunPage::refreshProgress()
{
    const Attempt *a = attempt();
    if (!a)
        return;
    if (m_mode == Mode::Review && a->score) {
        m_progress->setText(SelfTestText::scoreSummary(*a->score));
        return;
    }
    const int count = int(a->questionOrder.size());
    const int answered = count - int(unansweredNumbers(*a).size());
    m_progress->setText(tr("%1 van %2 beantwoord").arg(answered).arg(count));
}

} // namespace leerpad
