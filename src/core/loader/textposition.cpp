#include "core/loader/textposition.h"

namespace leerpad {

TextPosition positionAt(QByteArrayView utf8, qsizetype offset)
{
    if (offset > utf8.size())
        offset = utf8.size();
    if (offset < 0)
        offset = 0;
    TextPosition pos{1, 1};
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            // Continuation bytes (10xxxxxx) belong to the previous character.
            ++pos.column;
        }
    }
    return pos;
}

} // namespace leerpad
