#include "jsonreader.h"

#include "jsonpointer.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace leerpad {
namespace {

using json = nlohmann::json;

// Offset of the opening bracket that first exceeds maxDepth, scanning outside strings.
std::size_t offsetOfExcessDepth(std::string_view bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return 0;
}

// Builds the DOM like nlohmann's own SAX DOM parser, plus duplicate-key and depth checks.
class StrictDomBuilder
{
public:
    explicit StrictDomBuilder(JsonReadResult &result, std::string_view bytes)
        : m_result(result), m_bytes(bytes)
    {
    }

    bool null() { return skipping() || put(json(nullptr)); }
    bool boolean(bool v) { return skipping() || put(json(v)); }
    bool number_integer(json::number_integer_t v) { return skipping() || put(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return skipping() || put(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t &)
    {
        return skipping() || put(json(v));
    }
    bool string(json::string_t &v) { return skipping() || put(json(std::move(v))); }
    bool binary(json::binary_t &v) { return skipping() || put(json::binary(std::move(v))); }

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t &k)
    {
        if (m_skipDepth > 0)
            return true;
        Frame &f = m_stack.back();
        if (f.node->contains(k)) {
            m_result.structureErrors.push_back(
                {std::string::npos, pointerTo(k), "duplicate key '" + k + "'"});
        }
        f.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        const std::size_t offset = position > 0 ? position - 1 : 0;
        m_result.syntaxErrors.push_back({offset, {}, friendlyMessage(ex.what(), offset)});
        return false;
    }

private:
    struct Frame
    {
        json *node;
        std::string key;
        bool reportedFull = false;
    };

    // nlohmann's text is precise but terse ("syntax error while parsing object key -
    // invalid literal; last read: '{<U+000A>  /'"). Authors get the position from us,
    // so keep the reason, drop the raw "last read" echo, and name the usual culprits.
    std::string friendlyMessage(std::string_view what, std::size_t offset) const
    {
        std::string_view msg = what;
        if (msg.substr(0, 16) == "[json.exception.")
            msg.remove_prefix(std::min(msg.size(), msg.find("] ") + 2));
        if (const auto colon = msg.find(": ", msg.find("column")); colon != std::string_view::npos)
            msg.remove_prefix(colon + 2);
        std::string context;
        constexpr std::string_view kPrefix = "syntax error while parsing ";
        if (msg.substr(0, kPrefix.size()) == kPrefix) {
            msg.remove_prefix(kPrefix.size());
            const auto dash = msg.find(" - ");
            context = std::string(msg.substr(0, dash));
            msg.remove_prefix(dash == std::string_view::npos ? msg.size() : dash + 3);
        }
        std::string reason(msg);
        if (const auto lr = reason.find("; last read: '"); lr != std::string::npos) {
            const auto next = reason.find("; expected", lr + 1);
            reason.erase(lr, next == std::string::npos ? std::string::npos : next - lr);
        }
        const char at = offset < m_bytes.size() ? m_bytes[offset] : '\0';
        std::size_t back = offset;
        while (back > 0 && std::isspace(static_cast<unsigned char>(m_bytes[back - 1])))
            --back;
        const char before = back > 0 ? m_bytes[back - 1] : '\0';
        std::string hint;
        if (at == '/')
            hint = "comments are not allowed in JSON";
        else if (at == '\'')
            hint = "strings and keys need double quotes";
        else if (at == 'N' || at == 'I')
            hint = "NaN and Infinity are not JSON numbers";
        else if ((at == '}' || at == ']') && before == ',')
            hint = "remove the trailing comma";
        std::string out = reason;
        if (!context.empty())
            out += " (while reading " + (context == "value" ? std::string("a value") : "an " + context) + ")";
        if (!hint.empty())
            out += ": " + hint;
        return out;
    }

    std::string pointerTo(const std::string &key) const
    {
        return jsonpointer::child(pointerOfTop(), key);
    }

    // True while inside an array entry beyond kMaxArrayEntries: it is parsed, not stored.
    bool skipping() const { return m_skipDepth > 0; }

    // Checks the parent array's size before a new entry; starts skipping when full.
    bool arrayFull()
    {
        if (m_stack.empty())
            return false;
        Frame &f = m_stack.back();
        if (!f.node->is_array() || f.node->size() < kMaxArrayEntries)
            return false;
        if (!f.reportedFull) {
            f.reportedFull = true;
            m_result.structureErrors.push_back(
                {std::string::npos, pointerOfTop(),
                 "array has more than " + std::to_string(kMaxArrayEntries) + " entries"});
        }
        return true;
    }

    std::string pointerOfTop() const
    {
        std::string p;
        for (std::size_t i = 0; i + 1 < m_stack.size(); ++i) {
            const Frame &f = m_stack[i];
            p = f.node->is_object() ? jsonpointer::child(p, f.key)
                                    : jsonpointer::child(p, f.node->size() - 1);
        }
        return p;
    }

    bool put(json &&v)
    {
        if (arrayFull())
            return true;
        if (m_stack.empty()) {
            m_result.value = std::move(v);
            return true;
        }
        Frame &f = m_stack.back();
        if (f.node->is_object())
            (*f.node)[f.key] = std::move(v);
        else
            f.node->push_back(std::move(v));
        return true;
    }

    bool open(json &&container)
    {
        if (m_skipDepth > 0 || arrayFull()) {
            ++m_skipDepth;
            return true;
        }
        if (int(m_stack.size()) >= kMaxJsonDepth) {
            m_result.syntaxErrors.push_back(
                {offsetOfExcessDepth(m_bytes, kMaxJsonDepth), {},
                 "nesting is deeper than " + std::to_string(kMaxJsonDepth) + " levels"});
            return false;
        }
        json *node = nullptr;
        if (m_stack.empty()) {
            m_result.value = std::move(container);
            node = &m_result.value;
        } else {
            Frame &f = m_stack.back();
            if (f.node->is_object()) {
                node = &((*f.node)[f.key] = std::move(container));
            } else {
                f.node->push_back(std::move(container));
                node = &f.node->back();
            }
        }
        m_stack.push_back({node, {}, false});
        return true;
    }

    bool close()
    {
        if (m_skipDepth > 0)
            --m_skipDepth;
        else
            m_stack.pop_back();
        return true;
    }

    JsonReadResult &m_result;
    std::string_view m_bytes;
    std::vector<Frame> m_stack;
    int m_skipDepth = 0;
};

} // namespace

JsonReadResult readJson(std::string_view bytes)
{
    JsonReadResult result;
    if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
        bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
        result.syntaxErrors.push_back({0, {}, "the file is UTF-32 encoded; save it as UTF-8"});
        return result;
    }
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                              (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
        result.syntaxErrors.push_back({0, {}, "the file is UTF-16 encoded; save it as UTF-8"});
        return result;
    }
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        result.syntaxErrors.push_back({0, {}, "the file is empty"});
        return result;
    }
    // nlohmann stops at a NUL as if the input ended; say what really happened.
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
        result.syntaxErrors.push_back({nul, {}, "the file contains a NUL byte; it is not a text file"});
        return result;
    }
    try {
        StrictDomBuilder builder(result, bytes);
        const bool ok = json::sax_parse(bytes.begin(), bytes.end(), &builder);
        result.syntaxOk = ok && result.syntaxErrors.empty();
    } catch (const std::exception &e) {
        // The API promises diagnostics, never exceptions (e.g. bad_alloc on hostile sizes).
        result.syntaxErrors.push_back({0, {}, std::string("cannot read JSON: ") + e.what()});
        result.syntaxOk = false;
    }
    if (!result.syntaxOk)
        result.value = nullptr;
    return result;
}

} // namespace leerpad
