// Table-driven: every file in tests/data/invalid must fail to load with its first
// diagnostic at exactly the expected line:column (and JSON pointer, where one applies).

#include "core/loader/courseloader.h"

#include <QDir>

#include <gtest/gtest.h>

#include <set>

using namespace leerpad;

namespace {

struct Expected
{
    const char *file;
    int line;
    int column;
    const char *pointer; // "" for syntax errors and root-level problems
    const char *fragment;
};

// clang-format off
const Expected kCases[] = {
    {"band-above-max.json", 108, 9, "/selfTest/bands/1/minScore", "above the maximum score 2"},
    {"bands-not-from-zero.json", 104, 9, "/selfTest/bands/0/minScore", "must start at 0"},
    {"bands-overlap.json", 108, 9, "/selfTest/bands/1/minScore", "score bands overlap"},
    {"blocks-not-array.json", 23, 11, "/sections/0/pages/0/blocks", "'blocks' must be an array, not an object"},
    {"correct-names-no-option.json", 64, 17, "/sections/0/pages/0/blocks/1/correct/0", "'c' names no option"},
    {"duplicate-id.json", 21, 11, "/sections/0/pages/0/id", "duplicate id 's1'"},
    {"duplicate-key.json", 7, 3, "/id", "duplicate key 'id'"},
    {"duplicate-option-id.json", 59, 19, "/sections/0/pages/0/blocks/1/options/1/id", "duplicate option id 'a'"},
    {"empty-option-text.json", 60, 19, "/sections/0/pages/0/blocks/1/options/1/text", "'text' must not be empty"},
    {"empty-prompt.json", 52, 15, "/sections/0/pages/0/blocks/1/prompt", "'prompt' must not be empty"},
    {"format-too-new.json", 3, 3, "/format", "format 2 is newer"},
    {"glossary-term-undefined.json", 33, 23, "/sections/0/pages/0/blocks/0/content/0/text/1/term", "glossary term 'waarde' is not defined"},
    {"id-empty.json", 25, 15, "/sections/0/pages/0/blocks/0/id", "invalid id ''"},
    {"id-with-space.json", 17, 7, "/sections/0/id", "invalid id 'sectie een'"},
    {"language-not-bcp47.json", 6, 3, "/language", "not a BCP 47 language tag"},
    {"many-errors.json", 1, 1, "", "missing required key 'title'"},
    {"media-absolute-path.json", 76, 15, "/sections/0/pages/0/blocks/2/src", "is an absolute path"},
    {"media-dotdot.json", 76, 15, "/sections/0/pages/0/blocks/2/src", "points outside the course folder"},
    {"media-missing.json", 76, 15, "/sections/0/pages/0/blocks/2/src", "'media/bestaat-niet.ogg' does not exist"},
    {"media-url.json", 76, 15, "/sections/0/pages/0/blocks/2/src", "is a URL"},
    {"missing-key-with-typo.json", 48, 13, "/sections/0/pages/0/blocks/1", "missing required key 'correct'"},
    {"missing-title.json", 1, 1, "", "missing required key 'title'"},
    {"one-option.json", 53, 15, "/sections/0/pages/0/blocks/1/options", "at least 2 entries"},
    {"pass-score-too-high.json", 80, 5, "/selfTest/passScore", "between 0 and 2"},
    {"root-array.json", 1, 1, "", "must be an object, not an array"},
    {"sections-empty.json", 15, 3, "/sections", "'sections' must not be empty"},
    {"selftest-ref-not-question.json", 82, 7, "/selfTest/questions/0", "'b1' is not a question block"},
    {"selftest-unknown-ref.json", 82, 7, "/selfTest/questions/0", "no question block with id 'q9'"},
    {"single-two-correct.json", 63, 15, "/sections/0/pages/0/blocks/1/correct", "exactly one correct option, not 2"},
    {"syntax-comment.json", 2, 3, "", "comments are not allowed"},
    {"syntax-deep-nesting.json", 1, 75, "", "nesting is deeper than 64 levels"},
    {"syntax-empty.json", 1, 1, "", "the file is empty"},
    {"syntax-invalid-utf8.json", 2, 17, "", "ill-formed UTF-8"}, // column counts characters: "één" is 3, not 6
    {"syntax-nan.json", 2, 13, "", "NaN and Infinity"},
    {"syntax-nul-byte.json", 2, 15, "", "NUL byte"},
    {"syntax-single-quotes.json", 2, 3, "", "double quotes"},
    {"syntax-trailing-comma.json", 4, 1, "", "trailing comma"},
    {"syntax-truncated.json", 5, 1, "", "unexpected end of input"},
    {"syntax-utf16.json", 1, 1, "", "UTF-16"},
    {"text-unknown-type.json", 40, 19, "/sections/0/pages/0/blocks/0/content/1/type", "unknown text element type 'table'"},
    {"title-wrong-type.json", 5, 3, "/title", "'title' must be a string, not an integer"},
    {"truefalse-three-options.json", 87, 9, "/selfTest/questions/1/options", "exactly 2 options, not 3"},
    {"unknown-block-kind.json", 26, 15, "/sections/0/pages/0/blocks/0/kind", "unknown block kind 'video'"},
    {"unknown-question-type.json", 51, 15, "/sections/0/pages/0/blocks/1/type", "unknown question type 'essay'"},
};
// clang-format on

QString invalidDir()
{
    return QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/invalid");
}

class InvalidFixture : public ::testing::TestWithParam<Expected>
{
};

TEST_P(InvalidFixture, FirstDiagnosticIsLocated)
{
    const Expected &e = GetParam();
    const LoadResult r = loadCourse(invalidDir() + QLatin1Char('/') + QLatin1String(e.file));
    EXPECT_FALSE(r.ok());
    ASSERT_FALSE(r.diagnostics.isEmpty());
    const Diagnostic &d = r.diagnostics.first();
    EXPECT_TRUE(d.isError()) << d.toString().toStdString();
    EXPECT_EQ(d.line, e.line) << d.toString().toStdString();
    EXPECT_EQ(d.column, e.column) << d.toString().toStdString();
    EXPECT_EQ(d.pointer.toStdString(), std::string(e.pointer));
    EXPECT_TRUE(d.message.contains(QString::fromUtf8(e.fragment)))
        << "message: " << d.message.toStdString() << "\nexpected to contain: " << e.fragment;
    EXPECT_TRUE(d.file.endsWith(QLatin1String(e.file))) << d.file.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Table, InvalidFixture, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Expected> &info) {
                             std::string name = info.param.file;
                             name = name.substr(0, name.size() - 5);
                             for (char &c : name) {
                                 if (c == '-')
                                     c = '_';
                             }
                             return name;
                         });

