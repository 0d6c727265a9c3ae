// What a learner's session reports: every event's xAPI statements, checked against the
// xAPI rules (xapirules.h) and against what the test itself did, never against the
// builder's own idea of them. The statements are read from the store's outbox, where
// the session put them.

#include "core/learning/navigator.h"
#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/results/statementbuilder.h"
#include "core/session/coursesession.h"
#include "xapirules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

xapi::Learner anouska()
{
    return {QStringLiteral("Anouska de Vries"), QStringLiteral("s123456"), QStringLiteral("urn:leerpad:test")};
}

QList<QJsonObject> outbox(ProgressStore &store)
{
    QList<QJsonObject> out;
    for (const OutboxEntry &e : store.dueStatements(100000, std::numeric_limits<qint64>::max()))
        out << QJsonDocument::fromJson(e.statement.body).object();
    return out;
}

QString verbOf(const QJsonObject &s)
{
    return s[QStringLiteral("verb")][QStringLiteral("id")].toString().section(QLatin1Char('/'), -1);
}

QStringList verbs(const QList<QJsonObject> &statements)
{
    QStringList out;
    for (const QJsonObject &s : statements)
        out << verbOf(s);
    return out;
}

const Question *practiceQuestion(const Course &course, Question::Type type)
{
    for (const CourseIndex::BlockRef &ref : course.index.questionBlocks()) {
        const Question *q = course.block(ref).question();
        if (q && q->type == type)
            return q;
    }
    return nullptr;
}

QString wrongOption(const Question &q)
{
    for (const Option &o : q.options) {
        if (!q.isCorrectOption(o.id))
            return o.id;
    }
    return {};
}

// Answers every self-test question, the first `wrong` of them wrongly, and hands in.
void takeSelfTest(SelfTestSession &test, int wrong)
{
    test.start();
    int n = 0;
    for (const Question &q : test.test().questions) {
        const QString option = n++ < wrong ? wrongOption(q) : q.correct.first();
        ASSERT_FALSE(test.answer(q.id, {option}).has_value());
    }
    ASSERT_FALSE(test.submit().has_value());
}

} // namespace

TEST(Statements, AWholeModuleBecomesValidStatementsInTheOrderItHappened)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const auto course = module14();
    ASSERT_TRUE(course);
    int practice = 0;
    QString registration;
    {
        CourseSession session(course, &store);
        session.reportAs(anouska(), QStringLiteral("Leerpad test"));
        session.begin();
        do {
            const int page = session.navigator()->currentIndex();
            for (const Block &b : course->page(page)->blocks) {
                if (const Question *q = b.question()) {
                    session.answerPractice(q->id, {q->correct.first()}, true);
                    ++practice;
                } else if (b.audio()) {
                    session.finishDialogue(b.id);
                }
            }
        } while (session.navigator()->next());
        takeSelfTest(*session.selfTest(), 1);
        registration = store.registration(course->id);
    }
    const QList<QJsonObject> statements = outbox(store);
    ASSERT_FALSE(statements.isEmpty());
    QSet<QString> ids;
    QString previous;
    for (const QJsonObject &s : statements) {
        const QStringList problems = test::xapiProblems(s);
        EXPECT_TRUE(problems.isEmpty()) << verbOf(s).toStdString() << ": " << problems.join(QStringLiteral("; ")).toStdString();
        ids.insert(s[QStringLiteral("id")].toString());
        EXPECT_EQ(s[QStringLiteral("context")][QStringLiteral("registration")].toString(), registration);
        EXPECT_EQ(s[QStringLiteral("actor")][QStringLiteral("account")][QStringLiteral("name")], QStringLiteral("s123456"));
        const QString stamp = s[QStringLiteral("timestamp")].toString();
        EXPECT_GE(stamp, previous) << "statements leave in the order the events happened";
        previous = stamp;
    }
    EXPECT_EQ(ids.size(), statements.size()) << "every statement has its own id";
    const QStringList v = verbs(statements);
    EXPECT_EQ(v.first(), QStringLiteral("initialized"));
    EXPECT_EQ(v.last(), QStringLiteral("terminated"));
    EXPECT_EQ(v.count(QStringLiteral("experienced")), course->pageCount());
    EXPECT_EQ(v.count(QStringLiteral("answered")), practice + int(course->selfTest->questions.size()));
    EXPECT_EQ(v.count(QStringLiteral("progressed")), course->pageCount());
    EXPECT_EQ(v.count(QStringLiteral("completed")), 1);
    EXPECT_EQ(v.count(QStringLiteral("passed")), 1) << "9 of 10 passes module 1.4's test";
    EXPECT_EQ(v.count(QStringLiteral("failed")), 0);
    const QJsonObject passed = statements.at(v.indexOf(QStringLiteral("passed")));
    const QJsonObject score = passed[QStringLiteral("result")][QStringLiteral("score")].toObject();
    EXPECT_EQ(score[QStringLiteral("raw")].toInt(), 9);
    EXPECT_EQ(score[QStringLiteral("max")].toInt(), 10);
    EXPECT_DOUBLE_EQ(score[QStringLiteral("scaled")].toDouble(), 0.9);
    EXPECT_TRUE(passed[QStringLiteral("result")][QStringLiteral("success")].toBool());
    // The last progressed says 100, and comes before completed.
    const int completed = int(v.indexOf(QStringLiteral("completed")));
    const QJsonObject lastProgress = statements.at(int(v.lastIndexOf(QStringLiteral("progressed"))));
    EXPECT_EQ(lastProgress[QStringLiteral("result")][QStringLiteral("extensions")]
                  [QStringLiteral("https://w3id.org/xapi/cmi5/result/extensions/progress")].toInt(), 100);
    EXPECT_LT(v.lastIndexOf(QStringLiteral("progressed")), completed);
}

