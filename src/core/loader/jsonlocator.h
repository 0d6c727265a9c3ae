#pragma once

// Finds where a JSON pointer sits in the source bytes, so semantic diagnostics get
// a line:column as well as a pointer. Built only when there is something to report:
// loading a valid course never pays for it.

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace leerpad {

class JsonLocator
{
public:
    // bytes must be syntactically valid JSON (already parsed successfully). Only the
    // wanted pointers (and their ancestors) are recorded; everything else is skipped
    // without building pointers, so a huge array costs one quick scan.
    JsonLocator(std::string_view bytes, const std::vector<std::string> &wanted);

    // Byte offset of the member's key (object members) or of the value (array
    // elements, root). Unknown pointers fall back to their nearest known ancestor.
    std::size_t offsetOf(std::string pointer) const;

private:
    void scanValue(const std::string &pointer);
    void skipValue();
    void scanString();
    void skipWhitespace();
    bool onPath(const std::string &pointer) const { return m_onPath.count(pointer) > 0; }

    std::string_view m_bytes;
    std::size_t m_pos = 0;
    std::unordered_set<std::string> m_onPath;
    std::unordered_map<std::string, std::size_t> m_offsets;
};

} // namespace leerpad
