#include "core/model/courseoutline.h"

#include <algorithm>

namespace leerpad {

namespace {
void countQuestion(const Question &q, CourseOutline &out)
{
    switch (q.type) {
    case Question::Type::Single: ++out.singleQuestions; break;
    case Question::Type::TrueFalse: ++out.trueFalseQuestions; break;
    case Question::Type::Multiple: ++out.multipleQuestions; break;
    }
}
} // namespace

CourseOutline outlineOf(const Course &course)
{
    CourseOutline out;
    out.sections = int(course.sections.size());
    for (const Section &section : course.sections) {
        for (const Page &page : section.pages) {
            ++out.pages;
            CourseOutline::PageMedia media{page.id, page.title, {}, {}};
            for (const Block &block : page.blocks) {
                const Question *q = block.question();
                if (block.origin == Origin::Added || (q && q->added))
                    ++out.addedItems;
                if (q)
                    countQuestion(*q, out);
                if (const AudioBlock *a = block.audio()) {
                    ++out.audioBlocks;
                    // The transcript's last cue ends where the dialogue does; the audio
                    // file itself is not opened (core has no media decoder).
                    // A missing file plays nothing: it adds no time, and is counted apart.
                    qint64 end = 0;
                    for (const Cue &cue : a->cues)
                        end = std::max(end, cue.endMs);
                    if (a->srcAvailable)
                        out.audioDurationMs += end;
                    else
                        ++out.missingAudio;
                    for (const QString &f : {a->src, a->transcript})
                        if (!f.isEmpty() && !media.files.contains(f))
                            media.files << f;
                    if (!a->srcAvailable && !a->src.isEmpty() && !media.missing.contains(a->src))
                        media.missing << a->src;
                }
            }
            if (!media.files.isEmpty())
                out.media << media;
        }
    }
    if (course.selfTest) {
        out.selfTestQuestions = int(course.selfTest->questions.size());
        for (const Question &q : course.selfTest->questions)
            if (q.added)
                ++out.addedItems;
    }
    return out;
}

} // namespace leerpad
