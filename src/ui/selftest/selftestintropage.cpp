#include "ui/selftest/selftestintropage.h"


#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leerpad {

SelfTestIntroPage::SelfTestIntroPage(QWidget *parent) : QWidget(parent)
{
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("introCard"));
    card->setAttribute(Qt::WA_StyledBackground);

    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("introTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);

    m_count = new QLabel(card);
    m_count->setObjectName(QStringLiteral("introCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);

    m_rules = new QLabel(card);
    m_rules->setObjectName(QStringLiteral("introRules"));
    m_rules->setTextFormat(Qt::PlainText);
    m_rules->setWordWrap(true);

    m_keys = new QLabel(tr("Tip: kies een antwoord met de cijfertoetsen 1 tot en met 9. "
                           "Met Alt+pijl rechts en Alt+pijl links ga je naar de volgende en de "
                           "vorige vraag."),
                        card);
    m_keys->setObjectName(QStringLiteral("introKeys"));
    m_keys->setTextFormat(Qt::PlainText);
    m_keys->setWordWrap(true);

    m_start = new QPushButton(tr("&Start de test"), card);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setProperty("primary", true);
    m_start->setDefault(true);
    m_results = new QPushButton(tr("&Bekijk je resultaten"), card);
    m_results->setObjectName(QStringLiteral("showResultsButton"));
    m_results->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_results);
    buttons->addStretch(1);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_count);
    cardLayout->addWidget(m_rules);
    cardLayout->addWidget(m_keys);
    cardLayout->addSpacing(6);
    cardLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(card);
    layout->addStretch(1);

    connect(m_start, &QPushButton::clicked, this, &SelfTestIntroPage::startRequested);
    connect(m_results, &QPushButton::clicked, this, &SelfTestIntroPage::resultsRequested);
}

void SelfTestIntroPage::setTest(const SelfTest &test)
{
    m_title->setText(test.title.isEmpty() ? tr("Test jezelf!") : test.title);
    const int count = int(test.questions.size());
    m_count->setText(count == 1 ? tr("Deze test heeft één vraag. Een goed antwoord levert één punt op.")
                                : tr("Deze test heeft %1 vragen. Elke goed beantwoorde vraag levert één punt op.")
                                      .arg(count));
    QString rules = tr("Je ziet één vraag per keer. Met Vorige en Volgende, of via het overzicht "
                       "van de vragen, ga je heen en weer; je kunt je antwoorden tot het inleveren "
                       "veranderen. Pas na het inleveren zie je wat goed en fout was, met uitleg.");
    if (test.passScore)
        rules += QLatin1Char(' ') + tr("Met %1 of meer goede antwoorden ben je geslaagd.").arg(*test.passScore);
    m_rules->setText(rules);
    m_start->setAccessibleDescription(m_count->text());
}

void SelfTestIntroPage::setState(int resumeNumber, bool hasResults)
{
    m_start->setText(resumeNumber > 0 ? tr("&Ga verder met de test") : tr("&Start de test"));
    m_results->setVisible(hasResults);
}

} // namespace leerpad