TEST(Statements, AnAnswerCarriesTheOptionsTheKeyAndWhatWasChosen)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const auto course = module14();
    const Question *choice = practiceQuestion(*course, Question::Type::Single);
    const Question *trueFalse = practiceQuestion(*course, Question::Type::TrueFalse);
    ASSERT_TRUE(choice && trueFalse);
    CourseSession session(course, &store);
    session.reportAs(anouska(), QStringLiteral("Leerpad test"));
    session.begin();
    session.answerPractice(choice->id, {wrongOption(*choice)}, true);
    session.answerPractice(choice->id, {choice->correct.first()}, false); // changed, not checked: no statement
    session.answerPractice(trueFalse->id, {trueFalse->options.at(1).id}, true);

    QList<QJsonObject> answers;
    for (const QJsonObject &s : outbox(store)) {
        if (verbOf(s) == QLatin1String("answered"))
            answers << s;
    }
    ASSERT_EQ(answers.size(), 2);
    const QJsonObject first = answers.at(0);
    const QJsonObject definition = first[QStringLiteral("object")][QStringLiteral("definition")].toObject();
    EXPECT_EQ(definition[QStringLiteral("interactionType")], QStringLiteral("choice"));
    EXPECT_EQ(definition[QStringLiteral("choices")].toArray().size(), choice->options.size());
    EXPECT_EQ(definition[QStringLiteral("correctResponsesPattern")].toArray().first().toString(), choice->correct.first());
    EXPECT_EQ(first[QStringLiteral("result")][QStringLiteral("response")].toString(), wrongOption(*choice));
    EXPECT_FALSE(first[QStringLiteral("result")][QStringLiteral("success")].toBool());
    EXPECT_TRUE(first[QStringLiteral("object")][QStringLiteral("id")].toString().endsWith(QStringLiteral(":question:") + choice->id));

    // Module 1.4's true-false statements are true ("Juist" is right); "Onjuist" was chosen.
    const QJsonObject second = answers.at(1);
    const QJsonObject tf = second[QStringLiteral("object")][QStringLiteral("definition")].toObject();
    EXPECT_EQ(tf[QStringLiteral("interactionType")], QStringLiteral("true-false"));
    EXPECT_EQ(tf[QStringLiteral("correctResponsesPattern")].toArray(),
              QJsonArray{trueFalse->isCorrectOption(trueFalse->options.first().id) ? QStringLiteral("true")
                                                                                    : QStringLiteral("false")});
    EXPECT_EQ(second[QStringLiteral("result")][QStringLiteral("response")].toString(), QStringLiteral("false"));
    for (const QJsonObject &s : answers)
        EXPECT_TRUE(test::xapiProblems(s).isEmpty()) << test::xapiProblems(s).join(QStringLiteral("; ")).toStdString();
}

TEST(Statements, AFailedRetakeAfterAPassIsNeverReportedAsFailed)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const auto course = module14();
    CourseSession session(course, &store);
    session.reportAs(anouska(), QStringLiteral("Leerpad test"));
    session.begin();
    takeSelfTest(*session.selfTest(), 6); // 4 of 10: failed
    takeSelfTest(*session.selfTest(), 0); // passed
    takeSelfTest(*session.selfTest(), 7); // failed again, after a pass
    const QStringList v = verbs(outbox(store));
    EXPECT_EQ(v.count(QStringLiteral("failed")), 1);
    EXPECT_EQ(v.count(QStringLiteral("passed")), 1);
    EXPECT_LT(v.indexOf(QStringLiteral("failed")), v.indexOf(QStringLiteral("passed")));
    EXPECT_EQ(v.count(QStringLiteral("answered")), 30) << "the retake's answers are still reported";
}

TEST(Statements, StartingOverIsANewRegistrationAndWhatWasReportedStays)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const auto course = module14();
    CourseSession session(course, &store);
    session.reportAs(anouska(), QStringLiteral("Leerpad test"));
    session.begin();
    const QString before = store.registration(course->id);
    session.navigator()->next();
    session.resetProgress();
    session.navigator()->next();
    const QString after = store.registration(course->id);
    EXPECT_NE(before, after);
    QStringList registrations;
    for (const QJsonObject &s : outbox(store))
        registrations << s[QStringLiteral("context")][QStringLiteral("registration")].toString();
    EXPECT_EQ(registrations.first(), before);
    EXPECT_EQ(registrations.last(), after);
    EXPECT_EQ(registrations.count(before) + registrations.count(after), registrations.size());
}

TEST(Statements, NotReportingWritesNoStatements)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    CourseSession session(module14(), &store);
    session.begin();
    session.navigator()->next();
    session.close();
    EXPECT_TRUE(outbox(store).isEmpty());
    EXPECT_EQ(store.outboxStatus().waiting, 0);
}

TEST(Statements, DurationsAreIso8601AtAHundredthOfASecond)
{
    const std::pair<qint64, const char *> cases[] = {
        {0, "PT0S"}, {10, "PT0.01S"}, {1234, "PT1.23S"}, {65000, "PT1M5S"}, {3600000, "PT1H0M0S"},
        {3723450, "PT1H2M3.45S"}, {-5, "PT0S"},
    };
    for (const auto &[ms, iso] : cases)
        EXPECT_EQ(xapi::isoDuration(ms), QLatin1String(iso)) << ms;
}
