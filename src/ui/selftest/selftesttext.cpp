#include "ui/selftest/selftesttext.h"

#include "ui/page/inlinehtml.h"

namespace leerpad {

QString SelfTestText::scoreSummary(const Score &score)
{
    return tr("%1 van de %2 goed (%3%)").arg(score.points).arg(score.maxPoints).arg(score.percentage);
}

QString SelfTestText::numberList(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts.append(QString::number(n));
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return tr("%1 en %2", "list of question numbers: '2, 5' and '9'")
        .arg(parts.join(QLatin1String(", ")), last);
}

QString SelfTestText::submitConfirmation(const QList<int> &unansweredNumbers, int questionCount)
{
    if (unansweredNumbers.isEmpty()) {
        const QString all = questionCount == 1 ? tr("Je hebt de vraag beantwoord.")
                                               : tr("Je hebt alle %1 vragen beantwoord.").arg(questionCount);
        return all + QLatin1Char(' ')
            + tr("Wil je de test inleveren? Daarna kun je je antwoorden niet meer veranderen.");
    }
    const QString which = unansweredNumbers.size() == 1
        ? tr("Vraag %1 heb je nog niet beantwoord.").arg(unansweredNumbers.first())
        : tr("De vragen %1 heb je nog niet beantwoord.").arg(numberList(unansweredNumbers));
    return which + QLatin1Char(' ')
        + tr("Een vraag zonder antwoord telt als fout. Wil je de test toch inleveren?");
}

QString SelfTestText::optionTexts(const Question &question, const QStringList &optionIds)
{
    QStringList texts;
    for (const QString &id : optionIds) {
        if (const Option *o = question.option(id))
            texts.append(o->text);
    }
    if (texts.isEmpty())
        return tr("(niet beantwoord)");
    return texts.join(QLatin1String("; "));
}

QString SelfTestText::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Correct:
        return tr("✓ Goed");
    case Outcome::Incorrect:
        return tr("✗ Fout");
    case Outcome::Unanswered:
        break;
    }
    return tr("– Niet beantwoord");
}

QString SelfTestText::dateTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(tr("d-M-yyyy HH:mm", "date and time of an attempt"));
}

QString SelfTestText::attemptLabel(const Attempt &attempt)
{
    const QString when = dateTime(attempt.isSubmitted() ? attempt.submittedAt : attempt.startedAt);
    if (!attempt.score)
        return tr("Poging %1 · %2 · nog niet ingeleverd").arg(attempt.number).arg(when);
    return tr("Poging %1 · %2 · %3").arg(attempt.number).arg(when, scoreSummary(*attempt.score));
}

} // namespace leerpad
