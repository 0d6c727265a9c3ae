#include "core/learning/navigator.h"

#include "core/logging.h"
#include "core/model/courseindex.h"

#include <utility>

namespace leerpad {

namespace {
// "Back" is for undoing jumps, not an endless trail: a learner clicking through a
// 10 000-page course must not grow it without bound.
constexpr int kMaxHistory = 200;
} // namespace

Navigator::Navigator(QObject *parent) : QObject(parent) {}

void Navigator::setCourse(const CourseIndex &index)
{
    QList<PageEntry> pages;
    pages.reserve(index.pageCount());
    for (int i = 0; i < index.pageCount(); ++i)
        pages.append({index.pageId(i), index.completionBlocks(i)});
    setPages(pages);
}

void Navigator::setPages(const QList<PageEntry> &pages)
{
    m_pages = pages;
    m_index.clear();
    m_index.reserve(m_pages.size());
    for (int i = 0; i < int(m_pages.size()); ++i)
        m_index.insert(m_pages[i].id, i);
    m_visited.clear();
    m_completed.clear();
    m_doneBlocks.clear();
    m_history.clear();
    m_current = -1;
    if (!m_pages.isEmpty()) {
        m_current = 0;
        visit(0);
    }
    m_changes.clear(); // a reset says "re-read everything"
    emit reset();
    emit historyChanged(false);
    emit progressChanged(progress());
    emit currentChanged(m_current, currentPageId());
}

QString Navigator::currentPageId() const
{
    return pageId(m_current);
}

QString Navigator::pageId(int index) const
{
    if (index < 0 || index >= pageCount())
        return {};
    return m_pages[index].id;
}

int Navigator::indexOf(const QString &pageId) const
{
    return m_index.value(pageId, -1);
}

PageState Navigator::pageState(int index) const
{
    const QString id = pageId(index);
    if (m_completed.contains(id))
        return PageState::Completed;
    if (m_visited.contains(id))
        return PageState::Visited;
    return PageState::NotVisited;
}

double Navigator::progress() const
{
    if (m_pages.isEmpty())
        return 0.0;
    return double(m_completed.size()) / double(m_pages.size());
}

NavigationState Navigator::state() const
{
    return {currentPageId(), m_visited, m_completed};
}

void Navigator::restore(const NavigationState &state)
{
    m_visited.clear();
    m_completed.clear();
    m_doneBlocks.clear();
    m_history.clear();
    int dropped = 0;
    for (const QString &id : state.visited) {
        if (m_index.contains(id))
            m_visited.insert(id);
        else
            ++dropped;
    }
    for (const QString &id : state.completed) {
        if (m_index.contains(id)) {
            m_completed.insert(id);
            m_visited.insert(id); // completed implies seen, whatever the store says
        } else {
            ++dropped;
        }
    }
    if (dropped > 0)
        qCInfo(lcNavigation) << "restore ignored" << dropped << "unknown page ids";
    m_current = m_pages.isEmpty() ? -1 : qMax(0, indexOf(state.currentPageId));
    if (m_current >= 0)
        visit(m_current);
    m_changes.clear(); // a reset says "re-read everything"
    emit reset();
    emit historyChanged(false);
    emit progressChanged(progress());
    emit currentChanged(m_current, currentPageId());
}

bool Navigator::goTo(const QString &pageId)
{
    const int index = indexOf(pageId);
    if (index < 0) {
        qCWarning(lcNavigation) << "no page with id" << pageId;
        return false;
    }
    return show(index, true);
}

bool Navigator::goToIndex(int index)
{
    return show(index, true);
}

bool Navigator::next()
{
    return show(m_current + 1, true);
}

bool Navigator::previous()
{
    return show(m_current - 1, true);
}

bool Navigator::first()
{
    return show(0, true);
}

bool Navigator::last()
{
    return show(pageCount() - 1, true);
}

bool Navigator::back()
{
    if (m_history.isEmpty())
        return false;
    const int index = m_history.takeLast();
    const bool moved = show(index, false);
    emit historyChanged(canGoBack());
    return moved;
}

bool Navigator::show(int index, bool recordHistory)
{
    if (index < 0 || index >= pageCount() || index == m_current)
        return false;
    if (recordHistory && m_current >= 0) {
        m_history.append(m_current);
        if (m_history.size() > kMaxHistory)
            m_history.removeFirst();
        emit historyChanged(true);
    }
    m_current = index;
    visit(index);
    emit currentChanged(m_current, currentPageId());
    announce(true);
    return true;
}

void Navigator::announce(bool moved)
{
    NavigationChange change;
    change.currentPageId = currentPageId();
    change.moved = moved;
    change.pages = std::exchange(m_changes, {});
    if (moved || !change.pages.isEmpty())
        emit changed(change);
}

void Navigator::visit(int index)
{
    const PageEntry &page = m_pages[index];
    const bool firstVisit = !m_visited.contains(page.id);
    m_visited.insert(page.id);
    if (page.requiredBlocks.isEmpty() && !m_completed.contains(page.id)) {
        complete(index);
        return;
    }
    if (firstVisit) {
        m_changes.append({page.id, PageState::Visited});
        emit pageStateChanged(index, pageState(index));
    }
}

void Navigator::complete(int index)
{
    const QString &id = m_pages[index].id;
    m_visited.insert(id);
    m_completed.insert(id);
    m_doneBlocks.remove(index);
    m_changes.append({id, PageState::Completed});
    emit pageStateChanged(index, PageState::Completed);
    emit progressChanged(progress());
}

void Navigator::markBlockDone(const QString &pageId, const QString &blockId)
{
    const int index = indexOf(pageId);
    if (index < 0 || m_completed.contains(pageId))
        return;
    const QStringList &required = m_pages[index].requiredBlocks;
    if (!required.contains(blockId))
        return;
    QSet<QString> &done = m_doneBlocks[index];
    done.insert(blockId);
    for (const QString &id : required) {
        if (!done.contains(id))
            return;
    }
    complete(index);
    announce(false);
}

void Navigator::markCompleted(const QString &pageId)
{
    const int index = indexOf(pageId);
    if (index >= 0 && !m_completed.contains(pageId)) {
        complete(index);
        announce(false);
    }
}

} // namespace leerpad
