// A learner's results file: the statements of the session's events, byte for byte as the
// outbox holds them, come back from the file as what the learner did; every kind of
// broken file gets a located error and is not used (kcalc-style table); a summary file
// of Leerpad 1.2 is still read.

#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/results/classreport.h"
#include "core/results/resultsfile.h"
#include "core/results/statementsfile.h"
#include "core/session/coursesession.h"

#include <gtest/gtest.h>
#include <QTemporaryDir>

using namespace leerpad;
using namespace leerpad::xapi;

namespace {

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

// Two practice questions (one wrong), the self-test twice (3 wrong, then 1 wrong).
struct Exported
{
    QByteArray bytes;
    QList<OutboxStatement> outbox; // what the store held, to compare with
};

Exported exported(const LearnerProfile &learner)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path(), learner.id, ProgressStore::Durability::ProcessCrash);
    const auto course = module14();
    CourseSession session(course, &store);
    session.reportAs(actorOf(learner, QStringLiteral("urn:leerpad:test")),
                     QStringLiteral("Leerpad test"), {});
    session.begin();
    const auto &questions = course->index.questionBlocks();
    const Question &q1 = *course->block(questions.at(0)).question();
    const Question &q2 = *course->block(questions.at(1)).question();
    session.answerPractice(q1.id, {q1.correct.first()}, true);
    for (const Option &o : q2.options) {
        if (!q2.isCorrectOption(o.id)) {
            session.answerPractice(q2.id, {o.id}, true);
            break;
        }
    }
    for (int wrong : {3, 1}) {
        SelfTestSession &test = *session.selfTest();
        test.start();
        int n = 0;
        for (const Question &q : test.test().questions) {
            QString option = q.correct.first();
            if (n++ < wrong) {
                for (const Option &o : q.options)
                    option = q.isCorrectOption(o.id) ? option : o.id;
            }
            test.answer(q.id, {option});
        }
        test.submit();
    }
    const QList<OutboxStatement> outbox = store.statementsOf(course->id);
    return {statementsFileBytes(outbox), outbox};
}

} // namespace

TEST(ResultsFile, TheFileIsTheOutboxStatementsAndWhatTheLearnerDidComesBackFromIt)
{
    const LearnerProfile karolien{QStringLiteral("p-1"), QStringLiteral("Karolien Jansen"), QStringLiteral("s1")};
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Exported file = exported(karolien);
    // Byte for byte what the LRS gets: one stored body per line, in event order.
    const QList<QByteArray> lines = file.bytes.split('\n');
    ASSERT_EQ(lines.size(), file.outbox.size() + 3)
        << "[, a line per statement, ], and the final newline";
    for (qsizetype i = 0; i < file.outbox.size(); ++i) {
        QByteArray line = lines.at(i + 1);
        if (line.endsWith(','))
            line.chop(1);
        EXPECT_EQ(line, file.outbox.at(i).body) << i;
    }
    const ResultsReadResult r = readResults(file.bytes, QStringLiteral("k.json"));
    ASSERT_TRUE(r.results) << (r.diagnostics.isEmpty() ? "" : r.diagnostics.first().toString().toStdString());
    const LearnerResults &res = *r.results;
    EXPECT_EQ(res.learner.name, karolien.name);
    EXPECT_EQ(res.learner.studentNumber, QStringLiteral("s1"));
    EXPECT_EQ(res.learner.id, QStringLiteral("p-1"));
    EXPECT_EQ(res.courseId, QStringLiteral("module-1.4"));
    EXPECT_EQ(res.pageCount, 31);
    EXPECT_GE(res.exportedAt, before) << "as new as the last statement";
    EXPECT_LE(res.exportedAt, QDateTime::currentDateTimeUtc());
    EXPECT_FALSE(res.registration.isEmpty());
    EXPECT_EQ(res.practiceChecked, 2);
    EXPECT_EQ(res.practiceCorrect, 1);
    EXPECT_EQ(res.maxScore, 10);
    ASSERT_EQ(res.attempts.size(), 2);
    EXPECT_EQ(res.attempts.at(0).score, 7);
    EXPECT_EQ(res.attempts.at(0).wrong.size(), 3);
    EXPECT_EQ(res.attempts.at(1).score, 9);
    EXPECT_EQ(res.attempts.at(1).passed, true);
    EXPECT_EQ(res.attempts.at(1).answers.size(), 10);
    ASSERT_NE(res.best(), nullptr);
    EXPECT_EQ(res.best()->score, 9);
    EXPECT_TRUE(res.pagesCompleted.contains(QStringLiteral("test-jezelf-intro"))) << "handing in finishes the page";
}

