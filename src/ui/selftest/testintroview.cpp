#include "ui/selftest/testintroview.h"

#include "core/learning/selftestsession.h"
#include "ui/selftest/selftestrunpage.h"
#include "ui/selftest/selftesttext.h"
#include "ui/style/keytext.h"
#include "ui/style/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leerpad {

TestIntroView::TestIntroView(const SelfTest *test, const SelfTestSession *session,
                             const QString &pageTitle, QWidget *parent)
    : Card(parent), m_status(theme::plainLabel(this, QStringLiteral("testStatus"))),
      m_start(new QPushButton(tr("De test starten"), this)),
      m_results(new QPushButton(tr("Je resultaten bekijken"), this))
{
    setObjectName(QStringLiteral("testIntro"));
    const QString title = test && !test->title.isEmpty() ? test->title : tr("Test jezelf");
    auto *heading = theme::plainLabel(this, QStringLiteral("testTitle"));
    heading->setText(title);
    theme::markScaled(heading, 1.15, QFont::DemiBold);
    heading->setVisible(title.compare(pageTitle, Qt::CaseInsensitive) != 0);

    QStringList facts;
    QString rules;
    if (test) {
        facts << tr("%n vragen", nullptr, int(test->questions.size()));
        if (test->passScore)
            facts << tr("je hebt er %1 goed nodig om te slagen").arg(*test->passScore);
        rules = tr("Je ziet één vraag per keer en kunt je antwoorden tot het inleveren veranderen. "
                   "Pas na het inleveren zie je wat goed en fout was, met uitleg. Kies een "
                   "antwoord met de cijfertoetsen 1 tot en met 9; met %1 en %2 ga je naar de "
                   "volgende en de vorige vraag.")
                    .arg(keyText({SelfTestRunPage::nextQuestionKey()}),
                         keyText({SelfTestRunPage::previousQuestionKey()}));
    }
    auto *details = theme::plainLabel(this, QStringLiteral("testFacts"));
    details->setText(facts.join(QStringLiteral(" · ")));
    details->setVisible(!facts.isEmpty());
    theme::markScaled(details, 1.0, QFont::DemiBold);
    auto *howTo = theme::plainLabel(this, QStringLiteral("testRules"));
    howTo->setText(rules);
    howTo->setVisible(!rules.isEmpty());

    // Where the learner stands, on the page itself: also after a restart.
    QStringList status;
    const Attempt *current = session ? session->current() : nullptr;
    const Attempt *latest = session ? session->latestSubmitted() : nullptr;
    if (current) {
        const int count = int(current->questionOrder.size());
        const int answered = count - int(unansweredNumbers(*current).size());
        status << tr("Je bent bezig met poging %1: %2 van %3 vragen beantwoord.")
                      .arg(current->number)
                      .arg(answered)
                      .arg(count);
        m_start->setText(tr("Verder met de test (%1 van %2 beantwoord)").arg(answered).arg(count));
    }
    if (latest && latest->score) {
        QString last = tr("Je laatste resultaat (poging %1): %2.")
                           .arg(latest->number)
                           .arg(SelfTestText::scoreSummary(*latest->score));
        if (latest->score->passed)
            last += QLatin1Char(' ') + (*latest->score->passed ? tr("Geslaagd.") : tr("Nog niet geslaagd."));
        if (session->hasPassed() && !latest->score->passed.value_or(false))
            last += QLatin1Char(' ') + tr("Bij een eerdere poging was je wel geslaagd.");
        status << last;
    }
    m_status->setText(status.join(QLatin1Char('\n')));
    m_status->setVisible(!status.isEmpty());

    for (QPushButton *b : {m_start, m_results}) {
        b->setAutoDefault(false);
        b->setMinimumHeight(b->fontMetrics().height() * 2);
    }
    m_start->setObjectName(QStringLiteral("startTestButton"));
    m_start->setMinimumWidth(m_start->fontMetrics().averageCharWidth() * 20);
    m_start->setAccessibleDescription(facts.join(QStringLiteral(", ")));
    m_start->setEnabled(test != nullptr && session != nullptr);
    theme::markPrimary(m_start);
    m_results->setObjectName(QStringLiteral("showResultsButton"));
    m_results->setVisible(latest != nullptr);
    connect(m_start, &QPushButton::clicked, this, &TestIntroView::startRequested);
    connect(m_results, &QPushButton::clicked, this, &TestIntroView::resultsRequested);

    auto *row = new QHBoxLayout;
    row->addWidget(m_start);
    row->addWidget(m_results);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(details);
    layout->addWidget(howTo);
    layout->addWidget(m_status);
    layout->addSpacing(4);
    layout->addLayout(row);
    setAccessibleName(title);
}

} // namespace leerpad
