#include "core/loader/suggest.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace leerpad {
namespace {

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (same ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

} // namespace

std::string closestMatch(std::string_view word, std::span<const std::string_view> candidates)
{
    if (word.size() > 64)
        return {};
    const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
    std::size_t best = limit + 1;
    std::string_view bestWord;
    for (std::string_view c : candidates) {
        const std::size_t d = editDistance(word, c);
        if (d < best) {
            best = d;
            bestWord = c;
        }
    }
    return best <= limit ? std::string(bestWord) : std::string();
}

} // namespace leerpad
