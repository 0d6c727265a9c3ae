// The self-test flow driven through its real widgets, offscreen: keyboard answers,
// navigation, the submit confirmation, results with bands, review, retake, history,
// persistence signals and the screen-reader announcement.

#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"
#include "ui/question/feedbackpanel.h"
#include "ui/question/optionrow.h"
#include "ui/question/questionwidget.h"
#include "ui/selftest/selftestresultspage.h"
#include "ui/selftest/selftestreviewcard.h"
#include "ui/selftest/selftestrunpage.h"
#include "ui/selftest/selftesttext.h"
#include "ui/selftest/selftestview.h"
#include "ui/selftest/testintroview.h"
#include "support/uitestsupport.h"
#include "ui/page/pageview.h"
#include "ui/window/playeractions.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>


using namespace leerpad;

namespace {

std::shared_ptr<const Course> module14()
{
    static const std::shared_ptr<const Course> course = [] {
        LoadOptions options;
        options.openWithMissingMedia = true;
        return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
    }();
    return course;
}

// The module 1.4 answer key, independent of course.json.
const QStringList kKey = {"u-is-norm", "overheid-ddma-organisatie", "controle", "juist",
                          "waarde-overheid", "onjuist", "klant", "onjuist", "naam-en-bedanken",
                          "onjuist"};

// Drives one SelfTestView the way a learner does: keys and clicks on real widgets, over
// the learner's self-test session (what a store would keep).
class Driver
{
public:
    explicit Driver(std::shared_ptr<const Course> course = module14())
        : session(std::move(course)), view(&session)
    {
        view.resize(900, 700);
        view.show();
        QApplication::setActiveWindow(&view);
        active = QTest::qWaitForWindowActive(&view);
    }

    template<typename T = QWidget>
    T *child(const QString &name) const
    {
        const auto all = view.findChildren<T *>(name);
        for (T *w : all) {
            if (w->isVisible())
                return w;
        }
        ADD_FAILURE() << "no visible " << name.toStdString();
        return nullptr;
    }
    QString label(const QString &name) const
    {
        QLabel *l = child<QLabel>(name);
        return l ? l->text() : QString();
    }
    void click(const QString &name)
    {
        if (auto *b = child<QAbstractButton>(name))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        ASSERT_TRUE(target && view.isAncestorOf(target)) << "keyboard focus left the self-test";
        QTest::keyClick(target, k, modifiers);
    }

    SelfTestRunPage *run() const { return view.runPage(); }
    int index() const { return run()->currentIndex(); }
    const Attempt &shown() const { return *run()->attempt(); }
    QString questionId() const { return shown().questionOrder.value(index()); }
    // The attempt in progress, as the session (and so the store) has it.
    const Attempt *current() const { return session.current(); }

    // "De test starten" on the page; then the screen is laid out, as before any click.
    void start()
    {
        view.start();
        QApplication::processEvents();
    }

    // Presses the number key of the option with this id on the current question.
    void choose(const QString &optionId)
    {
        const QStringList order = shown().optionOrder.value(questionId());
        const auto position = order.indexOf(optionId);
        ASSERT_GE(position, 0) << optionId.toStdString();
        key(Qt::Key(Qt::Key_1 + position));
    }

    // From the first question: answer each (empty = leave open), then Alt+Right.
    void answerAll(const QStringList &optionIds)
    {
        for (int i = 0; i < optionIds.size(); ++i) {
            ASSERT_EQ(index(), i);
            if (!optionIds[i].isEmpty())
                choose(optionIds[i]);
            if (i + 1 < optionIds.size())
                key(Qt::Key_Right, Qt::AltModifier);
        }
    }

    // Clicks "Inleveren"; the dialog is read and answered from inside its event loop.
    QString submit(bool confirm = true)
    {
        QString text;
        bool seen = false;
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            seen = true;
            text = box->text();
            box->findChild<QPushButton *>(confirm ? QStringLiteral("confirmSubmitButton")
                                                  : QStringLiteral("cancelSubmitButton"))
                ->click();
        });
        click(QStringLiteral("submitButton"));
        EXPECT_TRUE(seen) << "no confirmation dialog";
        // The offscreen platform does not hand activation back after a modal dialog,
        // as a window manager would; without it no widget has keyboard focus.
        QApplication::setActiveWindow(&view);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&view));
        return text;
    }

    SelfTestSession session;
    SelfTestView view;
    bool active = false;
};

