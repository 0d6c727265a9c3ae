#include "ui/selftest/testintroview.h"

#include "core/model/course.h"
#include "ui/style/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leerpad {

TestIntroView::TestIntroView(const std::optional<SelfTest> &test, const QString &pageTitle,
                             QWidget *parent)
    : Card(parent), m_start(new QPushButton(tr("Start de test"), this))
{
    const QString title = test && !test->title.isEmpty() ? test->title : tr("Test jezelf");
    auto *heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    theme::markScaled(heading, 1.15, QFont::DemiBold);
    heading->setVisible(title.compare(pageTitle, Qt::CaseInsensitive) != 0);

    QStringList facts;
    if (test) {
        const int n = int(test->questions.size());
        facts << tr("%n vragen", nullptr, n);
        if (test->passScore)
            facts << tr("je hebt er %1 goed nodig om te slagen").arg(*test->passScore);
    }
    auto *details = new QLabel(facts.join(QStringLiteral(" · ")), this);
    details->setTextFormat(Qt::PlainText);
    details->setWordWrap(true);
    details->setVisible(!facts.isEmpty());

    m_start->setAutoDefault(false);
    m_start->setMinimumSize(m_start->fontMetrics().averageCharWidth() * 20,
                            m_start->fontMetrics().height() * 2);
    m_start->setAccessibleDescription(tr("Begint de test: %1").arg(facts.join(QStringLiteral(", "))));
    m_start->setEnabled(test.has_value());
    connect(m_start, &QPushButton::clicked, this, &TestIntroView::startRequested);

    auto *row = new QHBoxLayout;
    row->addWidget(m_start);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(details);
    layout->addSpacing(4);
    layout->addLayout(row);
    setAccessibleName(title);
}

} // namespace leerpad
