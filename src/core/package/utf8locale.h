#pragma once

// libarchive converts entry names between UTF-8 and the locale's character set; in the
// "C" locale (a fuzzer, a test, a service started without LANG) every non-ASCII name
// would fail to convert. While one of these lives, the calling thread -- and only it --
// uses C.UTF-8, so package names read and write the same everywhere.

#include <locale.h>

namespace leerpad {

class Utf8Locale
{
public:
    Utf8Locale()
        : m_utf8(newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr))),
          m_before(m_utf8 ? uselocale(m_utf8) : static_cast<locale_t>(nullptr))
    {
    }
    ~Utf8Locale()
    {
        if (m_utf8) {
            uselocale(m_before);
            freelocale(m_utf8);
        }
    }
    Utf8Locale(const Utf8Locale &) = delete;
    Utf8Locale &operator=(const Utf8Locale &) = delete;

private:
    locale_t m_utf8;
    locale_t m_before;
};

} // namespace leerpad
