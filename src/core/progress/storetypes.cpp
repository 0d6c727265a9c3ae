#include "core/progress/storetypes.h"

namespace leerpad {

bool CourseProgress::isEmpty() const
{
    return navigation.currentPageId.isEmpty() && navigation.visited.isEmpty()
           && navigation.completed.isEmpty() && practice.isEmpty() && audioPositions.isEmpty()
           && attempts.isEmpty();
}

const Attempt *CourseProgress::attempt(const QString &attemptId) const
{
    for (const Attempt &a : attempts) {
        if (a.id == attemptId)
            return &a;
    }
    return nullptr;
}

} // namespace leerpad
