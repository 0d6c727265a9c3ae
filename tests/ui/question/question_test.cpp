#include "core/learning/navigator.h"
#include "ui/page/pageview.h"
#include "ui/question/feedbackpanel.h"
#include "ui/question/optionrow.h"
#include "core/learning/practice.h"
#include "ui/question/questionview.h"
#include "support/uitestsupport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QApplication>
#include <QPushButton>
#include <QTest>

#include <cstdlib>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

const Question *questionOf(const Course &course, const QString &id)
{
    for (const Section &s : course.sections) {
        for (const Page &p : s.pages) {
            for (const Block &b : p.blocks) {
                if (b.id == id)
                    return b.question();
            }
        }
    }
    return nullptr;
}

// Where the option with this id is shown (practice shows options in a fixed shuffle).
int optionIndex(const QuestionView &view, const QString &id)
{
    for (int i = 0; i < int(view.optionRows().size()); ++i) {
        if (view.optionRows()[i]->optionId() == id)
            return i;
    }
    return -1;
}

struct ShownQuestion
{
    QWidget window;
    QuestionView *view;
    QList<bool> checkedResults;
    explicit ShownQuestion(const Question &q) : view(new QuestionView(q, &window))
    {
        window.resize(700, 700);
        view->resize(680, 680);
        window.show();
        QApplication::setActiveWindow(&window);
        // Each check: whether the feedback shown says the answer was right.
        QObject::connect(view, &QuestionView::answerChanged, [this](const QStringList &, bool checked) {
            if (checked)
                checkedResults << this->view->feedbackPanel()->isCorrectShown();
        });
    }
};

} // namespace

TEST(QuestionView, OptionsAreShownInTheQuestionsFixedOrder)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    int reordered = 0;
    for (const CourseIndex::BlockRef &ref : r.course->index.questionBlocks()) {
        const Question &q = *r.course->block(ref).question();
        ShownQuestion shown(q);
        QStringList shownIds;
        for (const OptionRow *row : shown.view->optionRows())
            shownIds << row->optionId();
        QStringList defined;
        for (const Option &o : q.options)
            defined << o.id;
        EXPECT_EQ(shownIds, practiceOptionOrder(q)) << q.id.toStdString();
        // The same order every time the page is built.
        ShownQuestion again(q);
        for (int i = 0; i < int(again.view->optionRows().size()); ++i)
            EXPECT_EQ(again.view->optionRows()[i]->optionId(), shownIds[i]);
        if (q.type == Question::Type::TrueFalse) {
            EXPECT_EQ(shownIds, defined) << "Juist before Onjuist: " << q.id.toStdString();
        }
        reordered += shownIds != defined ? 1 : 0;
    }
    // oefen-1 is module 1.4's one choice question; its author put the answer third.
    EXPECT_EQ(reordered, 1);
}

