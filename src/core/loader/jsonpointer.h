#pragma once

// RFC 6901 JSON pointers, built one reference token at a time.

#include <string>
#include <string_view>

namespace leerpad::jsonpointer {

std::string escapeToken(std::string_view token);
inline std::string child(const std::string &parent, std::string_view key)
{
    return parent + '/' + escapeToken(key);
}
inline std::string child(const std::string &parent, std::size_t index)
{
    return parent + '/' + std::to_string(index);
}

} // namespace leerpad::jsonpointer
