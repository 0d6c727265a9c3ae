// A learner's results file: what a session holds comes back from the file as it was,
// and every kind of broken file gets a located error and is not used (kcalc-style table).

#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/results/classreport.h"
#include "core/results/resultsfile.h"
#include "core/session/coursesession.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

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
QByteArray exported(const LearnerProfile &learner, const QDateTime &when)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const auto course = module14();
    CourseSession session(course, &store);
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
    return resultsFileBytes(session, learner, when, QStringLiteral("Leerpad test"));
}

} // namespace

TEST(ResultsFile, WhatTheSessionHeldComesBackFromTheFile)
{
    const LearnerProfile karolien{QStringLiteral("p-1"), QStringLiteral("Karolien Jansen"), QStringLiteral("s1")};
    const QDateTime when = QDateTime::fromString(QStringLiteral("2026-12-07T09:30:00Z"), Qt::ISODate);
    const ResultsReadResult r = readResults(exported(karolien, when), QStringLiteral("k.json"));
    ASSERT_TRUE(r.results) << (r.diagnostics.isEmpty() ? "" : r.diagnostics.first().toString().toStdString());
    const LearnerResults &res = *r.results;
    EXPECT_EQ(res.learner.name, karolien.name);
    EXPECT_EQ(res.learner.studentNumber, QStringLiteral("s1"));
    EXPECT_EQ(res.learner.id, QStringLiteral("p-1"));
    EXPECT_EQ(res.courseId, QStringLiteral("module-1.4"));
    EXPECT_EQ(res.pageCount, 31);
    EXPECT_EQ(res.exportedAt, when);
    EXPECT_EQ(res.practiceChecked, 2);
    EXPECT_EQ(res.practiceCorrect, 1);
    EXPECT_EQ(res.passScore, 6);
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
        {"[1, 2]", "f.json:1:1: error: a results file is a JSON object"},
        {"{\"format\": \"notes\"}", "f.json:1:2: error: not a Leerpad results file ('format' must be \"leerpad-results\") [/format]"},
        {"{\"format\": \"leerpad-results\", \"formatVersion\": 7}", "written by a newer Leerpad (format version 7; this one reads 1) [/formatVersion]"},
        {"{\"format\": \"leerpad-results\", \"formatVersion\": 1, \"exportedAt\": \"gisteren\"}",
         "f.json:1:51: error: 'exportedAt' is not a time like 2026-12-07T09:30:00Z [/exportedAt]"},
        {"{\"format\": \"leerpad-results\", \"formatVersion\": 1, \"format\": \"leerpad-results\"}", "duplicate"},
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
    QByteArray bytes = exported(anouska, QDateTime::currentDateTimeUtc());
    bytes.replace("\"score\": 9", "\"score\": 12");
    const ResultsReadResult r = readResults(bytes, QStringLiteral("a.json"));
    EXPECT_FALSE(r.results);
    ASSERT_EQ(r.diagnostics.size(), 1);
    EXPECT_TRUE(r.diagnostics.first().toString().contains(
        QStringLiteral("error: 'score' must be from 0 to 10 [/selfTest/attempts/1/score]")))
        << r.diagnostics.first().toString().toStdString();
    EXPECT_GT(r.diagnostics.first().line, 1);
}

TEST(ClassReport, OneRowPerLearnerTheNewestExportAndTheQuestionsMostOftenWrong)
{
    const QDateTime monday = QDateTime::fromString(QStringLiteral("2026-12-07T09:00:00Z"), Qt::ISODate);
    QList<LearnerResults> files;
    for (const auto &[name, id, when] :
         {std::tuple{"Karolien", "p-1", monday}, std::tuple{"Anouska", "p-2", monday.addDays(1)},
          std::tuple{"Karolien", "p-1", monday.addDays(2)}}) {
        const ResultsReadResult r =
            readResults(exported({QLatin1String(id), QLatin1String(name), {}}, when), QStringLiteral("%1-%2.json").arg(QLatin1String(name)).arg(when.date().day()));
        ASSERT_TRUE(r.results);
        files << *r.results;
    }
    LearnerResults other = files.first();
    other.courseId = QStringLiteral("module-2.1");
    other.file = QStringLiteral("other.json");
    files << other;

    const ClassReport report = buildClassReport(files);
    EXPECT_EQ(report.courseId, QStringLiteral("module-1.4"));
    ASSERT_EQ(report.rows.size(), 2);
    EXPECT_EQ(report.rows.at(0).learner, QStringLiteral("Anouska"));
    EXPECT_EQ(report.rows.at(1).learner, QStringLiteral("Karolien"));
    EXPECT_EQ(report.rows.at(1).exportedAt, monday.addDays(2)) << "the newest export of a learner counts";
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
        "learner,student number,pages,practice right,attempts,best score,passed,exported,zt-01,zt-02\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\nAnouska Çelik,,0/0,0/0,0,9/10,yes,,1,0\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\n\"Jansen, \"\"Karo\"\"\",,0/0,0/0,0,,,,,\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+31,")));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\n\r\nself-test question,wrong in best attempts,"
                                             "most chosen wrong answer,chosen by\r\nzt-02,1/1,b,1\r\n")));
}
