#include "core/progress/progressmapping.h"

namespace leerpad {

StoredNavigation toStored(const NavigationState &state)
{
    return {state.currentPageId, state.visited, state.completed};
}

NavigationState fromStored(const StoredNavigation &stored)
{
    return {stored.currentPageId, stored.visited, stored.completed};
}

StoredAttempt toStored(const Attempt &attempt)
{
    StoredAttempt s;
    s.id = attempt.id;
    s.number = attempt.number;
    s.startedAt = attempt.startedAt;
    s.submittedAt = attempt.submittedAt;
    s.shuffleSeed = attempt.seed;
    s.questionOrder = attempt.questionOrder;
    for (auto it = attempt.optionOrder.cbegin(); it != attempt.optionOrder.cend(); ++it)
        s.optionOrder.insert(it.key(), it.value());
    for (auto it = attempt.answers.cbegin(); it != attempt.answers.cend(); ++it) {
        QStringList ids(it.value().cbegin(), it.value().cend());
        ids.sort(); // a set has no order; a stable one keeps stored rows comparable
        s.answers.insert(it.key(), ids);
    }
    if (attempt.score) {
        s.score = attempt.score->points;
        if (attempt.score->band >= 0)
            s.bandIndex = attempt.score->band;
    }
    return s;
}

Attempt fromStored(const StoredAttempt &stored)
{
    Attempt a;
    a.id = stored.id;
    a.number = stored.number;
    a.seed = stored.shuffleSeed;
    a.startedAt = stored.startedAt;
    a.submittedAt = stored.submittedAt;
    a.questionOrder = stored.questionOrder;
    for (auto it = stored.optionOrder.cbegin(); it != stored.optionOrder.cend(); ++it)
        a.optionOrder.insert(it.key(), it.value());
    for (auto it = stored.answers.cbegin(); it != stored.answers.cend(); ++it)
        a.answers.insert(it.key(), QSet<QString>(it.value().cbegin(), it.value().cend()));
    return a;
}

} // namespace leerpad
