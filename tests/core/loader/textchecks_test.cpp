// The quick byte scan in front of the text checks may only skip texts the full check
// would pass: every text the check flags must be caught by the scan, at any position
// within its eight-byte words.

#include "core/loader/textchecks.h"

#include <gtest/gtest.h>

#include <string>

using namespace leerpad;

namespace {

const char *const kFlagged[] = {
    "a\x01" "b",                // control character
    "regel\rterug",             // carriage return
    "zie <b>vet</b>",           // markup
    "abc\xE2\x80\xAE" "def",    // U+202E right-to-left override
    "abc\xE2\x81\xA6" "def",    // U+2066 left-to-right isolate
};

const char *const kClean[] = {
    "Goedemorgen, u spreekt met het Westen.",
    "\xE2\x80\x9CHallo\xE2\x80\x9D \xE2\x80\x93 zei ze\xE2\x80\xA6", // quotes, en dash, ellipsis
    "twee\tkolommen\nen regels",
    "a < b",                    // a '<' sends it to the full check, which finds no tag
};

TEST(TextChecks, TheQuickScanCatchesEverythingTheCheckFlagsAtEveryOffset)
{
    for (const char *flagged : kFlagged) {
        for (int pad = 0; pad < 9; ++pad) {
            const std::string text = std::string(std::size_t(pad), 'x') + flagged;
            ASSERT_TRUE(checkCourseText(QString::fromStdString(text)).has_value()) << text;
            EXPECT_TRUE(mayNeedTextCheck(text)) << "offset " << pad << ": " << text;
        }
    }
}

TEST(TextChecks, OrdinaryDutchTextSkipsTheFullCheck)
{
    for (const char *clean : kClean) {
        EXPECT_FALSE(checkCourseText(QString::fromUtf8(clean)).has_value()) << clean;
        if (std::string(clean).find('<') == std::string::npos) {
            EXPECT_FALSE(mayNeedTextCheck(clean)) << clean;
        }
    }
}

TEST(TextChecks, LongTextsAlwaysGetTheFullCheck)
{
    const std::string longText(std::size_t(kLongTextChars) + 1, 'a');
    EXPECT_TRUE(mayNeedTextCheck(longText));
    EXPECT_TRUE(checkCourseText(QString::fromStdString(longText)).has_value()); // a warning
}

} // namespace