TEST(ResultsFile, ABrokenFileIsNotUsedAndSaysWhereAndWhat)
{
    struct Case
    {
        const char *json;
        const char *expected; // part of the first diagnostic
    };
    const Case cases[] = {
        {"{\"format\": \"leerpad-results\",", "f.json:1:30: error: unexpected end of input"},
        {"\"x\"", "f.json:1:1: error: a results file is a JSON array of xAPI statements"},
        {"[1, 2]", "f.json:1:2: error: a statement is a JSON object [/0]"},
        {"[]", "f.json:1:1: error: no statements: the learner has not started the course"},
        {"[{\"id\": \"x\", \"timestamp\": \"2026-12-07T09:30:00Z\", \"actor\": {\"account\": "
         "{\"homePage\": \"urn:x\","
         " \"name\": \"a\"}}, \"verb\": {\"id\": \"v\"}, \"object\": {\"id\": \"o\"}, \"context\": "
         "{}}]",
         "not a Leerpad statement: no course in contextActivities.grouping [/0/context]"},
        {"{\"format\": \"notes\"}", "f.json:1:2: error: not a Leerpad results file ('format' must "
                                    "be \"leerpad-results\") [/format]"},
        {"{\"format\": \"leerpad-results\", \"formatVersion\": 7}",
         "written by a newer Leerpad (format version 7; this one reads 1) [/formatVersion]"},
        {"{\"format\": \"leerpad-results\", \"formatVersion\": 1, \"exportedAt\": \"gisteren\"}",
         "f.json:1:51: error: 'exportedAt' is not a time like 2026-12-07T09:30:00Z [/exportedAt]"},
        {"{\"format\": \"leerpad-results\", \"formatVersion\": 1, \"format\": \"leerpad-results\"}",
         "duplicate"},
    };
    for (const Case &c : cases) {
        const ResultsReadResult r = readResults(QByteArray(c.json), QStringLiteral("f.json"));
        EXPECT_FALSE(r.results) << c.json;
        ASSERT_FALSE(r.diagnostics.isEmpty()) << c.json;
        EXPECT_TRUE(r.diagnostics.first().toString().contains(QLatin1String(c.expected)))
            << c.json << "\n  got: " << r.diagnostics.first().toString().toStdString();
    }
}

TEST(ResultsFile, AScoreAboveTheMaximumIsAnError)
{
    const LearnerProfile anouska{QStringLiteral("p-2"), QStringLiteral("Anouska"), {}};
    QByteArray bytes = exported(anouska).bytes;
    ASSERT_EQ(bytes.count("\"raw\":9,"), 1);
    const int line = int(bytes.left(bytes.indexOf("\"raw\":9,")).count('\n')) + 1;
    bytes.replace("\"raw\":9,", "\"raw\":12,");
    const ResultsReadResult r = readResults(bytes, QStringLiteral("a.json"));
    EXPECT_FALSE(r.results);
    ASSERT_EQ(r.diagnostics.size(), 1);
    EXPECT_TRUE(r.diagnostics.first().toString().contains(
        QStringLiteral("error: 'raw' must be from 0 to 10 [/")))
        << r.diagnostics.first().toString().toStdString();
    EXPECT_TRUE(r.diagnostics.first().toString().endsWith(QStringLiteral("/result/score/raw]")));
    EXPECT_EQ(r.diagnostics.first().line, line);
}

