#pragma once

// Where a learner is in a course and what they have seen and finished, as plain data
// keyed by page id: what the navigator gives out and takes back, and what the progress
// store keeps, so progress survives a re-published course for every page whose id
// still exists.

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

} // namespace leerpad
