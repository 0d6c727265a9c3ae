#include "ui/selftest/selftestreviewcard.h"

#include "ui/page/inlinehtml.h"
#include "ui/selftest/selftesttext.h"
#include "ui/style/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leerpad {

namespace {

QColor colorFor(Outcome outcome, const QPalette &palette)
{
    switch (outcome) {
    case Outcome::Correct:
        return theme::success(palette);
    case Outcome::Incorrect:
        return theme::failure(palette);
    case Outcome::Unanswered:
        break;
    }
    return theme::muted(palette);
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
    : Card(parent), m_outcome(result.outcome)
{
    setObjectName(QStringLiteral("reviewCard"));
    setContentsMargins(22, 12, 16, 14); // room for the stripe

    auto *heading = new QLabel(tr("Vraag %1").arg(number), this);
    heading->setObjectName(QStringLiteral("reviewCardHeading"));
    heading->setTextFormat(Qt::PlainText);
    theme::markScaled(heading, 1.05, QFont::Bold);

    auto *outcome = new QLabel(SelfTestText::outcomeLabel(result.outcome), this);
    outcome->setObjectName(QStringLiteral("reviewCardOutcome"));
    outcome->setTextFormat(Qt::PlainText);
    theme::markScaled(outcome, 1.0, QFont::Bold);

    auto *prompt = new QLabel(inlineToHtml(question.prompt), this);
    prompt->setObjectName(QStringLiteral("reviewCardPrompt"));
    prompt->setTextFormat(Qt::RichText); // escaped runs only
    prompt->setWordWrap(true);
    prompt->setAccessibleName(plainText(question.prompt));
    theme::markScaled(prompt, 1.0, QFont::DemiBold);

    auto *yours = labelled(tr("Jouw antwoord:"), SelfTestText::optionTexts(question, result.chosen),
                           QStringLiteral("reviewCardYourAnswer"), this);
    auto *correct = labelled(result.correct.size() > 1 ? tr("De juiste antwoorden:") : tr("Het juiste antwoord:"),
                             SelfTestText::optionTexts(question, result.correct),
                             QStringLiteral("reviewCardCorrectAnswer"), this);

    m_open = new QPushButton(tr("Vraag %1 bekijken").arg(number), this);
    m_open->setObjectName(QStringLiteral("reviewCardOpen"));
    m_open->setAccessibleName(tr("Vraag %1 bekijken: %2").arg(number).arg(SelfTestText::outcomeLabel(result.outcome)));
    connect(m_open, &QPushButton::clicked, this, &SelfTestReviewCard::openRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(outcome);
    top->addStretch(1);
    top->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(prompt);
    layout->addWidget(yours);
    layout->addWidget(correct);
    if (!question.explanation.isEmpty())
        layout->addWidget(labelled(tr("Uitleg:"), question.explanation,
                                   QStringLiteral("reviewCardExplanation"), this));
    restyle();
}

void SelfTestReviewCard::changeEvent(QEvent *event)
{
    Card::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void SelfTestReviewCard::restyle()
{
    const QColor c = colorFor(m_outcome, palette());
    setColors(palette().color(QPalette::Base), QColor());
    setStripe(c);
    if (auto *outcome = findChild<QLabel *>(QStringLiteral("reviewCardOutcome")))
        theme::setTextColor(outcome, c);
}

} // namespace leerpad