TEST(InvalidFixtures, EveryFileHasAnExpectation)
{
    std::set<std::string> listed;
    for (const Expected &e : kCases)
        listed.insert(e.file);
    const QStringList files = QDir(invalidDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    EXPECT_GE(files.size(), 25);
    for (const QString &f : files)
        EXPECT_TRUE(listed.count(f.toStdString())) << "no expectation for " << f.toStdString();
}

TEST(InvalidFixtures, AllSemanticErrorsAreCollectedInOnePass)
{
    const LoadResult r = loadCourse(invalidDir() + QStringLiteral("/many-errors.json"));
    ASSERT_EQ(countErrors(r.diagnostics), 3);
    EXPECT_TRUE(r.diagnostics[1].message.contains(QLatin1String("duplicate id 's1'")));
    EXPECT_EQ(r.diagnostics[1].line, 20);
    EXPECT_TRUE(r.diagnostics[2].message.contains(QLatin1String("'z' names no option")));
    EXPECT_EQ(r.diagnostics[2].line, 63);
}

TEST(InvalidFixtures, TypoKeyGetsSuggestion)
{
    const LoadResult r = loadCourse(invalidDir() + QStringLiteral("/missing-key-with-typo.json"));
    bool found = false;
    for (const Diagnostic &d : r.diagnostics) {
        if (!d.isError() && d.message == QLatin1String("unknown key 'corect'; did you mean 'correct'?")) {
            found = true;
            EXPECT_EQ(d.line, 68);
            EXPECT_EQ(d.column, 15);
        }
    }
    EXPECT_TRUE(found);
}

} // namespace
