#include "ui/question/feedbackpanel.h"

#include "ui/a11y/announcement.h"
#include "ui/style/icons.h"
#include "ui/style/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace leerpad {

FeedbackPanel::FeedbackPanel(QWidget *parent)
    : Card(parent), m_icon(new QLabel(this)), m_verdict(new QLabel(this)),
      m_feedback(new QLabel(this)), m_explanationTitle(new QLabel(tr("Uitleg"), this)),
      m_explanation(new QLabel(this))
{
    // Focusable so that, after "Controleer", focus (and a screen reader) lands here.
    setFocusPolicy(Qt::StrongFocus);
    // A screen reader hears the verdict as the panel appears (see announcement.h).
    a11y::markLiveRegion(this);
    for (QLabel *l : {m_verdict, m_feedback, m_explanation}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *head = new QHBoxLayout;
    head->setSpacing(8);
    head->addWidget(m_icon);
    head->addWidget(m_verdict, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(head);
    layout->addWidget(m_feedback);
    layout->addSpacing(4);
    layout->addWidget(m_explanationTitle);
    layout->addWidget(m_explanation);
    hide();
}

void FeedbackPanel::showResult(Outcome outcome, const QString &feedback, const QString &explanation)
{
    m_outcome = outcome;
    QString fallback;
    switch (outcome) {
    case Outcome::Correct:
        m_verdict->setText(tr("Goed"));
        fallback = tr("Dit antwoord is goed.");
        break;
    case Outcome::Incorrect:
        m_verdict->setText(tr("Fout"));
        fallback = tr("Dit antwoord is niet goed.");
        break;
    case Outcome::Unanswered:
        m_verdict->setText(tr("Niet beantwoord"));
        fallback = tr("Je hebt deze vraag niet beantwoord.");
        break;
    }
    // Feedback is written for an answer; an open question gets no "well done".
    m_feedback->setText(feedback.isEmpty() || outcome == Outcome::Unanswered ? fallback : feedback);
    m_explanation->setText(explanation);
    m_explanationTitle->setVisible(!explanation.isEmpty());
    m_explanation->setVisible(!explanation.isEmpty());
    setAccessibleName(m_verdict->text() + QStringLiteral(": ") + m_feedback->text());
    setAccessibleDescription(explanation);
    restyle();
    show();
}

void FeedbackPanel::showKey(const QString &feedbackCorrect, const QString &feedbackIncorrect,
                            const QString &explanation)
{
    // Plain text: both course feedback texts, labelled for the trainer.
    QStringList feedback;
    if (!feedbackCorrect.isEmpty())
        feedback << tr("Bij een goed antwoord: %1").arg(feedbackCorrect);
    if (!feedbackIncorrect.isEmpty())
        feedback << tr("Bij een fout antwoord: %1").arg(feedbackIncorrect);
    showResult(Outcome::Correct, feedback.join(QLatin1Char('\n')), explanation);
    m_verdict->setText(tr("Antwoordsleutel"));
    setAccessibleName(m_verdict->text() + QStringLiteral(": ") + m_feedback->text());
}

QString FeedbackPanel::verdict() const
{
    return m_verdict->text();
}

QString FeedbackPanel::feedbackText() const
{
    return m_feedback->text();
}

QString FeedbackPanel::explanationText() const
{
    return m_explanation->isHidden() ? QString() : m_explanation->text();
}

void FeedbackPanel::restyle()
{
    const QPalette pal = palette();
    const QColor c = m_outcome == Outcome::Correct     ? theme::success(pal)
                     : m_outcome == Outcome::Incorrect ? theme::failure(pal)
                                                       : theme::muted(pal);
    setColors(theme::tint(c, pal, 0.10), c);
    const int size = qRound(fontMetrics().height() * 1.4);
    const icons::Glyph glyph = m_outcome == Outcome::Correct     ? icons::Glyph::Correct
                               : m_outcome == Outcome::Incorrect ? icons::Glyph::Incorrect
                                                                 : icons::Glyph::Info;
    m_icon->setPixmap(icons::icon(glyph, pal).pixmap(size, size));
    m_verdict->setFont(theme::scaled(font(), 1.2, QFont::Bold));
    theme::setTextColor(m_verdict, c);
    m_explanationTitle->setFont(theme::scaled(font(), 1.0, QFont::DemiBold));
}

void FeedbackPanel::changeEvent(QEvent *event)
{
    Card::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

} // namespace leerpad
