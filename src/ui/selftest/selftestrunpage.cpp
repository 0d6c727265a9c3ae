#include "ui/selftest/selftestrunpage.h"

#include "ui/selftest/selftestoverview.h"
#include "ui/selftest/selftestquestionwidget.h"
#include "ui/selftest/selftesttext.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace leerpad {

SelfTestRunPage::SelfTestRunPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setTextFormat(Qt::PlainText);

    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("questionPosition"));
    m_position->setTextFormat(Qt::PlainText);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("answeredCount"));
    m_progress->setTextFormat(Qt::PlainText);

    m_overview = new SelfTestOverview(this);
    m_overview->setObjectName(QStringLiteral("questionOverview"));

    auto *holder = new QWidget(this);
    holder->setObjectName(QStringLiteral("questionHolder"));
    auto *card = new QWidget(holder);
    card->setObjectName(QStringLiteral("questionCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    m_question = new SelfTestQuestionWidget(card);
    m_question->setObjectName(QStringLiteral("questionWidget"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 22);
    cardLayout->addWidget(m_question);
    // The card is as tall as its question; the rest of the page stays background.
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
    m_previous->setToolTip(tr("Vorige vraag (Alt+Links)"));
    m_next = new QPushButton(tr("V&olgende →"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setAccessibleName(tr("Volgende vraag"));
    m_next->setToolTip(tr("Volgende vraag (Alt+Rechts)"));
    m_submit = new QPushButton(tr("&Inleveren"), this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setProperty("primary", true);
    m_submit->setAccessibleName(tr("Test inleveren"));
    m_back = new QPushButton(tr("&Terug naar de resultaten"), this);
    m_back->setObjectName(QStringLiteral("backToResultsButton"));
    m_back->setProperty("primary", true);

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
    connect(m_question, &SelfTestQuestionWidget::chosenChanged, this,
            &SelfTestRunPage::onChosenChanged);

    // Number keys pick options; Alt+arrows page like a browser's back/forward.
    for (int n = 1; n <= 9; ++n) {
        for (const auto modifier : {Qt::NoModifier, Qt::KeypadModifier}) {
            auto *shortcut = new QShortcut(QKeySequence(modifier | Qt::Key(Qt::Key_0 + n)), this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, [this, n] { chooseByNumber(n); });
        }
    }
    auto *back = new QShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Left), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, m_previous, &QPushButton::click);
    auto *forward = new QShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Right), this);
    forward->setContext(Qt::WidgetWithChildrenShortcut);
    connect(forward, &QShortcut::activated, m_next, &QPushButton::click);
}

void SelfTestRunPage::startTest(const SelfTest *test, const Attempt &attempt, int index)
{
    begin(test, attempt, Mode::Test, index);
}

void SelfTestRunPage::startReview(const SelfTest *test, const Attempt &attempt, int index)
{
    begin(test, attempt, Mode::Review, index);
}

void SelfTestRunPage::begin(const SelfTest *test, const Attempt &attempt, Mode mode, int index)
{
    m_test = test;
    m_attempt = attempt;
    m_mode = mode;
    const QString title = test->title.isEmpty() ? tr("Test jezelf!") : test->title;
    m_title->setText(mode == Mode::Test ? title
                                        : tr("%1 – terugkijken, poging %2").arg(title).arg(attempt.number));
    m_submit->setVisible(mode == Mode::Test);
    m_back->setVisible(mode == Mode::Review);
    m_overview->setCount(int(attempt.questionOrder.size()));
    refreshOverview();
    m_index = -1;
    showIndex(index);
}

const Question *SelfTestRunPage::questionAt(int index) const
{
    if (!m_test || index < 0 || index >= m_attempt.questionOrder.size())
        return nullptr;
    const QString &id = m_attempt.questionOrder[index];
    for (const Question &q : m_test->questions) {
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
    m_index = index;
    const int count = int(m_attempt.questionOrder.size());
    m_question->showQuestion(*q, m_attempt.optionOrder.value(q->id), m_attempt.answers.value(q->id));
    if (m_mode == Mode::Review && m_attempt.score) {
        if (const QuestionResult *r = m_attempt.score->result(q->id))
            m_question->showReview(*r);
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
    m_question->focusOptions();
    // In review the options are read-only; start from the navigation instead.
    if (m_mode == Mode::Review)
        (m_next->isEnabled() ? m_next : m_back)->setFocus(Qt::OtherFocusReason);
}

void SelfTestRunPage::onChosenChanged(const QSet<QString> &ids)
{
    const Question *q = questionAt(m_index);
    if (m_mode != Mode::Test || !q)
        return;
    if (auto error = setAnswer(*m_test, m_attempt, q->id, ids)) {
        // The widgets only offer the question's own options, so this is a bug.
        qCWarning(lcSelfTest) << "answer refused:" << error->message;
        return;
    }
    refreshOverview();
    refreshProgress();
    emit attemptChanged(m_attempt);
}

void SelfTestRunPage::chooseByNumber(int number)
{
    if (m_mode == Mode::Test)
        m_question->chooseByNumber(number);
}

void SelfTestRunPage::refreshOverview()
{
    for (int i = 0; i < m_attempt.questionOrder.size(); ++i) {
        const QString &id = m_attempt.questionOrder[i];
        SelfTestOverview::State state =
            m_attempt.isAnswered(id) ? SelfTestOverview::State::Answered : SelfTestOverview::State::Unanswered;
        if (m_mode == Mode::Review && m_attempt.score) {
            const QuestionResult *r = m_attempt.score->result(id);
            const Outcome outcome = r ? r->outcome : Outcome::Unanswered;
            state = outcome == Outcome::Correct     ? SelfTestOverview::State::Correct
                : outcome == Outcome::Incorrect     ? SelfTestOverview::State::Incorrect
                                                    : SelfTestOverview::State::Missed;
        }
        m_overview->setState(i, state);
    }
}

void SelfTestRunPage::refreshProgress()
{
    const int count = int(m_attempt.questionOrder.size());
    if (m_mode == Mode::Review && m_attempt.score) {
        m_progress->setText(SelfTestText::scoreSummary(*m_attempt.score));
        return;
    }
    const int answered = count - int(unansweredNumbers(m_attempt).size());
    m_progress->setText(tr("%1 van %2 beantwoord").arg(answered).arg(count));
}

} // namespace leerpad