// Module 1.4 answers with the first `right` questions right and the rest wrong.
QStringList answersScoring(int right)
{
    QStringList answers;
    const SelfTest &t = *module14()->selfTest;
    for (int i = 0; i < t.questions.size(); ++i) {
        QString wrong;
        for (const Option &o : t.questions[i].options) {
            if (o.id != kKey[i])
                wrong = o.id;
        }
        answers.append(i < right ? kKey[i] : wrong);
    }
    return answers;
}

QString expectedBandFeedback(int band, int points)
{
    QString f = module14()->selfTest->bands.value(band).feedback;
    return f.replace("{{score}}", QString::number(points)).replace("{{maxScore}}", "10");
}

} // namespace

TEST(TestIntroView, NamesTheTestItsLengthAndThePassMark)
{
    ASSERT_TRUE(module14());
    SelfTestSession session(module14());
    TestIntroView intro(&*module14()->selfTest, &session, QStringLiteral("Test jezelf!"));
    const auto text = [&](const char *name) {
        auto *l = intro.findChild<QLabel *>(QString::fromLatin1(name));
        return l && !l->isHidden() ? l->text() : QString();
    };
    EXPECT_TRUE(text("testTitle").isEmpty()) << "the page title says it already";
    EXPECT_TRUE(text("testFacts").contains(QStringLiteral("10 vragen")));
    EXPECT_TRUE(text("testFacts").contains(QStringLiteral("6 goed nodig")));
    EXPECT_TRUE(text("testStatus").isEmpty());
    EXPECT_EQ(intro.startButton()->text(), QStringLiteral("De test starten"));
    EXPECT_TRUE(intro.startButton()->isEnabled());
    EXPECT_TRUE(intro.resultsButton()->isHidden());
}

TEST(TestIntroView, SaysWhereTheLearnerStandsAfterARestart)
{
    SelfTestSession session(module14());
    const SelfTest &t = *module14()->selfTest;
    const QDateTime at(QDate(2025, 3, 14), QTime(9, 0), Qt::UTC);
    Attempt passed = startAttempt(t, 1, 11, at);
    for (int i = 0; i < 7; ++i)
        ASSERT_FALSE(setAnswer(t, passed, t.questions[i].id, {kKey[i]}));
    passed.submittedAt = at.addSecs(600);
    Attempt open = startAttempt(t, 2, 12, at.addDays(1));
    for (int i = 0; i < 4; ++i)
        ASSERT_FALSE(setAnswer(t, open, t.questions[i].id, {kKey[i]}));
    session.restore({passed, open});
    TestIntroView intro(&t, &session, QStringLiteral("Test jezelf!"));
    EXPECT_EQ(intro.startButton()->text(), QStringLiteral("Verder met de test (4 van 10 beantwoord)"));
    const QString status = intro.statusLabel()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("poging 2: 4 van 10 vragen beantwoord"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("7 van de 10 goed (70%)"))) << status.toStdString();
    EXPECT_FALSE(intro.resultsButton()->isHidden());
}

TEST(TestIntroView, ACourseWithoutATestCannotStartOne)
{
    TestIntroView intro(nullptr, nullptr, QStringLiteral("Test"));
    EXPECT_FALSE(intro.startButton()->isEnabled());
}

TEST(SelfTestView, FocusingTheViewFocusesWhereTheWorkIs)
{
    Driver d;
    ASSERT_TRUE(d.active);
    d.start();
    ASSERT_EQ(d.view.screen(), SelfTestView::Screen::Question);
    d.child<QWidget>("nextButton")->setFocus();
    d.view.setFocus(Qt::OtherFocusReason);
    QWidget *focus = QApplication::focusWidget();
    ASSERT_TRUE(focus);
    EXPECT_EQ(focus->objectName(), QStringLiteral("optionButton"));
    d.key(Qt::Key_2);
    const QString second = d.shown().optionOrder.value("zt-01").value(1); // as shown
    EXPECT_EQ(d.current()->answers.value("zt-01"), QSet<QString>{second});
}

