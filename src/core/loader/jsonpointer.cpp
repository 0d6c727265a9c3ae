#include "core/loader/jsonpointer.h"

namespace leerpad::jsonpointer {

std::string escapeToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

} // namespace leerpad::jsonpointer
