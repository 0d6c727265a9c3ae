#pragma once

// Maps byte offsets in UTF-8 text to 1-based line:column positions, counting
// columns in characters (code points) so editors land on the right glyph.

#include <QByteArrayView>

namespace leerpad {

struct TextPosition
{
    int line = 0;
    int column = 0;
};

// offset is a 0-based byte index; offsets past the end clamp to the end.
TextPosition positionAt(QByteArrayView utf8, qsizetype offset);

} // namespace leerpad
