#include "ui/page/endofcoursecard.h"

#include "core/model/course.h"
#include "ui/style/theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace leerpad {

namespace {

QLabel *line(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // page titles are course text
    label->setWordWrap(true);
    return label;
}

// Enough to see what is left without the card taking over the page.
constexpr int kPagesListed = 8;

} // namespace

EndOfCourseCard::EndOfCourseCard(const CourseSummary &s, const Course &course, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("endOfCourse"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Zo ver ben je"));
    auto *layout = new QVBoxLayout(this);
    auto *title = line(tr("Zo ver ben je"), this);
    theme::markScaled(title, 1.2, QFont::DemiBold);
    layout->addWidget(title);
    layout->addWidget(line(tr("Je hebt %1 van de %2 pagina's afgerond.").arg(s.pagesDone).arg(s.pageCount), this));

    if (!s.pagesLeft.isEmpty()) {
        layout->addWidget(line(tr("Nog te doen:"), this));
        for (int i = 0; i < std::min(int(s.pagesLeft.size()), kPagesListed); ++i) {
            const int index = s.pagesLeft[i];
            const Page *page = course.page(index);
            auto *go = new QPushButton(page ? page->title : QString::number(index + 1), this);
            go->setAutoDefault(false);
            go->setAccessibleDescription(tr("Naar deze pagina"));
            connect(go, &QPushButton::clicked, this, [this, index] { emit pageRequested(index); });
            layout->addWidget(go, 0, Qt::AlignLeft);
        }
        if (s.pagesLeft.size() > kPagesListed)
            layout->addWidget(line(tr("en nog %n andere", nullptr, int(s.pagesLeft.size()) - kPagesListed), this));
    }

    QString test;
    switch (s.test) {
    case CourseSummary::Test::None: break;
    case CourseSummary::Test::NotStarted: test = tr("De test heb je nog niet gemaakt."); break;
    case CourseSummary::Test::InProgress:
        test = tr("Je bent bezig met de test: %1 van %2 vragen beantwoord.").arg(s.answered).arg(s.questionCount);
        break;
    case CourseSummary::Test::Passed:
        test = tr("Je bent geslaagd voor de test (laatste poging: %1 van de %2 goed).").arg(s.points).arg(s.maxPoints);
        break;
    case CourseSummary::Test::NotPassed:
        test = tr("Je bent nog niet geslaagd voor de test (laatste poging: %1 van de %2 goed).")
                   .arg(s.points)
                   .arg(s.maxPoints);
        break;
    case CourseSummary::Test::Submitted:
        test = tr("Je hebt de test gemaakt: %1 van de %2 goed.").arg(s.points).arg(s.maxPoints);
        break;
    }
    if (!test.isEmpty())
        layout->addWidget(line(test, this));

    QString advice;
    QString button;
    switch (s.next) {
    case CourseSummary::NextStep::Done:
        advice = tr("Je hebt alles gedaan. Goed gewerkt!");
        break;
    case CourseSummary::NextStep::FinishPages:
        advice = tr("Rond eerst de pagina's hierboven af: de test vraagt wat daar staat.");
        button = tr("Naar de eerste pagina die nog openstaat");
        break;
    case CourseSummary::NextStep::StartTest: button = tr("De test starten"); break;
    case CourseSummary::NextStep::ContinueTest: button = tr("Verder met de test"); break;
    case CourseSummary::NextStep::RetakeTest:
        advice = tr("Bekijk wat er fout ging en probeer de test opnieuw.");
        button = tr("Naar de test");
        break;
    }
    if (!advice.isEmpty())
        layout->addWidget(line(advice, this));
    if (!button.isEmpty()) {
        m_next = new QPushButton(button, this);
        m_next->setAutoDefault(false);
        // The test belongs to its page: go there first, then into the test itself (a
        // retake starts from the results, which that page shows).
        const int target = s.next == CourseSummary::NextStep::FinishPages ? s.pagesLeft.constFirst() : s.testPage;
        const bool intoTest = s.next == CourseSummary::NextStep::StartTest ||
                              s.next == CourseSummary::NextStep::ContinueTest;
        connect(m_next, &QPushButton::clicked, this, [this, target, intoTest] {
            emit pageRequested(target);
            if (intoTest)
                emit selfTestRequested();
        });
        layout->addWidget(m_next, 0, Qt::AlignLeft);
    }
}

} // namespace leerpad
