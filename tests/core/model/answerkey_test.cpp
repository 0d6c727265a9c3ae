#include "core/loader/courseloader.h"
#include "core/model/answerkey.h"

#include <gtest/gtest.h>

using namespace leerpad;

TEST(AnswerKey, OneLinePerQuestionWithIdsAndText)
{
    const LoadResult r = loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/valid/minimal"));
    ASSERT_TRUE(r.ok());
    // q1 is both a practice question and referenced by the self-test: listed once.
    EXPECT_EQ(answerKeyLines(*r.course),
              (QStringList{QStringLiteral("q1\ta\tA"), QStringLiteral("t2\tjuist\tJuist")}));
}

TEST(AnswerKey, MultipleCorrectAndLineBreaks)
{
    Course c;
    Question q;
    q.id = QStringLiteral("m");
    q.type = Question::Type::Multiple;
    q.options = {{QStringLiteral("a"), QStringLiteral("een\tA")}, {QStringLiteral("b"), QStringLiteral("B")},
                 {QStringLiteral("c"), QStringLiteral("twee\nregels")}};
    q.correct = {QStringLiteral("a"), QStringLiteral("c")};
    SelfTest t;
    t.questions << q;
    c.selfTest = t;
    EXPECT_EQ(answerKeyLines(c), QStringList{QStringLiteral("m\ta,c\teen A | twee regels")});
}
