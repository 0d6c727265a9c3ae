#pragma once

// Where a learner is in a course and what they have seen and finished, as plain data
// keyed by page id: what the navigator gives out and takes back, and what the progress
// store keeps, so progress survives a re-published course for every page whose id
// still exists.

#include <QList>
#include <QSet>
#include <QString>

namespace leerpad {

struct NavigationState
{
    QString currentPageId; // empty: never opened
    QSet<QString> visited;
    QSet<QString> completed;

    friend bool operator==(const NavigationState &, const NavigationState &) = default;
};

enum class PageState { NotVisited, Visited, Completed };

// What one learner action changed: the current page, and the pages whose state changed
// (usually one). Saving this instead of the whole state keeps a page turn's cost the
// same in a course of 30 pages and one of 10 000.
struct NavigationChange
{
    QString currentPageId;
    bool moved = false; // the current page changed
    QList<QPair<QString, PageState>> pages;

    friend bool operator==(const NavigationChange &, const NavigationChange &) = default;
};

} // namespace leerpad