TEST(QuestionView, WrongAnswerShowsIncorrectFeedbackWithIconWordAndExplanation)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    const Question *q = questionOf(*r.course, QStringLiteral("oefen-1"));
    ASSERT_NE(q, nullptr);
    ShownQuestion shown(*q);
    QuestionView &view = *shown.view;
    ASSERT_EQ(view.optionRows().size(), q->options.size());
    EXPECT_FALSE(view.checkButton()->isEnabled()); // nothing chosen yet
    EXPECT_TRUE(view.feedbackPanel()->isHidden());

    const int wrong = optionIndex(view, QStringLiteral("klant"));
    ASSERT_GE(wrong, 0);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key(Qt::Key_1 + wrong)); // number keys choose
    EXPECT_TRUE(view.optionRows()[wrong]->isChecked());
    EXPECT_TRUE(view.checkButton()->isEnabled());

    QTest::mouseClick(view.checkButton(), Qt::LeftButton);
    EXPECT_EQ(shown.checkedResults, QList<bool>{false});
    const FeedbackPanel *fb = view.feedbackPanel();
    EXPECT_TRUE(fb->isVisible());
    EXPECT_FALSE(fb->isCorrectShown());
    EXPECT_EQ(fb->verdict(), QStringLiteral("Fout"));
    EXPECT_EQ(fb->feedbackText(), q->feedbackIncorrect);
    EXPECT_EQ(fb->explanationText(), q->explanation);
    EXPECT_TRUE(fb->accessibleName().startsWith(QStringLiteral("Fout: ")));
    // The chosen option carries an icon and a word, not only a colour.
    EXPECT_EQ(view.optionRows()[wrong]->mark(), OptionRow::Mark::Incorrect);
    EXPECT_EQ(view.optionRows()[wrong]->markText(), QStringLiteral("Fout"));
    // The right answer is not given away by a mark.
    const int right = optionIndex(view, QStringLiteral("collega"));
    EXPECT_EQ(view.optionRows()[right]->mark(), OptionRow::Mark::None);
    // Locked until "Opnieuw proberen".
    EXPECT_FALSE(view.checkButton()->isEnabled());
    EXPECT_TRUE(view.retryButton()->isVisible());
    QTest::keyClick(&view, Qt::Key(Qt::Key_1 + right));
    EXPECT_FALSE(view.optionRows()[right]->isChecked());
}

TEST(QuestionView, RetryThenRightAnswerShowsCorrectFeedback)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    const Question *q = questionOf(*r.course, QStringLiteral("oefen-1"));
    ShownQuestion shown(*q);
    QuestionView &view = *shown.view;
    ASSERT_TRUE(chooseById(&view, QStringLiteral("wet")));
    view.check();
    QTest::mouseClick(view.retryButton(), Qt::LeftButton);
    EXPECT_TRUE(view.chosenIds().isEmpty());
    EXPECT_TRUE(view.feedbackPanel()->isHidden());
    EXPECT_FALSE(view.checkButton()->isEnabled());
    for (const OptionRow *row : view.optionRows())
        EXPECT_EQ(row->mark(), OptionRow::Mark::None);

    // A click anywhere on the answer's row chooses it.
    OptionRow *right = view.optionRows()[optionIndex(view, QStringLiteral("collega"))];
    QTest::mouseClick(right, Qt::LeftButton, {}, QPoint(right->width() / 2, right->height() / 2));
    EXPECT_TRUE(right->isChecked());
    QTest::mouseClick(view.checkButton(), Qt::LeftButton);
    EXPECT_EQ(shown.checkedResults, (QList<bool>{false, true}));
    EXPECT_EQ(view.feedbackPanel()->verdict(), QStringLiteral("Goed"));
    EXPECT_TRUE(view.retryButton()->isHidden()) << "nothing to try again after a right answer";
    EXPECT_EQ(view.feedbackPanel()->feedbackText(), q->feedbackCorrect);
    EXPECT_EQ(right->markText(), QStringLiteral("Goed"));
}

TEST(QuestionView, MultipleChoiceIsAllOrNothingWithCheckBoxes)
{
    Question q;
    q.id = QStringLiteral("m");
    q.type = Question::Type::Multiple;
    q.prompt = {{InlineRun::Style::Plain, QStringLiteral("Welke zijn waar?"), {}}};
    q.options = {{QStringLiteral("a"), QStringLiteral("A")},
                 {QStringLiteral("b"), QStringLiteral("B")},
                 {QStringLiteral("c"), QStringLiteral("C")}};
    q.correct = {QStringLiteral("a"), QStringLiteral("c")};
    ShownQuestion shown(q);
    QuestionView &view = *shown.view;
    EXPECT_TRUE(qobject_cast<QCheckBox *>(view.optionRows()[0]->button()) != nullptr ||
                view.optionRows()[0]->button()->inherits("QCheckBox"));
    QTest::keyClick(&view, Qt::Key_1);
    QTest::keyClick(&view, Qt::Key_2);
    QTest::keyClick(&view, Qt::Key_2); // toggles off again
    EXPECT_EQ(view.chosenIds(), QStringList{QStringLiteral("a")});
    view.check();
    EXPECT_EQ(shown.checkedResults, QList<bool>{false}); // partly right is not right
    view.retry();
    QTest::keyClick(&view, Qt::Key_1);
    QTest::keyClick(&view, Qt::Key_3);
    view.check();
    EXPECT_EQ(shown.checkedResults, (QList<bool>{false, true}));
    EXPECT_EQ(view.feedbackPanel()->feedbackText(), QStringLiteral("Dit antwoord is goed."));
}

