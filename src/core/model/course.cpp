#include "core/model/course.h"

namespace leerpad {

QString plainText(const InlineText &text)
{
    QString out;
    for (const InlineRun &run : text)
        out += run.text;
    return out;
}

const Option *Question::option(const QString &optionId) const
{
    for (const Option &o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

const GlossaryEntry *Course::glossaryEntry(const QString &id) const
{
    for (const GlossaryEntry &e : glossary) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

int Course::pageCount() const
{
    int n = 0;
    for (const Section &s : sections)
        n += int(s.pages.size());
    return n;
}

const Page *Course::page(int pageIndex) const
{
    const CourseIndex::Position at = index.position(pageIndex);
    return at.isValid() ? &sections[at.section].pages[at.page] : nullptr;
}

const Section *Course::sectionOfPage(int pageIndex) const
{
    const CourseIndex::Position at = index.position(pageIndex);
    return at.isValid() ? &sections[at.section] : nullptr;
}

const Block &Course::block(CourseIndex::BlockRef ref) const
{
    return page(ref.page)->blocks[ref.block];
}

QStringList Course::files() const
{
    QStringList out{filePath};
    for (const CourseIndex::BlockRef &ref : index.audioBlocks()) {
        const AudioBlock *audio = block(ref).audio();
        for (const QString &file : {audio->srcPath, audio->transcriptPath}) {
            if (!file.isEmpty() && !out.contains(file))
                out << file;
        }
    }
    return out;
}

} // namespace leerpad
