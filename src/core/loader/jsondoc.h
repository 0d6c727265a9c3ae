#pragma once

// A compact, read-only JSON document for the course loader. nlohmann's DOM spends
// most of a load in malloc: one heap block per value, per string and per map node.
// Here every value is a 16-byte node in one array and every string lives in one
// character buffer, so a 10 000-page course costs a handful of allocations.
// JSON pointers are not stored; pointerOf() derives one from a node when a
// diagnostic needs it, so a valid course never pays for them.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace leerpad {

enum class JsonType : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

struct JsonNode
{
    JsonType type = JsonType::Null;
    // Array entries, object members (each a key node then a value node) or string bytes.
    std::uint32_t count = 0;
    union {
        std::int64_t integer;
        std::uint64_t unsignedInteger;
        double floating;
        bool boolean;
        std::uint64_t offset; // first child in the node array, or first byte of a string
    };
    JsonNode() : offset(0) {}
};

class JsonDoc;

// A handle to one value of a JsonDoc; a default-constructed handle means "absent".
// Valid as long as its document lives and is not moved from.
class JsonValue
{
public:
    JsonValue() = default;
    JsonValue(const JsonDoc *doc, const JsonNode *node) : m_doc(doc), m_node(node) {}

    bool exists() const { return m_node != nullptr; }
    JsonType type() const { return m_node ? m_node->type : JsonType::Null; }
    bool isNull() const { return type() == JsonType::Null; }
    bool isBoolean() const { return type() == JsonType::Boolean; }
    bool isString() const { return type() == JsonType::String; }
    bool isArray() const { return type() == JsonType::Array; }
    bool isObject() const { return type() == JsonType::Object; }
    bool isInteger() const
    {
        return type() == JsonType::Integer || type() == JsonType::Unsigned;
    }
    bool isUnsigned() const { return type() == JsonType::Unsigned; }

    bool toBool() const { return m_node->boolean; }
    // Non-negative numbers arrive as Unsigned (as in nlohmann); callers range-check.
    std::int64_t toInt64() const
    {
        return isUnsigned() ? std::int64_t(m_node->unsignedInteger) : m_node->integer;
    }
    std::uint64_t toUInt64() const { return m_node->unsignedInteger; }
    std::string_view string() const;

    // Arrays: entries; objects: members.
    std::size_t size() const { return isArray() || isObject() ? m_node->count : 0; }
    bool empty() const { return size() == 0; }
    JsonValue operator[](std::size_t index) const; // array entry
    std::string_view keyAt(std::size_t index) const; // object member
    JsonValue valueAt(std::size_t index) const;      // object member
    // The member's value, or an absent handle. With duplicate keys the last one wins.
    JsonValue find(std::string_view key) const;

    // RFC 6901 pointer of this value ("" for the root); computed, not stored.
    std::string pointer() const;

private:
    const JsonDoc *m_doc = nullptr;
    const JsonNode *m_node = nullptr;
};

class JsonDoc
{
public:
    JsonDoc();
    ~JsonDoc();
    JsonDoc(JsonDoc &&) noexcept;
    JsonDoc &operator=(JsonDoc &&) noexcept;

    JsonValue root() const;
    std::string pointerOf(const JsonNode *node) const;

    // Filled by the reader (jsonreader.cpp).
    std::vector<JsonNode> nodes; // children before parents; the root is last
    std::string chars;           // every string's bytes, back to back

private:
    friend class JsonValue;
    // Parent of every node, built on the first pointerOf(): only diagnostics need it.
    mutable std::unique_ptr<std::vector<std::uint32_t>> m_parents;
};

} // namespace leerpad
