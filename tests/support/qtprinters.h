#pragma once

// Readable Qt values in GoogleTest failure messages (instead of their bytes). Found by
// argument-dependent lookup: QString lives in the global namespace.

#include <QString>

#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