// What the learner sees is the attempt's own order: every question of a shuffled attempt
// shows its options exactly as stored, and so does the same attempt resumed later.
TEST(SelfTestView, OptionsAreShownInTheAttemptsStoredOrderAlsoWhenResumed)
{
    auto course = std::make_shared<Course>(*module14());
    course->selfTest->shuffleOptions = true;
    Attempt stored;
    {
        Driver d(course);
        ASSERT_TRUE(d.active);
        d.start();
        for (int i = 0; i < 10; ++i) {
            d.run()->showIndex(i);
            QStringList shown;
            for (const OptionRow *row : d.run()->questionWidget()->rows())
                shown << row->optionId();
            EXPECT_EQ(shown, d.current()->optionOrder.value(d.questionId())) << i;
        }
        d.choose(kKey[9]);
        stored = *d.current();
    }
    Driver again(course);
    again.session.restore({stored});
    again.start();
    for (int i = 0; i < 10; ++i) {
        again.run()->showIndex(i);
        QStringList shown;
        for (const OptionRow *row : again.run()->questionWidget()->rows())
            shown << row->optionId();
        EXPECT_EQ(shown, stored.optionOrder.value(stored.questionOrder[i])) << i;
    }
}

TEST(SelfTestView, AllCorrectScoresTenOutOfTen)
{
    Driver d;
    ASSERT_TRUE(d.active);
    QSignalSpy submitted(&d.session, &SelfTestSession::attemptSubmitted);
    d.start();
    EXPECT_EQ(d.view.screen(), SelfTestView::Screen::Question);
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 1 van 10"));
    d.answerAll(kKey);
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 10 van 10"));
    EXPECT_EQ(d.label("answeredCount"), QStringLiteral("10 van 10 beantwoord"));

    const QString confirmation = d.submit();
    EXPECT_TRUE(confirmation.contains(QStringLiteral("alle 10 vragen beantwoord"))) << confirmation.toStdString();
    ASSERT_EQ(d.view.screen(), SelfTestView::Screen::Results);
    EXPECT_EQ(d.label("scoreLabel"), QStringLiteral("10 van de 10 goed (100%)"));
    EXPECT_TRUE(d.label("passLabel").contains(QStringLiteral("Geslaagd")));
    EXPECT_EQ(d.label("bandFeedback"), expectedBandFeedback(2, 10));

    const auto cards = d.view.findChildren<SelfTestReviewCard *>();
    ASSERT_EQ(cards.size(), 10);
    for (SelfTestReviewCard *card : cards)
        EXPECT_TRUE(card->findChild<QLabel *>("reviewCardOutcome")->text().contains(QStringLiteral("Goed")));

    ASSERT_EQ(submitted.size(), 1);
    const Attempt a = submitted.first().first().value<Attempt>();
    ASSERT_TRUE(a.score.has_value());
    EXPECT_EQ(a.score->points, 10);
    EXPECT_TRUE(a.isSubmitted());
}

namespace {

struct BandCase
{
    int points;
    int band;
    bool passed;
};

// Readable test names in ctest instead of raw bytes.
[[maybe_unused]] void PrintTo(const BandCase &c, std::ostream *os)
{
    *os << c.points << " points, band " << c.band << (c.passed ? ", passed" : ", failed");
}

} // namespace

class SelfTestViewBands : public ::testing::TestWithParam<BandCase>
{
};

TEST_P(SelfTestViewBands, ScoreOnTheBoundaryShowsThatBand)
{
    const BandCase c = GetParam();
    Driver d;
    ASSERT_TRUE(d.active);
    d.start();
    d.answerAll(answersScoring(c.points));
    d.submit();
    ASSERT_EQ(d.view.screen(), SelfTestView::Screen::Results);
    EXPECT_EQ(d.label("scoreLabel"),
              QStringLiteral("%1 van de 10 goed (%2%)").arg(c.points).arg(c.points * 10));
    EXPECT_EQ(d.label("bandFeedback"), expectedBandFeedback(c.band, c.points));
    const QString pass = d.label("passLabel");
    EXPECT_EQ(pass.contains(QStringLiteral("Nog niet geslaagd")), !c.passed) << pass.toStdString();
    EXPECT_EQ(pass.contains(QStringLiteral("✓ Geslaagd")), c.passed) << pass.toStdString();

    int wrongCards = 0;
    for (SelfTestReviewCard *card : d.view.findChildren<SelfTestReviewCard *>())
        wrongCards += card->findChild<QLabel *>("reviewCardOutcome")->text().contains(QStringLiteral("Fout"));
    EXPECT_EQ(wrongCards, 10 - c.points);
}

