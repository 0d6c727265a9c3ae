#include "core/loader/jsondoc.h"

#include "core/loader/jsonpointer.h"

#include <algorithm>
#include <limits>

namespace leerpad {
namespace {
constexpr std::uint32_t kNoParent = std::numeric_limits<std::uint32_t>::max();
}

std::string_view JsonValue::string() const
{
    if (!isString())
        return {};
    return std::string_view(m_doc->chars).substr(m_node->offset, m_node->count);
}

JsonValue JsonValue::operator[](std::size_t index) const
{
    if (!isArray() || index >= m_node->count)
        return {};
    return {m_doc, &m_doc->nodes[m_node->offset + index]};
}

std::string_view JsonValue::keyAt(std::size_t index) const
{
    if (!isObject() || index >= m_node->count)
        return {};
    return JsonValue(m_doc, &m_doc->nodes[m_node->offset + 2 * index]).string();
}

JsonValue JsonValue::valueAt(std::size_t index) const
{
    if (!isObject() || index >= m_node->count)
        return {};
    return {m_doc, &m_doc->nodes[m_node->offset + 2 * index + 1]};
}

JsonValue JsonValue::find(std::string_view key) const
{
    // Course objects have a dozen members at most: a linear scan beats hashing.
    const std::size_t n = size();
    for (std::size_t i = 0; isObject() && i < n; ++i) {
        if (keyAt(i) == key)
            return valueAt(i);
    }
    return {};
}

std::string JsonValue::pointer() const
{
    return m_doc && m_node ? m_doc->pointerOf(m_node) : std::string();
}

JsonDoc::JsonDoc() = default;
JsonDoc::~JsonDoc() = default;
JsonDoc::JsonDoc(JsonDoc &&) noexcept = default;
JsonDoc &JsonDoc::operator=(JsonDoc &&) noexcept = default;

JsonValue JsonDoc::root() const
{
    if (nodes.empty())
        return {};
    return {this, &nodes.back()};
}

std::string JsonDoc::pointerOf(const JsonNode *node) const
{
    if (nodes.empty() || node < nodes.data() || node >= nodes.data() + nodes.size())
        return {};
    if (!m_parents) {
        auto parents = std::make_unique<std::vector<std::uint32_t>>(nodes.size(), kNoParent);
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const JsonNode &n = nodes[i];
            const std::size_t children = n.type == JsonType::Object  ? 2 * std::size_t(n.count)
                                         : n.type == JsonType::Array ? n.count
                                                                     : 0;
            for (std::size_t c = 0; c < children; ++c)
                (*parents)[n.offset + c] = std::uint32_t(i);
        }
        m_parents = std::move(parents);
    }
    // Walk up to the root collecting reference tokens, then join them in order.
    std::vector<std::string> tokens;
    std::size_t index = std::size_t(node - nodes.data());
    while ((*m_parents)[index] != kNoParent) {
        const std::size_t parent = (*m_parents)[index];
        const JsonNode &p = nodes[parent];
        const std::size_t position = index - p.offset;
        if (p.type == JsonType::Array) {
            tokens.push_back(std::to_string(position));
        } else {
            const JsonNode &key = nodes[p.offset + (position & ~std::size_t(1))];
            tokens.push_back(jsonpointer::escapeToken(
                std::string_view(chars).substr(key.offset, key.count)));
        }
        index = parent;
    }
    std::string out;
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it)
        out += '/' + *it;
    return out;
}

} // namespace leerpad
