#include "core/loader/jsonreader.h"

#include "core/loader/jsonpointer.h"
#include "core/loader/loadertext.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string_view>
#include <unordered_set>

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

// Builds a JsonDoc from nlohmann's SAX events, with duplicate-key, depth and array-size
// checks. Values of an open container wait on m_pending; when the container closes
// they move, contiguous, to the document's node array (like a tape), so nothing is
// allocated per value.
class CompactDocBuilder
{
public:
    CompactDocBuilder(JsonReadResult &result, std::string_view bytes)
        : m_result(result), m_doc(result.doc), m_bytes(bytes)
    {
        // Unescaped strings are never longer than the text: one allocation, and the
        // string_views of keys into it stay valid while parsing.
        m_doc.chars.reserve(bytes.size());
        // A value takes a few bytes of text at least; reserving for one node per four
        // bytes avoids regrowing (copying, and touching fresh pages) while parsing.
        // Pages never used are never touched.
        m_doc.nodes.reserve(bytes.size() / 4 + 16);
    }

    bool null() { return skipping() || put(JsonNode()); }
    bool boolean(bool v)
    {
        JsonNode n;
        n.type = JsonType::Boolean;
        n.boolean = v;
        return skipping() || put(n);
    }
    bool number_integer(json::number_integer_t v)
    {
        JsonNode n;
        n.type = JsonType::Integer;
        n.integer = v;
        return skipping() || put(n);
    }
    bool number_unsigned(json::number_unsigned_t v)
    {
        JsonNode n;
        n.type = JsonType::Unsigned;
        n.unsignedInteger = v;
        return skipping() || put(n);
    }
    bool number_float(json::number_float_t v, const json::string_t &)
    {
        JsonNode n;
        n.type = JsonType::Float;
        n.floating = v;
        return skipping() || put(n);
    }
    bool string(json::string_t &v) { return skipping() || put(stringNode(v)); }
    bool binary(json::binary_t &) { return skipping() || put(JsonNode()); } // not in JSON text

    bool start_object(std::size_t) { return open(JsonType::Object); }
    bool start_array(std::size_t) { return open(JsonType::Array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t &k)
    {
        if (skipping())
            return true;
        Frame &f = m_stack.back();
        f.replace = findMember(f, k);
        if (f.replace != kNone) {
            m_result.structureErrors.push_back(
                {std::string::npos, jsonpointer::child(pointerOfTop(), k),
                 LoaderText::tr("duplicate key '%1'").arg(QString::fromStdString(k))});
            f.currentKey = keyOf(f, f.replace);
            return true;
        }
        const JsonNode keyNode = stringNode(k);
        f.currentKey = std::string_view(m_doc.chars).substr(keyNode.offset, keyNode.count);
        m_pending.push_back(keyNode);
        if (f.keys)
            f.keys->insert(f.currentKey);
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        const std::size_t offset = position > 0 ? position - 1 : 0;
        m_result.syntaxErrors.push_back({offset, {}, friendlyMessage(ex.what(), offset)});
        return false;
    }

    // Moves the root into place; call after a successful parse.
    void finish()
    {
        if (m_pending.size() == 1)
            m_doc.nodes.push_back(m_pending.front());
        m_pending.clear();
    }

private:
    static constexpr std::size_t kNone = std::size_t(-1);
    // Objects larger than this get a hash set for duplicate checks; smaller ones
    // (all real course objects) are scanned.
    static constexpr std::uint32_t kScanLimit = 16;

    struct Frame
    {
        JsonType type;
        std::size_t start;       // first pending node of this container
        std::uint32_t count = 0; // entries or members so far
        std::size_t replace = kNone; // member index a duplicate key overwrites
        std::string_view currentKey;
        bool reportedFull = false;
        std::unique_ptr<std::unordered_set<std::string_view>> keys;
    };

    // nlohmann's text is precise but terse ("syntax error while parsing object key -
    // invalid literal; last read: '{<U+000A>  /'"). Authors get the position from us,
    // so keep the reason, drop the raw "last read" echo, and name the usual culprits.
    // The reason stays nlohmann's English; what we add around it is translated.
    DiagnosticText friendlyMessage(std::string_view what, std::size_t offset) const
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
        DiagnosticText hint;
        if (at == '/')
            hint = LoaderText::tr("comments are not allowed in JSON");
        else if (at == '\'')
            hint = LoaderText::tr("strings and keys need double quotes");
        else if (at == 'N' || at == 'I')
            hint = LoaderText::tr("NaN and Infinity are not JSON numbers");
        else if ((at == '}' || at == ']') && before == ',')
            hint = LoaderText::tr("remove the trailing comma");
        const QString why = QString::fromStdString(reason);
        if (context.empty())
            return hint.isEmpty() ? DiagnosticText::verbatim(why)
                                  : LoaderText::tr("%1: %2").arg(why).arg(hint);
        const DiagnosticText reading = readingWhat(context);
        if (hint.isEmpty())
            return LoaderText::tr("%1 (while reading %2)").arg(why).arg(reading);
        return LoaderText::tr("%1 (while reading %2): %3").arg(why).arg(reading).arg(hint);
    }

    // What nlohmann was reading when it stopped, from the words its parser uses for it.
    static DiagnosticText readingWhat(const std::string &context)
    {
        if (context == "value")
            return LoaderText::tr("a value");
        if (context == "object key")
            return LoaderText::tr("an object key");
        if (context == "object separator")
            return LoaderText::tr("an object separator");
        if (context == "object")
            return LoaderText::tr("an object");
        if (context == "array")
            return LoaderText::tr("an array");
        return DiagnosticText::verbatim(QString::fromStdString("an " + context));
    }

