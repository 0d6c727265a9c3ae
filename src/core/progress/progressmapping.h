#pragma once

// Translates between what the player works with (Attempt, NavigationState) and what
// the progress store keeps (StoredAttempt, StoredNavigation). The store holds no
// scores it could get wrong: a stored attempt is rescored from its answers.

#include "core/learning/attempt.h"
#include "core/learning/navigator.h"
#include "core/progress/storetypes.h"

namespace leerpad {

StoredNavigation toStored(const NavigationState &state);
NavigationState fromStored(const StoredNavigation &stored);

StoredAttempt toStored(const Attempt &attempt);
Attempt fromStored(const StoredAttempt &stored); // score left empty: rescore it

} // namespace leerpad
