// The loader's promised limits (docs/robustness.md): a question has at most 50 options;
// at most 200 diagnostics are listed, then one line that counts the rest. Courses are
// generated here, so each limit is met exactly and passed by one.

#include "core/loader/courseloader.h"

#include <QString>

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

const QString kFile = QStringLiteral("/tmp/limits/course.json");

QByteArray courseWithPages(const QByteArray &pages)
{
    return R"({"format": 1, "id": "limits", "title": "Grenzen", "language": "nl", "version": "1",
"sections": [{"id": "s1", "title": "Een", "pages": [)" +
           pages + "]}]}\n";
}

// One page with one single-choice question of `options` options (o0 is correct).
QByteArray courseWithOptions(int options)
{
    QByteArray list;
    for (int i = 0; i < options; ++i)
        list += (i ? ",\n" : "") + QByteArray(R"({"id": "o)") + QByteArray::number(i) +
                R"(", "text": "Optie )" + QByteArray::number(i) + R"("})";
    return courseWithPages(R"({"id": "p1", "title": "Vraag", "blocks": [
{"id": "q1", "kind": "question", "type": "single", "prompt": "Welke?", "correct": ["o0"],
"options": [
)" + list + "]}]}");
}

// `bad` pages whose id has an uppercase letter (each one error), after one good page.
QByteArray courseWithBadIds(int bad)
{
    QByteArray pages = R"({"id": "goed", "title": "P", "blocks": [{"id": "t", "kind": "text",
"content": [{"type": "paragraph", "text": "Tekst."}]}]})";
    for (int i = 0; i < bad; ++i)
        pages += ",\n" + QByteArray(R"({"id": "Fout-)") + QByteArray::number(i) +
                 R"(", "title": "P", "blocks": [{"id": "t)" + QByteArray::number(i) +
                 R"(", "kind": "text", "content": [{"type": "paragraph", "text": "Tekst."}]}]})";
    return courseWithPages(pages);
}

} // namespace

TEST(LoaderLimits, AQuestionHasAtMostFiftyOptions)
{
    const LoadResult fifty = loadCourseFromBytes(courseWithOptions(50), kFile);
    ASSERT_TRUE(fifty.ok()) << fifty.diagnostics.value(0).toString().toStdString();
    const Question *q = fifty.course->sections[0].pages[0].blocks[0].question();
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->options.size(), 50);

    const LoadResult fiftyOne = loadCourseFromBytes(courseWithOptions(51), kFile);
    EXPECT_FALSE(fiftyOne.ok());
    ASSERT_FALSE(fiftyOne.diagnostics.isEmpty());
    const Diagnostic &d = fiftyOne.diagnostics.first();
    EXPECT_TRUE(d.isError());
    EXPECT_EQ(d.message, QStringLiteral("a question has at most 50 options, not 51"));
    EXPECT_EQ(d.pointer, QStringLiteral("/sections/0/pages/0/blocks/0/options"));
    // Located at its key, as members are: line 4 of the generated file starts `"options": [`.
    EXPECT_EQ(d.line, 4);
    EXPECT_EQ(d.column, 1);
}

TEST(LoaderLimits, AtMostTwoHundredDiagnosticsThenACountOfTheRest)
{
    // The generator makes exactly one error per bad id, in file order.
    const LoadResult five = loadCourseFromBytes(courseWithBadIds(5), kFile);
    ASSERT_EQ(five.diagnostics.size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(five.diagnostics[i].message.startsWith(QStringLiteral("invalid id 'Fout-%1'").arg(i)))
            << five.diagnostics[i].toString().toStdString();

    const LoadResult exactly = loadCourseFromBytes(courseWithBadIds(200), kFile);
    ASSERT_EQ(exactly.diagnostics.size(), 200) << "200 problems are all listed, without a count";
    EXPECT_TRUE(exactly.diagnostics.last().message.startsWith(QStringLiteral("invalid id 'Fout-199'")));

    for (const int bad : {201, 1000}) {
        SCOPED_TRACE(bad);
        const LoadResult r = loadCourseFromBytes(courseWithBadIds(bad), kFile);
        EXPECT_FALSE(r.ok());
        ASSERT_EQ(r.diagnostics.size(), 201);
        // The first 200 in file order, then the count of the rest.
        for (int i = 0; i < 200; ++i) {
            EXPECT_TRUE(r.diagnostics[i].message.startsWith(QStringLiteral("invalid id 'Fout-%1'").arg(i)))
                << r.diagnostics[i].toString().toStdString();
        }
        // The count comes last, where "the ones above" are, without a place of its own.
        const Diagnostic &rest = r.diagnostics.last();
        EXPECT_TRUE(rest.isError());
        EXPECT_EQ(rest.line, 0);
        EXPECT_TRUE(rest.pointer.isEmpty());
        EXPECT_EQ(rest.message, QStringLiteral("%1 more problems not shown; fix the ones above first").arg(bad - 200));
        EXPECT_EQ(countErrors(r.diagnostics), 201);
    }
}