    JsonNode stringNode(const std::string &v)
    {
        JsonNode n;
        n.type = JsonType::String;
        n.offset = m_doc.chars.size();
        n.count = std::uint32_t(v.size());
        m_doc.chars.append(v);
        return n;
    }

    std::string_view keyOf(const Frame &f, std::size_t member) const
    {
        const JsonNode &k = m_pending[f.start + 2 * member];
        return std::string_view(m_doc.chars).substr(k.offset, k.count);
    }

    std::size_t findMember(Frame &f, std::string_view key)
    {
        if (f.keys) {
            if (!f.keys->contains(key))
                return kNone;
        } else if (f.count >= kScanLimit) {
            f.keys = std::make_unique<std::unordered_set<std::string_view>>();
            for (std::size_t i = 0; i < f.count; ++i)
                f.keys->insert(keyOf(f, i));
            if (!f.keys->contains(key))
                return kNone;
        }
        for (std::size_t i = 0; i < f.count; ++i) {
            if (keyOf(f, i) == key)
                return i;
        }
        return kNone;
    }

    // True while inside an array entry beyond kMaxArrayEntries: it is parsed, not stored.
    bool skipping() const { return m_skipDepth > 0; }

    // Checks the parent array's size before a new entry; starts skipping when full.
    bool arrayFull()
    {
        if (m_stack.empty())
            return false;
        Frame &f = m_stack.back();
        if (f.type != JsonType::Array || f.count < kMaxArrayEntries)
            return false;
        if (!f.reportedFull) {
            f.reportedFull = true;
            m_result.structureErrors.push_back(
                {std::string::npos, pointerOfTop(),
                 LoaderText::tr("array has more than %1 entries").arg(kMaxArrayEntries)});
        }
        return true;
    }

    // Pointer of the innermost open container.
    std::string pointerOfTop() const
    {
        std::string p;
        for (std::size_t i = 0; i + 1 < m_stack.size(); ++i) {
            const Frame &f = m_stack[i];
            p = f.type == JsonType::Object ? jsonpointer::child(p, f.currentKey)
                                           : jsonpointer::child(p, std::size_t(f.count));
        }
        return p;
    }

    bool put(const JsonNode &n)
    {
        if (arrayFull())
            return true;
        if (m_stack.empty()) {
            m_pending.push_back(n);
            return true;
        }
        Frame &f = m_stack.back();
        if (f.type == JsonType::Object && f.replace != kNone) {
            m_pending[f.start + 2 * f.replace + 1] = n; // the last duplicate wins
            f.replace = kNone;
            return true;
        }
        m_pending.push_back(n);
        ++f.count;
        return true;
    }

    bool open(JsonType type)
    {
        if (skipping() || arrayFull()) {
            ++m_skipDepth;
            return true;
        }
        if (int(m_stack.size()) >= kMaxJsonDepth) {
            m_result.syntaxErrors.push_back(
                {offsetOfExcessDepth(m_bytes, kMaxJsonDepth), {},
                 LoaderText::tr("nesting is deeper than %1 levels").arg(kMaxJsonDepth)});
            return false;
        }
        m_stack.push_back({type, m_pending.size(), 0, kNone, {}, false, nullptr});
        return true;
    }

    bool close()
    {
        if (skipping()) {
            --m_skipDepth;
            return true;
        }
        const Frame &f = m_stack.back();
        JsonNode n;
        n.type = f.type;
        n.count = f.count;
        n.offset = m_doc.nodes.size();
        const auto first = m_pending.begin() + std::ptrdiff_t(f.start);
        m_doc.nodes.insert(m_doc.nodes.end(), first, m_pending.end());
        m_pending.erase(first, m_pending.end());
        m_stack.pop_back();
        return put(n);
    }

    JsonReadResult &m_result;
    JsonDoc &m_doc;
    std::string_view m_bytes;
    std::vector<Frame> m_stack;
    std::vector<JsonNode> m_pending;
    int m_skipDepth = 0;
};

} // namespace

JsonReadResult readJson(std::string_view bytes)
{
    JsonReadResult result;
    if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
        bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
        result.syntaxErrors.push_back(
            {0, {}, LoaderText::tr("the file is UTF-32 encoded; save it as UTF-8")});
        return result;
    }
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                              (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
        result.syntaxErrors.push_back(
            {0, {}, LoaderText::tr("the file is UTF-16 encoded; save it as UTF-8")});
        return result;
    }
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        result.syntaxErrors.push_back({0, {}, LoaderText::tr("the file is empty")});
        return result;
    }
    // nlohmann stops at a NUL as if the input ended; say what really happened.
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
        result.syntaxErrors.push_back(
            {nul, {}, LoaderText::tr("the file contains a NUL byte; it is not a text file")});
        return result;
    }
    try {
        CompactDocBuilder builder(result, bytes);
        const bool ok = json::sax_parse(bytes.begin(), bytes.end(), &builder);
        result.syntaxOk = ok && result.syntaxErrors.empty();
        if (result.syntaxOk)
            builder.finish();
    } catch (const std::exception &e) {
        // The API promises diagnostics, never exceptions (e.g. bad_alloc on hostile sizes).
        result.syntaxErrors.push_back(
            {0, {}, LoaderText::tr("cannot read JSON: %1").arg(QString::fromUtf8(e.what()))});
        result.syntaxOk = false;
    }
    if (!result.syntaxOk)
        result.doc = JsonDoc();
    return result;
}

} // namespace leerpad
