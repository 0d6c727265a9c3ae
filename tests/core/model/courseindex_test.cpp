// The flat view of a course: page order, positions, sections, the self-test page and
// where the blocks are, checked against module 1.4 walked by hand here.

#include "core/loader/courseloader.h"
#include "core/model/course.h"

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

} // namespace

TEST(CourseIndex, ListsEveryPageInCourseOrderWithItsPosition)
{
    const auto course = module14();
    ASSERT_NE(course, nullptr);
    const CourseIndex &index = course->index;
    int flat = 0;
    for (int s = 0; s < int(course->sections.size()); ++s) {
        EXPECT_EQ(index.firstPageOf(s), flat);
        EXPECT_EQ(index.pagesIn(s), int(course->sections[s].pages.size()));
        for (int p = 0; p < int(course->sections[s].pages.size()); ++p) {
            const QString &id = course->sections[s].pages[p].id;
            EXPECT_EQ(index.pageId(flat), id);
            EXPECT_EQ(index.indexOf(id), flat);
            EXPECT_EQ(index.position(flat), (CourseIndex::Position{s, p}));
            EXPECT_EQ(index.pageAt({s, p}), flat);
            EXPECT_EQ(index.sectionOf(flat), s);
            EXPECT_EQ(course->page(flat), &course->sections[s].pages[p]);
            ++flat;
        }
    }
    EXPECT_EQ(index.pageCount(), flat);
    EXPECT_EQ(flat, 31);
}

TEST(CourseIndex, OutOfRangeIsInvalidNotACrash)
{
    const auto course = module14();
    const CourseIndex &index = course->index;
    EXPECT_FALSE(index.position(-1).isValid());
    EXPECT_FALSE(index.position(index.pageCount()).isValid());
    EXPECT_EQ(index.pageAt({0, 99}), -1);
    EXPECT_EQ(index.pageAt({99, 0}), -1);
    EXPECT_EQ(index.indexOf(QStringLiteral("no-such-page")), -1);
    EXPECT_EQ(index.sectionOf(index.pageCount()), -1);
    EXPECT_EQ(course->page(-1), nullptr);
    EXPECT_EQ(index.find(QStringLiteral("no-such-block")).page, -1);
}

TEST(CourseIndex, KnowsTheSelfTestPageAndWhereBlocksAre)
{
    const auto course = module14();
    const CourseIndex &index = course->index;
    EXPECT_EQ(index.pageId(index.selfTestPage()), QStringLiteral("test-jezelf-intro"));
    // Module 1.4: two dialogues and six practice questions, in course order.
    ASSERT_EQ(index.audioBlocks().size(), 2);
    EXPECT_EQ(index.pageId(index.audioBlocks()[0].page), QStringLiteral("een-voorbeeld"));
    EXPECT_EQ(index.pageId(index.audioBlocks()[1].page), QStringLiteral("een-tweede-kans"));
    QStringList questions;
    for (const CourseIndex::BlockRef &ref : index.questionBlocks())
        questions << course->block(ref).question()->id;
    EXPECT_EQ(questions, (QStringList{QStringLiteral("oefen-1"), QStringLiteral("oefen-2"),
                                      QStringLiteral("oefen-3"), QStringLiteral("oefen-4"),
                                      QStringLiteral("oefen-5"), QStringLiteral("oefen-6")}));
    const CourseIndex::BlockRef q3 = index.find(QStringLiteral("oefen-3"));
    EXPECT_EQ(index.pageId(q3.page), QStringLiteral("opdracht-3"));
    EXPECT_EQ(course->block(q3).id, QStringLiteral("oefen-3"));
}

TEST(CourseIndex, CompletionBlocksAreTheInteractiveOnes)
{
    const auto course = module14();
    const CourseIndex &index = course->index;
    EXPECT_TRUE(index.completionBlocks(index.indexOf(QStringLiteral("inleiding"))).isEmpty());
    EXPECT_EQ(index.completionBlocks(index.indexOf(QStringLiteral("opdracht-1"))),
              QStringList{QStringLiteral("oefen-1")});
    EXPECT_EQ(index.completionBlocks(index.selfTestPage()).size(), 1);
    EXPECT_EQ(index.completionBlocks(index.indexOf(QStringLiteral("een-voorbeeld"))),
              QStringList{QStringLiteral("dialoog-het-gaat-fout")});
    EXPECT_EQ(index.find(QStringLiteral("dialoog-het-gaat-fout")).page,
              index.indexOf(QStringLiteral("een-voorbeeld")));
}