// Files handed in with Leerpad 1.2 (the summary object) still count in a class report.
TEST(ResultsFile, ASummaryFileOfLeerpad12IsStillRead)
{
    const QByteArray old =
        R"({"format": "leerpad-results", "formatVersion": 1, "exportedAt": "2026-12-01T10:00:00Z",
 "player": "Leerpad 1.2.0", "learner": {"name": "Sanne", "studentNumber": "", "profileId": "p-9"},
 "course": {"id": "module-1.4", "version": "1.0", "title": "Hallo", "pageCount": 31},
 "registration": "r", "pagesCompleted": ["a", "b"], "practice": [{"question": "q", "options": ["x"], "correct": true}],
 "selfTest": {"id": "zelftest", "passScore": 6, "maxScore": 10, "attempts": [{"number": 1,
   "startedAt": "2026-12-01T09:50:00Z", "submittedAt": "2026-12-01T09:58:00Z", "score": 8, "passed": true,
   "answers": {"zt-01": ["b"]}, "wrong": ["zt-01", "zt-02"]}]}})";
    const ResultsReadResult r = readResults(old, QStringLiteral("sanne.json"));
    ASSERT_TRUE(r.results) << r.diagnostics.value(0).toString().toStdString();
    EXPECT_EQ(r.results->learner.name, QStringLiteral("Sanne"));
    EXPECT_EQ(r.results->pagesCompleted.size(), 2);
    ASSERT_EQ(r.results->attempts.size(), 1);
    EXPECT_EQ(r.results->attempts.first().score, 8);
}

// A statement of another course in a learner's file is left out and counted, not an error.
TEST(ResultsFile, StatementsOfAnotherCourseAreLeftOutAndCounted)
{
    const LearnerProfile anouska{QStringLiteral("p-2"), QStringLiteral("Anouska"), {}};
    QByteArray bytes = exported(anouska).bytes;
    const int first = int(bytes.indexOf('\n')) + 1;
    const QByteArray line = bytes.mid(first, bytes.indexOf('\n', first) - first);
    QByteArray foreign = line;
    foreign.replace("course:module-1.4", "course:module-2.1");
    bytes.insert(first, foreign.endsWith(',') ? foreign + '\n' : foreign + ",\n");
    const ResultsReadResult r = readResults(bytes, QStringLiteral("a.json"));
    ASSERT_TRUE(r.results) << r.diagnostics.value(0).toString().toStdString();
    EXPECT_EQ(r.results->courseId, QStringLiteral("module-2.1"))
        << "the first statement names the course";
    EXPECT_GT(r.results->otherCourseStatements, 10);
}

