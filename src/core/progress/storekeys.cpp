#include "core/progress/storekeys.h"

namespace leerpad {

namespace {

void addQuestion(CourseKeys &keys, const Question &question)
{
    QSet<QString> &options = keys.questionOptions[question.id];
    for (const Option &o : question.options)
        options.insert(o.id);
}

} // namespace

CourseKeys courseKeys(const Course &course)
{
    CourseKeys keys;
    keys.courseId = course.id;
    keys.courseVersion = course.version;
    const CourseIndex &index = course.index;
    keys.pageIds.reserve(index.pageCount());
    for (int i = 0; i < index.pageCount(); ++i)
        keys.pageIds.insert(index.pageId(i));
    for (const CourseIndex::BlockRef &ref : index.questionBlocks())
        addQuestion(keys, *course.block(ref).question());
    for (const CourseIndex::BlockRef &ref : index.audioBlocks())
        keys.audioBlockIds.insert(course.block(ref).id);
    // Self-test questions that refer to a practice block are copies with the same id
    // and options, so inserting them again is harmless.
    if (course.selfTest) {
        for (const Question &q : course.selfTest->questions)
            addQuestion(keys, q);
    }
    return keys;
}

} // namespace leerpad