TEST(QuestionView, ScreenReadersGetTheQuestionOptionsAndFeedback)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    const Question *q = questionOf(*r.course, QStringLiteral("oefen-5"));
    ASSERT_NE(q, nullptr);
    ShownQuestion shown(*q);
    QuestionView &view = *shown.view;
    ASSERT_EQ(view.optionRows().size(), 2);
    for (int i = 0; i < 2; ++i) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(view.optionRows()[i]->button());
        ASSERT_NE(a, nullptr);
        EXPECT_EQ(a->text(QAccessible::Name), q->options[i].text);
        EXPECT_FALSE(a->text(QAccessible::Description).isEmpty());
    }
    ASSERT_TRUE(chooseById(&view, QStringLiteral("onjuist")));
    view.check();
    QAccessibleInterface *fb = QAccessible::queryAccessibleInterface(view.feedbackPanel());
    ASSERT_NE(fb, nullptr);
    EXPECT_EQ(fb->text(QAccessible::Name), QStringLiteral("Goed: ") + q->feedbackCorrect);
    EXPECT_EQ(fb->text(QAccessible::Description), q->explanation);
    EXPECT_TRUE(view.feedbackPanel()->hasFocus());
}

TEST(QuestionView, CheckingInTheWindowCompletesThePage)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    TestPlayer player(r);
    MainWindow &w = player.window;
    w.show();
    ASSERT_TRUE(player.nav().goTo(QStringLiteral("opdracht-3")));
    EXPECT_EQ(player.nav().pageState(QStringLiteral("opdracht-3")), PageState::Visited);
    const auto questions = w.pageView()->blocksOf<QuestionView>();
    ASSERT_EQ(questions.size(), 1);
    // Number keys work with focus on the page itself, too.
    w.pageView()->setFocus();
    QTest::keyClick(w.pageView(), Qt::Key_2);
    EXPECT_EQ(questions.first()->chosenIds().size(), 1);
    questions.first()->check();
    EXPECT_EQ(player.nav().pageState(QStringLiteral("opdracht-3")), PageState::Completed);
}

// The circle (or box) sits on the answer's first line, not above it, at any text size.
TEST(QuestionView, ChoiceIndicatorSitsOnTheFirstLineOfItsAnswer)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    for (const QString &id : {QStringLiteral("oefen-1"), QStringLiteral("oefen-2")}) {
        const Question *q = questionOf(*r.course, id);
        ASSERT_NE(q, nullptr);
        for (const qreal points : {10.0, 16.0}) {
            ShownQuestion shown(*q);
            QFont f = shown.view->font();
            f.setPointSizeF(points);
            shown.view->setFont(f);
            QApplication::processEvents();
            for (const OptionRow *row : shown.view->optionRows()) {
                const QLabel *text = row->findChild<QLabel *>(QStringLiteral("optionText"));
                ASSERT_NE(text, nullptr);
                const int lineMiddle = text->geometry().top() + QFontMetrics(text->font()).lineSpacing() / 2;
                const int buttonMiddle = row->button()->geometry().center().y();
                EXPECT_LE(std::abs(buttonMiddle - lineMiddle), 1)
                    << id.toStdString() << " at " << points << " pt: circle " << buttonMiddle << ", line " << lineMiddle;
            }
        }
    }
}
