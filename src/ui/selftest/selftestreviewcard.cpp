#include "ui/selftest/selftestreviewcard.h"

#include "ui/selftest/selftesttext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leerpad {

namespace {

QString markFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Correct:
        return QStringLiteral("correct");
    case Outcome::Incorrect:
        return QStringLiteral("wrong");
    case Outcome::Unanswered:
        break;
    }
    return QStringLiteral("missed");
}

// "<b>Jouw antwoord:</b> text" with the course text escaped.
QLabel *labelled(const QString &caption, const QString &courseText, const QString &objectName,
                 QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b> %2").arg(caption.toHtmlEscaped(),
                                                                 courseText.toHtmlEscaped()),
                             parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAccessibleName(caption + QLatin1Char(' ') + courseText);
    return label;
}

} // namespace

SelfTestReviewCard::SelfTestReviewCard(int number, const Question &question,
                                       const QuestionResult &result, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("reviewCard"));
    setProperty("mark", markFor(result.outcome));

    auto *heading = new QLabel(tr("Vraag %1").arg(number), this);
    heading->setObjectName(QStringLiteral("reviewCardHeading"));
    heading->setTextFormat(Qt::PlainText);

    auto *outcome = new QLabel(SelfTestText::outcomeLabel(result.outcome), this);
    outcome->setObjectName(QStringLiteral("reviewCardOutcome"));
    outcome->setTextFormat(Qt::PlainText);
    outcome->setProperty("mark", markFor(result.outcome));

    auto *prompt = new QLabel(SelfTestText::inlineHtml(question.prompt), this);
    prompt->setObjectName(QStringLiteral("reviewCardPrompt"));
    prompt->setTextFormat(Qt::RichText); // escaped runs only
    prompt->setWordWrap(true);
    prompt->setAccessibleName(plainText(question.prompt));

    auto *yours = labelled(tr("Jouw antwoord:"), SelfTestText::optionTexts(question, result.chosen),
                           QStringLiteral("reviewCardYourAnswer"), this);
    auto *correct = labelled(result.correct.size() > 1 ? tr("Juiste antwoorden:") : tr("Juiste antwoord:"),
                             SelfTestText::optionTexts(question, result.correct),
                             QStringLiteral("reviewCardCorrectAnswer"), this);

    m_open = new QPushButton(tr("Bekijk vraag %1").arg(number), this);
    m_open->setObjectName(QStringLiteral("reviewCardOpen"));
    m_open->setAccessibleName(tr("Bekijk vraag %1: %2").arg(number).arg(SelfTestText::outcomeLabel(result.outcome)));
    connect(m_open, &QPushButton::clicked, this, &SelfTestReviewCard::openRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(outcome);
    top->addStretch(1);
    top->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(prompt);
    layout->addWidget(yours);
    layout->addWidget(correct);
    if (!question.explanation.isEmpty())
        layout->addWidget(labelled(tr("Uitleg:"), question.explanation,
                                   QStringLiteral("reviewCardExplanation"), this));
}

} // namespace leerpad
