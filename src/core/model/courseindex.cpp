#include "core/model/courseindex.h"

#include "core/model/course.h"

#include <algorithm>

namespace leerpad {

CourseIndex::CourseIndex(const Course &course)
{
    const int pages = course.pageCount();
    m_pageIds.reserve(pages);
    m_byId.reserve(pages);
    m_positions.reserve(pages);
    m_completion.reserve(pages);
    for (int s = 0; s < int(course.sections.size()); ++s) {
        m_sectionFirstPage.append(int(m_pageIds.size()));
        const QList<Page> &sectionPages = course.sections[s].pages;
        for (int p = 0; p < int(sectionPages.size()); ++p) {
            const Page &page = sectionPages[p];
            const int index = int(m_pageIds.size());
            m_pageIds.append(page.id);
            m_byId.insert(page.id, index);
            m_positions.append({s, p});
            QStringList required;
            for (int b = 0; b < int(page.blocks.size()); ++b) {
                const Block &block = page.blocks[b];
                if (block.audio()) {
                    m_audio.append({index, b});
                    m_blockById.insert(block.id, {index, b});
                } else if (block.question()) {
                    m_questions.append({index, b});
                    m_blockById.insert(block.id, {index, b});
                } else if (block.isSelfTest() && m_selfTestPage < 0) {
                    m_selfTestPage = index;
                }
                if (block.audio() || block.question() || block.isSelfTest())
                    required.append(block.id);
            }
            m_completion.append(required);
        }
    }
}

CourseIndex::Position CourseIndex::position(int page) const
{
    return m_positions.value(page);
}

int CourseIndex::pageAt(Position position) const
{
    const int first = firstPageOf(position.section);
    if (first < 0 || position.page < 0 || position.page >= pagesIn(position.section))
        return -1;
    return first + position.page;
}

int CourseIndex::sectionOf(int page) const
{
    if (page < 0 || page >= pageCount())
        return -1;
    // Sections are few compared to pages; a binary search keeps 10 000-page courses fast.
    const auto it = std::upper_bound(m_sectionFirstPage.cbegin(), m_sectionFirstPage.cend(), page);
    return int(it - m_sectionFirstPage.cbegin()) - 1;
}

int CourseIndex::firstPageOf(int section) const
{
    if (section < 0 || section >= sectionCount() || pagesIn(section) == 0)
        return -1;
    return m_sectionFirstPage[section];
}

int CourseIndex::pagesIn(int section) const
{
    if (section < 0 || section >= sectionCount())
        return 0;
    const int end = section + 1 < sectionCount() ? m_sectionFirstPage[section + 1] : pageCount();
    return end - m_sectionFirstPage[section];
}

} // namespace leerpad
