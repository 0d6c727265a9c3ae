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
    for (const Section &section : course.sections) {
        for (const Page &page : section.pages) {
            keys.pageIds.insert(page.id);
            for (const Block &block : page.blocks) {
                if (const Question *q = block.question())
                    addQuestion(keys, *q);
                else if (block.audio())
                    keys.audioBlockIds.insert(block.id);
            }
        }
    }
    // Self-test questions that refer to a practice block are copies with the same id
    // and options, so inserting them again is harmless.
    if (course.selfTest) {
        for (const Question &q : course.selfTest->questions)
            addQuestion(keys, q);
    }
    return keys;
}

} // namespace leerpad
