// A question's explanation names the theory pages to read again: every self-test question
// of module 1.4 points to at least one real page, and a phrase that is no page's title
// ("Kortom" here is a section, 'weg' a word) points nowhere.

#include "core/loader/courseloader.h"
#include "core/model/theorypages.h"

#include <gtest/gtest.h>

using namespace leerpad;

TEST(TheoryPages, EverySelfTestQuestionOfModule14PointsToItsPages)
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    const auto course =
        loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
    ASSERT_TRUE(course && course->selfTest);
    for (const Question &q : course->selfTest->questions) {
        const QStringList pages = theoryPagesOf(*course, q);
        EXPECT_FALSE(pages.isEmpty()) << q.id.toStdString();
        for (const QString &id : pages)
            EXPECT_GE(course->index.indexOf(id), 0) << id.toStdString();
    }
    const Question &first = course->selfTest->questions.first();
    EXPECT_EQ(theoryPagesOf(*course, first),
              (QStringList{QStringLiteral("normen-en-waarden"),
                           QStringLiteral("gesprekswaarden-en-normen")}));
}

TEST(TheoryPages, OnlyAQuotedPageTitleIsAReference)
{
    Course course;
    Section s;
    s.id = QStringLiteral("s");
    s.title = QStringLiteral("Kortom");
    s.pages = {{QStringLiteral("p1"), QStringLiteral("In de wacht"), {}},
               {QStringLiteral("p2"), QStringLiteral("Uit de wacht"), {}}};
    course.sections = {s};
    course.index = CourseIndex(course);
    Question q;
    q.explanation = QStringLiteral("Zie ‘uit de wacht’ en \"In de wacht\", niet ‘Kortom’ of in de "
                                   "wacht zonder aanhalingstekens. "
                                   "Nog eens “Uit de wacht”.");
    EXPECT_EQ(theoryPagesOf(course, q), (QStringList{QStringLiteral("p2"), QStringLiteral("p1")}));
}
