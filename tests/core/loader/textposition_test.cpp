#include "core/loader/textposition.h"

#include <QByteArray>

#include <gtest/gtest.h>

using namespace leerpad;

TEST(TextPosition, CountsLinesAndCharacters)
{
    const QByteArray text = "ab\n\xC3\xA9\xC3\xA9n x\n"; // "één" is 3 characters, 6 bytes
    EXPECT_EQ(positionAt(text, 0).line, 1);
    EXPECT_EQ(positionAt(text, 0).column, 1);
    EXPECT_EQ(positionAt(text, 3).line, 2);
    EXPECT_EQ(positionAt(text, 3).column, 1);
    const TextPosition x = positionAt(text, text.indexOf('x'));
    EXPECT_EQ(x.line, 2);
    EXPECT_EQ(x.column, 5);
    EXPECT_EQ(positionAt(text, 1000).line, 3); // clamps to the end
}