INSTANTIATE_TEST_SUITE_P(Module14, SelfTestViewBands,
                         ::testing::Values(BandCase{5, 0, false}, BandCase{6, 1, true},
                                           BandCase{8, 2, true}),
                         [](const auto &info) { return "Score" + std::to_string(info.param.points); });

TEST(SelfTestView, ThreeUnansweredAreNamedBeforeSubmitting)
{
    Driver d;
    ASSERT_TRUE(d.active);
    d.start();
    QStringList answers = kKey;
    answers[2].clear();
    answers[5].clear();
    answers[8].clear();
    d.answerAll(answers);
    EXPECT_EQ(d.label("answeredCount"), QStringLiteral("7 van 10 beantwoord"));

    // Going back to the test keeps everything as it was.
    const QString first = d.submit(false);
    EXPECT_TRUE(first.startsWith(QStringLiteral("De vragen 3, 6 en 9 heb je nog niet beantwoord.")))
        << first.toStdString();
    EXPECT_EQ(first, d.view.submitConfirmationText());
    ASSERT_EQ(d.view.screen(), SelfTestView::Screen::Question);
    EXPECT_EQ(d.current()->answers.size(), 7);

    // Fill in one more from the overview, then hand in with two open.
    d.click("overviewButton6");
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 6 van 10"));
    d.choose(kKey[5]);
    const QString second = d.submit(true);
    EXPECT_TRUE(second.startsWith(QStringLiteral("De vragen 3 en 9 heb je nog niet beantwoord.")))
        << second.toStdString();
    ASSERT_EQ(d.view.screen(), SelfTestView::Screen::Results);
    EXPECT_EQ(d.label("scoreLabel"), QStringLiteral("8 van de 10 goed (80%)"));
    const auto cards = d.view.findChildren<SelfTestReviewCard *>();
    ASSERT_EQ(cards.size(), 10);
    EXPECT_TRUE(cards[2]->findChild<QLabel *>("reviewCardOutcome")->text().contains(QStringLiteral("Niet beantwoord")));
    EXPECT_TRUE(cards[2]->findChild<QLabel *>("reviewCardYourAnswer")->text().contains(QStringLiteral("(niet beantwoord)")));
    EXPECT_TRUE(cards[8]->findChild<QLabel *>("reviewCardOutcome")->text().contains(QStringLiteral("Niet beantwoord")));
}

TEST(SelfTestView, NothingIsJudgedBeforeSubmitting)
{
    Driver d;
    ASSERT_TRUE(d.active);
    d.start();
    d.answerAll(answersScoring(4));
    for (int i = 0; i < 10; ++i) {
        d.click(QStringLiteral("overviewButton%1").arg(i + 1));
        for (auto *row : d.view.findChildren<OptionRow *>()) {
            EXPECT_TRUE(row->markText().isEmpty());
            EXPECT_EQ(row->mark(), OptionRow::Mark::None);
            EXPECT_TRUE(row->button()->isEnabled());
        }
        EXPECT_FALSE(d.run()->reviewPanel()->isVisible());
        const QString state = d.view.findChild<QToolButton *>(QStringLiteral("overviewButton%1").arg(i + 1))->accessibleName();
        EXPECT_FALSE(state.contains(QStringLiteral("goed")) || state.contains(QStringLiteral("fout"))) << state.toStdString();
    }
}

