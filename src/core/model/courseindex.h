#pragma once

// The course seen as a flat list of pages, built once by the loader: page ids and
// positions in course order, which section each page belongs to, the self-test page,
// the blocks a page needs finished before it counts as done, and where the audio and
// question blocks are. Everything that needs "the n-th page" or "every question" asks
// here instead of walking sections and pages itself.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace leerpad {

struct Course;

class CourseIndex
{
public:
    // A page by its section and its place in that section.
    struct Position
    {
        int section = -1;
        int page = -1;
        bool isValid() const { return section >= 0 && page >= 0; }
        friend bool operator==(const Position &, const Position &) = default;
    };
    // A block by its page (course order) and its place on that page.
    struct BlockRef
    {
        int page = -1;
        int block = -1;
        friend bool operator==(const BlockRef &, const BlockRef &) = default;
    };

    CourseIndex() = default;
    explicit CourseIndex(const Course &course);

    int pageCount() const { return int(m_pageIds.size()); }
    int sectionCount() const { return int(m_sectionFirstPage.size()); }
    QString pageId(int page) const { return m_pageIds.value(page); }
    int indexOf(const QString &pageId) const { return m_byId.value(pageId, -1); }
    Position position(int page) const; // invalid when out of range
    int pageAt(Position position) const; // -1 when there is no such page
    int sectionOf(int page) const;       // -1 when out of range
    int firstPageOf(int section) const;  // -1 for an unknown or empty section
    int pagesIn(int section) const;
    int selfTestPage() const { return m_selfTestPage; } // -1 without a self-test block

    // The blocks of a page that must be finished before the page counts as completed:
    // audio (played to the end or transcript opened), practice questions (checked) and
    // the self-test. A page with none of those is completed as soon as it is shown.
    QStringList completionBlocks(int page) const { return m_completion.value(page); }

    // In course order.
    const QList<BlockRef> &audioBlocks() const { return m_audio; }
    const QList<BlockRef> &questionBlocks() const { return m_questions; }
    // An audio or practice question block by its id (ids are unique in a course);
    // page -1 when there is none.
    BlockRef find(const QString &blockId) const { return m_blockById.value(blockId); }

private:
    QStringList m_pageIds;
    QHash<QString, int> m_byId;
    QList<Position> m_positions;
    QList<int> m_sectionFirstPage;
    QList<QStringList> m_completion;
    QList<BlockRef> m_audio;
    QList<BlockRef> m_questions;
    QHash<QString, BlockRef> m_blockById;
    int m_selfTestPage = -1;
};

} // namespace leerpad
