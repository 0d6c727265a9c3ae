#include "core/loader/jsonlocator.h"

#include "core/loader/jsonpointer.h"

namespace leerpad {

JsonLocator::JsonLocator(std::string_view bytes, const std::vector<std::string> &wanted)
    : m_bytes(bytes)
{
    for (const std::string &w : wanted) {
        for (std::size_t slash = w.find('/'); slash != std::string::npos;
             slash = w.find('/', slash + 1))
            m_onPath.insert(w.substr(0, slash));
        m_onPath.insert(w);
    }
    if (m_bytes.substr(0, 3) == "\xEF\xBB\xBF")
        m_pos = 3;
    skipWhitespace();
    m_offsets[""] = m_pos;
    scanValue("");
}

std::size_t JsonLocator::offsetOf(std::string pointer) const
{
    for (;;) {
        if (auto it = m_offsets.find(pointer); it != m_offsets.end())
            return it->second;
        const auto slash = pointer.rfind('/');
        if (slash == std::string::npos)
            return 0;
        pointer.resize(slash);
    }
}

void JsonLocator::skipWhitespace()
{
    while (m_pos < m_bytes.size() &&
           (m_bytes[m_pos] == ' ' || m_bytes[m_pos] == '\n' || m_bytes[m_pos] == '\r' ||
            m_bytes[m_pos] == '\t'))
        ++m_pos;
}

void JsonLocator::scanString()
{
    ++m_pos; // opening quote
    while (m_pos < m_bytes.size() && m_bytes[m_pos] != '"') {
        if (m_bytes[m_pos] == '\\')
            ++m_pos;
        ++m_pos;
    }
    ++m_pos; // closing quote
}

// Skips one value of any kind without recording anything.
void JsonLocator::skipValue()
{
    skipWhitespace();
    int depth = 0;
    while (m_pos < m_bytes.size()) {
        const char c = m_bytes[m_pos];
        if (c == '"') {
            scanString();
            if (depth == 0)
                return;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return; // end of the enclosing container: the value was a scalar
            if (--depth == 0) {
                ++m_pos;
                return;
            }
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            return;
        }
        ++m_pos;
    }
}

// Recursion depth is bounded: the parser already rejected input deeper than kMaxJsonDepth.
void JsonLocator::scanValue(const std::string &pointer)
{
    skipWhitespace();
    if (m_pos >= m_bytes.size())
        return;
    const char c = m_bytes[m_pos];
    if (c == '{') {
        ++m_pos;
        skipWhitespace();
        while (m_pos < m_bytes.size() && m_bytes[m_pos] != '}') {
            const std::size_t keyStart = m_pos;
            scanString();
            // Keys in course files have no escapes worth decoding for lookup purposes
            // except the rare \" or \\; decode those minimal cases.
            std::string key;
            for (std::size_t i = keyStart + 1; i + 1 < m_pos; ++i) {
                if (m_bytes[i] == '\\' && i + 2 < m_pos)
                    ++i;
                key += m_bytes[i];
            }
            const std::string child = jsonpointer::child(pointer, key);
            skipWhitespace();
            ++m_pos; // ':'
            if (onPath(child)) {
                m_offsets[child] = keyStart; // the last duplicate wins, as in the parsed value
                scanValue(child);
            } else {
                skipValue();
            }
            skipWhitespace();
            if (m_pos < m_bytes.size() && m_bytes[m_pos] == ',') {
                ++m_pos;
                skipWhitespace();
            }
        }
        ++m_pos;
    } else if (c == '[') {
        ++m_pos;
        skipWhitespace();
        std::size_t index = 0;
        while (m_pos < m_bytes.size() && m_bytes[m_pos] != ']') {
            skipWhitespace();
            const std::string child = jsonpointer::child(pointer, index++);
            if (onPath(child)) {
                m_offsets[child] = m_pos;
                scanValue(child);
            } else {
                skipValue();
            }
            skipWhitespace();
            if (m_pos < m_bytes.size() && m_bytes[m_pos] == ',') {
                ++m_pos;
                skipWhitespace();
            }
        }
        ++m_pos;
    } else if (c == '"') {
        scanString();
    } else {
        while (m_pos < m_bytes.size() && m_bytes[m_pos] != ',' && m_bytes[m_pos] != '}' &&
               m_bytes[m_pos] != ']' && m_bytes[m_pos] != ' ' && m_bytes[m_pos] != '\n' &&
               m_bytes[m_pos] != '\r' && m_bytes[m_pos] != '\t')
            ++m_pos;
    }
}

} // namespace leerpad
