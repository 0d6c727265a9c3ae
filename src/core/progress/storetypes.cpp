#include "core/progress/storetypes.h"

namespace leerpad {

bool CourseProgress::isEmpty() const
{
    return navigation.currentPageId.isEmpty() && navigation.visited.isEmpty()
           && navigation.completed.isEmpty() && practice.isEmpty() && audioPositions.isEmpty()
           && attempts.isEmpty();
}

const StoredAttempt *CourseProgress::attempt(const QString &attemptId) const
{
    for (const StoredAttempt &a : attempts) {
        if (a.id == attemptId)
            return &a;
    }
    return nullptr;
}

} // namespace leerpad