TEST(ClassReport, OneRowPerLearnerTheNewestExportAndTheQuestionsMostOftenWrong)
{
    QList<LearnerResults> files;
    int n = 0;
    for (const auto &[name, id] : {std::pair{"Karolien", "p-1"}, std::pair{"Anouska", "p-2"},
                                   std::pair{"Karolien", "p-1"}}) {
        const ResultsReadResult r =
            readResults(exported({QLatin1String(id), QLatin1String(name), {}}).bytes,
                        QStringLiteral("%1-%2.json").arg(QLatin1String(name)).arg(++n));
        ASSERT_TRUE(r.results);
        files << *r.results;
    }
    ASSERT_GT(files.at(2).exportedAt, files.at(0).exportedAt) << "made one after the other";
    LearnerResults other = files.first();
    other.courseId = QStringLiteral("module-2.1");
    other.file = QStringLiteral("other.json");
    files << other;

    const ClassReport report = buildClassReport(files);
    EXPECT_EQ(report.courseId, QStringLiteral("module-1.4"));
    ASSERT_EQ(report.rows.size(), 2);
    EXPECT_EQ(report.rows.at(0).learner, QStringLiteral("Anouska"));
    EXPECT_EQ(report.rows.at(1).learner, QStringLiteral("Karolien"));
    EXPECT_EQ(report.rows.at(1).exportedAt, files.at(2).exportedAt)
        << "the newest export of a learner counts";
    EXPECT_EQ(report.rows.at(1).bestScore, 9);
    EXPECT_EQ(report.rows.at(1).passed, true);
    EXPECT_EQ(report.skipped.size(), 2) << report.skipped.join(QLatin1Char('\n')).toStdString();
    // Both best attempts got the first question wrong: it heads the list, 2 of 2.
    ASSERT_FALSE(report.questions.isEmpty());
    EXPECT_EQ(report.questions.first().wrong, 2);
    EXPECT_EQ(report.questions.first().answered, 2);
    EXPECT_EQ(report.questions.last().wrong, 0);
    const QuestionStat &worst = report.questions.first();
    EXPECT_EQ(worst.commonWrongCount, 2) << "both chose the same wrong answer";
    EXPECT_FALSE(worst.commonWrongAnswer.isEmpty());
    EXPECT_EQ(report.questions.last().commonWrongCount, 0);
    // The grid: a column per question, in the test's order, a mark per learner.
    ASSERT_EQ(report.questionIds.size(), 10);
    EXPECT_EQ(report.questionIds.first(), QStringLiteral("zt-01"));
    EXPECT_EQ(report.questionIds.last(), QStringLiteral("zt-10"));
    for (const ClassRow &row : report.rows) {
        EXPECT_EQ(row.right.size(), 10) << row.learner.toStdString();
        EXPECT_EQ(row.right.value(worst.questionId, true), false) << row.learner.toStdString();
        EXPECT_EQ(row.right.values().count(true), 9) << row.learner.toStdString();
    }
    const QString text = classReportText(report);
    EXPECT_TRUE(text.startsWith(QStringLiteral("learner\tstudent number\tpages")));
    EXPECT_TRUE(text.contains(QStringLiteral("Karolien\t\t")));
    EXPECT_TRUE(text.contains(QStringLiteral("\t9/10\tyes\t")));
}

// RFC 4180 for a spreadsheet: a byte order mark, CRLF, quoted fields where needed, and a
// learner's name that looks like a formula shown as text.
TEST(ClassReport, CsvQuotesWhatNeedsQuotingAndDefusesFormulas)
{
    ClassReport report;
    report.courseId = QStringLiteral("module-1.4");
    report.maxScore = 10;
    report.questionIds = {QStringLiteral("zt-01"), QStringLiteral("zt-02")};
    ClassRow plain;
    plain.learner = QStringLiteral("Anouska Çelik");
    plain.bestScore = 9;
    plain.passed = true;
    plain.right = {{QStringLiteral("zt-01"), true}, {QStringLiteral("zt-02"), false}};
    ClassRow tricky;
    tricky.learner = QStringLiteral("Jansen, \"Karo\"");
    ClassRow formula;
    formula.learner = QStringLiteral("=HYPERLINK(\"http://x\")");
    formula.studentNumber = QStringLiteral("+31");
    report.rows = {plain, tricky, formula};
    report.questions = {{QStringLiteral("zt-02"), 1, 1, QStringLiteral("b"), 1}};

    const QByteArray csv = classReportCsv(report);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "a byte order mark for the accents";
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    for (const QByteArray &line : lines.mid(0, lines.size() - 1))
        EXPECT_TRUE(line.endsWith('\r')) << line.toStdString() << ": every line ends in CRLF";
    const QString text = QString::fromUtf8(csv.mid(3));
    EXPECT_TRUE(text.startsWith(QStringLiteral(
        "learner,student number,pages,practice right,attempts,best score,passed,last activity,zt-01,zt-02\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\nAnouska Çelik,,0/0,0/0,0,9/10,yes,,1,0\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\n\"Jansen, \"\"Karo\"\"\",,0/0,0/0,0,,,,,\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+31,")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\n\r\nself-test question,wrong in best attempts,"
                                             "most chosen wrong answer,chosen by\r\nzt-02,1/1,b,1\r\n")));
}
