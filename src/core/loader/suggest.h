#pragma once

#include <span>
#include <string>
#include <string_view>

namespace leerpad {

// The candidate closest to word by edit distance, if it is close enough to be a
// plausible typo (at most a third of the word's length, minimum 1); else empty.
std::string closestMatch(std::string_view word, std::span<const std::string_view> candidates);

} // namespace leerpad