TEST(SelfTestView, VorigeVolgendeAndOverviewNavigate)
{
    Driver d;
    ASSERT_TRUE(d.active);
    d.start();
    EXPECT_FALSE(d.child<QPushButton>("previousButton")->isEnabled());
    d.click("nextButton");
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 2 van 10"));
    d.click("overviewButton7");
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 7 van 10"));
    EXPECT_TRUE(d.view.findChild<QToolButton *>("overviewButton7")->accessibleName().contains(QStringLiteral("huidige vraag")));
    d.click("previousButton");
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 6 van 10"));
    d.key(Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 5 van 10"));
    d.click("overviewButton10");
    EXPECT_FALSE(d.child<QPushButton>("nextButton")->isEnabled());

    auto *ten = d.view.findChild<QToolButton *>("overviewButton10");
    EXPECT_TRUE(ten->accessibleName().contains(QStringLiteral("nog niet beantwoord")));
    d.choose(kKey[9]);
    EXPECT_TRUE(ten->accessibleName().contains(QStringLiteral("beantwoord")));
    EXPECT_FALSE(ten->accessibleName().contains(QStringLiteral("nog niet")));
    EXPECT_EQ(d.label("answeredCount"), QStringLiteral("1 van 10 beantwoord"));
}

TEST(SelfTestView, NumberKeysChooseOptions)
{
    Driver d;
    ASSERT_TRUE(d.active);
    d.start();
    d.click("overviewButton3"); // zt-03 has four options
    ASSERT_EQ(d.questionId(), QStringLiteral("zt-03"));
    const QStringList order = d.shown().optionOrder.value("zt-03");
    d.key(Qt::Key_3);
    EXPECT_EQ(d.current()->answers.value("zt-03"), QSet<QString>{order[2]});
    d.key(Qt::Key_9); // no ninth option: nothing changes
    EXPECT_EQ(d.current()->answers.value("zt-03"), QSet<QString>{order[2]});
    d.key(Qt::Key_1);
    EXPECT_EQ(d.current()->answers.value("zt-03"), QSet<QString>{order[0]});
    // Arrow keys move through the options and choose, like any radio group.
    d.key(Qt::Key_Down);
    EXPECT_EQ(d.current()->answers.value("zt-03"), QSet<QString>{order[1]});
    d.key(Qt::Key_Up);
    EXPECT_EQ(d.current()->answers.value("zt-03"), QSet<QString>{order[0]});
    const auto rows = d.view.findChildren<OptionRow *>();
    ASSERT_EQ(rows.size(), 4);
    EXPECT_TRUE(rows[0]->button()->isChecked());
    EXPECT_FALSE(rows[2]->button()->isChecked());
    // The first option shown, named with its own text (options are shuffled per attempt).
    EXPECT_EQ(rows[0]->button()->accessibleName(),
              module14()->selfTest->questions[2].option(order[0])->text);
}

TEST(SelfTestView, ReviewOpensTheQuestionReadOnly)
{
    Driver d;
    ASSERT_TRUE(d.active);
    d.start();
    d.answerAll(answersScoring(1)); // question 2 onwards wrong
    d.submit();
    const auto cards = d.view.findChildren<SelfTestReviewCard *>();
    ASSERT_EQ(cards.size(), 10);
    QTest::mouseClick(cards[1]->openButton(), Qt::LeftButton);
    ASSERT_EQ(d.view.screen(), SelfTestView::Screen::Review);
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 2 van 10"));
    EXPECT_FALSE(d.view.findChild<QPushButton *>("submitButton")->isVisible());

    const QString chosen = d.shown().answers.value("zt-02").values().value(0);
    const Question &zt02 = module14()->selfTest->questions[1];
    for (OptionRow *row : d.view.findChildren<OptionRow *>()) {
        if (!row->isVisible())
            continue;
        EXPECT_FALSE(row->button()->isEnabled());
        if (row->optionId() == chosen) {
            EXPECT_EQ(row->markText(), QStringLiteral("Fout"));
        } else if (zt02.isCorrectOption(row->optionId())) {
            EXPECT_EQ(row->markText(), QStringLiteral("Het juiste antwoord"));
        } else {
            EXPECT_TRUE(row->markText().isEmpty());
        }
    }
    EXPECT_EQ(d.run()->reviewPanel()->verdict(), QStringLiteral("Fout"));
    EXPECT_EQ(d.run()->reviewPanel()->explanationText(), zt02.explanation);

    // Number keys do nothing in review.
    d.key(Qt::Key_1);
    EXPECT_EQ(d.shown().answers.value("zt-02").values().value(0), chosen);
    d.click("nextButton");
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 3 van 10"));
    EXPECT_TRUE(d.view.findChild<QToolButton *>("overviewButton1")->text().contains(QStringLiteral("✓")));
    EXPECT_TRUE(d.view.findChild<QToolButton *>("overviewButton2")->text().contains(QStringLiteral("✗")));
    d.click("backToResultsButton");
    EXPECT_EQ(d.view.screen(), SelfTestView::Screen::Results);
}

TEST(SelfTestView, RetakeStartsAFreshAttemptAndKeepsTheHistory)
{
    Driver d;
    ASSERT_TRUE(d.active);
    QSignalSpy started(&d.session, &SelfTestSession::attemptStarted);
    d.start();
    d.answerAll(answersScoring(5));
    d.submit();
    d.click("retakeButton");
    ASSERT_EQ(d.view.screen(), SelfTestView::Screen::Question);
    ASSERT_EQ(started.size(), 2);
    const Attempt first = started.at(0).first().value<Attempt>();
    const Attempt second = started.at(1).first().value<Attempt>();
    EXPECT_EQ(second.number, 2);
    EXPECT_NE(second.seed, first.seed);
    EXPECT_NE(second.id, first.id);
    EXPECT_TRUE(d.current()->answers.isEmpty());
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 1 van 10"));
    for (auto *row : d.view.findChildren<OptionRow *>())
        EXPECT_FALSE(row->button()->isChecked());

    d.answerAll(kKey);
    d.submit();
    EXPECT_EQ(d.label("scoreLabel"), QStringLiteral("10 van de 10 goed (100%)"));
    ASSERT_EQ(d.session.history().size(), 2);

    QListWidget *history = d.child<QListWidget>("historyList");
    ASSERT_TRUE(history);
    ASSERT_EQ(history->count(), 2);
    EXPECT_TRUE(history->item(0)->text().contains(QStringLiteral("Poging 2")));
    EXPECT_TRUE(history->item(0)->text().contains(QStringLiteral("10 van de 10 goed (100%)")));
    EXPECT_TRUE(history->item(1)->text().contains(QStringLiteral("Poging 1")));
    EXPECT_TRUE(history->item(1)->text().contains(QStringLiteral("5 van de 10 goed (50%)")));
    EXPECT_TRUE(history->item(1)->text().contains(
        SelfTestText::dateTime(d.session.history().first().submittedAt)));

    // The earlier attempt can be looked at again, down to its questions.
    history->setFocus();
    history->setCurrentRow(1);
    QTest::keyClick(history, Qt::Key_Return);
    for (int i = 0; i < 100 && d.label("scoreLabel") != QStringLiteral("5 van de 10 goed (50%)"); ++i)
        QTest::qWait(10); // the switch is queued
    EXPECT_EQ(d.label("scoreLabel"), QStringLiteral("5 van de 10 goed (50%)"));
    EXPECT_TRUE(d.label("resultsHeading").contains(QStringLiteral("poging 1")));
    QTest::mouseClick(d.view.findChildren<SelfTestReviewCard *>().value(9)->openButton(), Qt::LeftButton);
    ASSERT_EQ(d.view.screen(), SelfTestView::Screen::Review);
    EXPECT_EQ(d.shown().id, first.id);
}

TEST(SelfTestView, RetakeShufflesAgainWhenTheCourseAllowsIt)
{
    auto course = std::make_shared<Course>(*module14());
    course->selfTest->shuffleQuestions = true;
    course->selfTest->shuffleOptions = true;
    Driver d(course);
    ASSERT_TRUE(d.active);
    QSignalSpy started(&d.session, &SelfTestSession::attemptStarted);
    d.start();
    const Attempt first = started.at(0).first().value<Attempt>();
    // What is on screen follows the attempt's order.
    EXPECT_EQ(d.questionId(), first.questionOrder.first());
    d.submit();
    d.click("retakeButton");
    const Attempt second = started.at(1).first().value<Attempt>();
    // Two random seeds giving the same order of ten questions: about 1 in 3.6 million.
    EXPECT_NE(first.questionOrder, second.questionOrder);
    EXPECT_EQ(d.questionId(), second.questionOrder.first());
}

TEST(SelfTestView, EveryChoiceReachesTheSession)
{
    Driver d;
    ASSERT_TRUE(d.active);
    QSignalSpy started(&d.session, &SelfTestSession::attemptStarted);
    QSignalSpy changed(&d.session, &SelfTestSession::answered);
    QSignalSpy submitted(&d.session, &SelfTestSession::attemptSubmitted);
    d.start();
    ASSERT_EQ(started.size(), 1);
    const Attempt begun = started.first().first().value<Attempt>();
    EXPECT_EQ(begun.number, 1);
    EXPECT_TRUE(begun.startedAt.isValid());
    EXPECT_EQ(begun.startedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(begun.questionOrder.size(), 10);

    d.choose(kKey[0]);
    d.key(Qt::Key_Right, Qt::AltModifier);
    d.choose(kKey[1]);
    ASSERT_EQ(changed.size(), 2);
    const Attempt latest = changed.last().first().value<Attempt>();
    EXPECT_EQ(latest.id, begun.id);
    EXPECT_EQ(latest.answers.value("zt-01"), QSet<QString>{kKey[0]});
    EXPECT_EQ(latest.answers.value("zt-02"), QSet<QString>{kKey[1]});
    EXPECT_FALSE(latest.isSubmitted());

    d.submit();
    ASSERT_EQ(submitted.size(), 1);
    const Attempt done = submitted.first().first().value<Attempt>();
    EXPECT_EQ(done.id, begun.id);
    EXPECT_EQ(done.score->points, 2);
    EXPECT_GE(done.submittedAt, done.startedAt);
}

TEST(SelfTestView, RestoredAttemptsAreShownAndResumed)
{
    const SelfTest &t = *module14()->selfTest;
    const QDateTime at(QDate(2025, 3, 14), QTime(9, 0), Qt::UTC);
    Attempt done = startAttempt(t, 1, 11, at);
    for (int i = 0; i < 6; ++i)
        ASSERT_FALSE(setAnswer(t, done, t.questions[i].id, {kKey[i]}));
    ASSERT_FALSE(submitAttempt(t, done, at.addSecs(600)));
    done.score.reset(); // a store may keep only the answers

    Attempt open = startAttempt(t, 2, 12, at.addDays(1));
    ASSERT_FALSE(setAnswer(t, open, "zt-01", {kKey[0]}));
    ASSERT_FALSE(setAnswer(t, open, "zt-02", {kKey[1]}));

    Attempt stale = startAttempt(t, 3, 13, at);
    stale.questionOrder.removeLast(); // from an older version of the course
    stale.submittedAt = at;

    Driver d;
    ASSERT_TRUE(d.active);
    EXPECT_EQ(d.session.restore({open, stale, done}), 1);
    ASSERT_EQ(d.session.history().size(), 1);
    EXPECT_EQ(d.session.history().first().score->points, 6);
    ASSERT_NE(d.current(), nullptr);
    EXPECT_EQ(d.current()->id, open.id);

    d.view.showLatestResults();
    EXPECT_EQ(d.label("scoreLabel"), QStringLiteral("6 van de 10 goed (60%)"));

    d.start();
    ASSERT_EQ(d.view.screen(), SelfTestView::Screen::Question);
    EXPECT_EQ(d.label("questionPosition"), QStringLiteral("Vraag 3 van 10")) << "resumes at the first open question";
    EXPECT_EQ(d.current()->answers.size(), 2);
    d.click("overviewButton1");
    EXPECT_TRUE(d.view.findChildren<OptionRow *>().value(0)->button()->isChecked());
}

TEST(SelfTestView, ScoreIsAnnouncedToScreenReaders)
{
    // The Alert event the results page also sends only leaves Qt when a platform
    // accessibility bridge is active, which the offscreen platform never is; what a
    // screen reader reads is checked here: focus lands on the score, whose accessible
    // name carries it and whose description carries the verdict and the feedback.
    Driver d;
    ASSERT_TRUE(d.active);
    d.start();
    d.answerAll(answersScoring(7));
    d.submit();

    QLabel *score = d.child<QLabel>("scoreLabel");
    ASSERT_TRUE(score);
    EXPECT_TRUE(score->hasFocus());
    EXPECT_EQ(QApplication::focusWidget(), score);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(score);
    ASSERT_TRUE(iface);
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Je score: 7 van de 10 goed (70%)"));
    const QString description = iface->text(QAccessible::Description);
    EXPECT_TRUE(description.contains(QStringLiteral("Geslaagd"))) << description.toStdString();
    EXPECT_TRUE(description.contains(expectedBandFeedback(1, 7))) << description.toStdString();
    EXPECT_TRUE(iface->state().focusable);
}

TEST(SelfTestView, CourseTextIsShownAsTextNotMarkup)
{
    auto course = std::make_shared<Course>();
    SelfTest t;
    t.title = QStringLiteral("<h1>Test</h1>");
    Question q;
    q.id = QStringLiteral("q");
    q.type = Question::Type::Multiple;
    q.prompt = {{InlineRun::Style::Plain, QStringLiteral("<b>Kies</b> & <i>zo</i>"), {}}};
    q.options = {{"a", "<img src=x>"}, {"b", "B"}, {"c", "C & D"}};
    q.correct = {"a", "c"};
    q.explanation = QStringLiteral("<a href='x'>uitleg</a>");
    t.questions = {q};
    t.bands = {{0, "<script>{{score}}</script>"}};
    course->selfTest = t;
    course->index = CourseIndex(*course);

    Driver d(course);
    ASSERT_TRUE(d.active);
    d.start();
    EXPECT_EQ(d.label("runTitle"), QStringLiteral("<h1>Test</h1>"));
    EXPECT_EQ(d.child<QLabel>("runTitle")->textFormat(), Qt::PlainText);
    EXPECT_TRUE(d.label("questionPrompt").contains(QStringLiteral("&lt;b&gt;Kies&lt;/b&gt; &amp; &lt;i&gt;zo&lt;/i&gt;")));
    EXPECT_EQ(d.label("optionText"), QStringLiteral("<img src=x>"));
    EXPECT_EQ(d.child<QLabel>("optionText")->textFormat(), Qt::PlainText);

    // Multiple: number keys toggle; all-or-nothing scoring.
    d.key(Qt::Key_1);
    d.key(Qt::Key_2);
    d.key(Qt::Key_3);
    d.key(Qt::Key_2);
    EXPECT_EQ(d.current()->answers.value("q"), (QSet<QString>{"a", "c"}));
    d.submit();
    EXPECT_EQ(d.label("scoreLabel"), QStringLiteral("1 van de 1 goed (100%)"));
    EXPECT_EQ(d.label("bandFeedback"), QStringLiteral("<script>1</script>"));
    EXPECT_EQ(d.child<QLabel>("bandFeedback")->textFormat(), Qt::PlainText);
    const QString explanation = d.label("reviewCardExplanation");
    EXPECT_TRUE(explanation.contains(QStringLiteral("&lt;a href='x'&gt;uitleg&lt;/a&gt;"))) << explanation.toStdString();
    EXPECT_TRUE(d.label("reviewCardYourAnswer").contains(QStringLiteral("&lt;img src=x&gt;; C &amp; D")));
}


// At 800×600 the whole test fits: the question overview wraps instead of forcing the
// window wider, and "Inleveren" is on screen.
TEST(SelfTestView, FitsAnEightHundredBySixHundredWindow)
{
    test::TestPlayer player;
    player.window.resize(800, 600);
    player.window.show();
    ASSERT_TRUE(player.nav().goTo(player.selfTestPageId()));
    player.window.openSelfTest();
    QApplication::processEvents();
    EXPECT_LE(player.window.minimumSizeHint().width(), 800);
    EXPECT_EQ(player.window.width(), 800);
    auto *submit = player.window.selfTestView()->findChild<QPushButton *>(QStringLiteral("submitButton"));
    ASSERT_NE(submit, nullptr);
    ASSERT_TRUE(submit->isVisible());
    const QRect onWindow(submit->mapTo(&player.window, QPoint(0, 0)), submit->size());
    EXPECT_TRUE(player.window.rect().contains(onWindow))
        << "Inleveren at " << onWindow.x() << "," << onWindow.y() << " " << onWindow.width()
        << "x" << onWindow.height();
    // Every overview button is on screen too (on two lines if need be).
    for (int i = 1; i <= 10; ++i) {
        auto *b = player.window.findChild<QToolButton *>(QStringLiteral("overviewButton%1").arg(i));
        ASSERT_NE(b, nullptr);
        const QRect r(b->mapTo(&player.window, QPoint(0, 0)), b->size());
        EXPECT_TRUE(player.window.rect().contains(r)) << "overview button " << i;
    }
}

// Zoom reaches the test: its questions and results follow the window's text size.
TEST(SelfTestView, FollowsTheWindowsTextSize)
{
    QSettings().remove(QStringLiteral("view/pointSize"));
    test::TestPlayer player;
    player.window.show();
    ASSERT_TRUE(player.nav().goTo(player.selfTestPageId()));
    player.window.openSelfTest();
    SelfTestView *view = player.window.selfTestView();
    ASSERT_NE(view, nullptr);
    const auto promptSize = [view] {
        return view->runPage()->questionWidget()->promptLabel()->font().pointSizeF();
    };
    const qreal before = promptSize();
    player.window.actions().zoomIn->trigger();
    player.window.actions().zoomIn->trigger();
    EXPECT_GT(promptSize(), before);
    EXPECT_EQ(view->font().pointSize(), player.window.pageView()->contentFont().pointSize());
    player.window.actions().zoomReset->trigger();
    EXPECT_DOUBLE_EQ(promptSize(), before);
    QSettings().remove(QStringLiteral("view/pointSize"));
}
