// The loader's compact JSON document: values, the strict reader's structure checks,
// and the JSON pointers it derives for diagnostics.

#include "core/loader/jsonreader.h"

#include <gtest/gtest.h>

#include <string>

using namespace leerpad;

namespace {

JsonReadResult read(std::string_view text)
{
    JsonReadResult r = readJson(text);
    EXPECT_TRUE(r.syntaxOk) << text;
    return r;
}

TEST(JsonDoc, HoldsEveryKindOfValue)
{
    const auto r = read(R"({"s": "tekst \u00e9\n", "i": -3, "u": 18446744073709551615,
                            "f": 1.5, "t": true, "n": null, "a": [1, "twee", [3]], "o": {}})");
    const JsonValue root = r.doc.root();
    ASSERT_TRUE(root.isObject());
    EXPECT_EQ(root.size(), 8u);
    EXPECT_EQ(root.find("s").string(), "tekst \xC3\xA9\n");
    EXPECT_EQ(root.find("i").toInt64(), -3);
    EXPECT_TRUE(root.find("u").isUnsigned());
    EXPECT_EQ(root.find("u").toUInt64(), 18446744073709551615ULL);
    EXPECT_EQ(root.find("f").type(), JsonType::Float);
    EXPECT_TRUE(root.find("t").toBool());
    EXPECT_TRUE(root.find("n").exists());
    EXPECT_TRUE(root.find("n").isNull());
    EXPECT_FALSE(root.find("missing").exists());
    const JsonValue a = root.find("a");
    ASSERT_EQ(a.size(), 3u);
    EXPECT_EQ(a[1].string(), "twee");
    EXPECT_EQ(a[2][0].toInt64(), 3);
    EXPECT_FALSE(a[3].exists());
    EXPECT_TRUE(root.find("o").isObject());
    EXPECT_TRUE(root.find("o").empty());
    EXPECT_EQ(root.keyAt(6), "a");
}

TEST(JsonDoc, ScalarRoot)
{
    const auto r = read("  \"alleen\"  ");
    EXPECT_EQ(r.doc.root().string(), "alleen");
    EXPECT_EQ(r.doc.root().pointer(), "");
}

TEST(JsonDoc, PointersAreDerivedFromTheNode)
{
    const auto r = read(R"({"sections": [{"pages": [{"id": "p"}, {"id": "q", "a/b~c": 1}]}]})");
    const JsonValue page = r.doc.root().find("sections")[0].find("pages")[1];
    EXPECT_EQ(page.pointer(), "/sections/0/pages/1");
    EXPECT_EQ(page.find("id").pointer(), "/sections/0/pages/1/id");
    EXPECT_EQ(page.find("a/b~c").pointer(), "/sections/0/pages/1/a~1b~0c");
    EXPECT_EQ(r.doc.root().pointer(), "");
    EXPECT_EQ(JsonValue().pointer(), "");
}

TEST(JsonDoc, DuplicateKeyIsReportedAndTheLastValueWins)
{
    const auto r = read(R"({"a": {"x": 1, "y": 2, "x": [3]}})");
    ASSERT_EQ(r.structureErrors.size(), 1u);
    EXPECT_EQ(r.structureErrors[0].pointer, "/a/x");
    EXPECT_EQ(r.structureErrors[0].message.english(), QStringLiteral("duplicate key 'x'"));
    const JsonValue a = r.doc.root().find("a");
    EXPECT_EQ(a.size(), 2u); // one member per key
    EXPECT_TRUE(a.find("x").isArray());
    EXPECT_EQ(a.find("x").pointer(), "/a/x");
}

TEST(JsonDoc, DuplicateKeyInALargeObjectIsFound)
{
    // Past the scanning limit the reader switches to a hash set; both paths must agree.
    std::string text = "{";
    for (int i = 0; i < 40; ++i)
        text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    text += "\"k7\": \"laatste\", \"k39\": 0}";
    const auto r = read(text);
    ASSERT_EQ(r.structureErrors.size(), 2u);
    EXPECT_EQ(r.structureErrors[0].pointer, "/k7");
    EXPECT_EQ(r.structureErrors[1].pointer, "/k39");
    EXPECT_EQ(r.doc.root().size(), 40u);
    EXPECT_EQ(r.doc.root().find("k7").string(), "laatste");
}

TEST(JsonDoc, OversizedArrayKeepsTheFirstEntriesAndSaysWhere)
{
    std::string text = R"({"x": [)";
    for (std::size_t i = 0; i < kMaxArrayEntries + 5; ++i)
        text += i ? ",[1]" : "[1]";
    text += "]}";
    const auto r = read(text);
    ASSERT_EQ(r.structureErrors.size(), 1u);
    EXPECT_EQ(r.structureErrors[0].pointer, "/x");
    EXPECT_EQ(r.doc.root().find("x").size(), kMaxArrayEntries);
}

TEST(JsonDoc, SyntaxErrorLeavesNoDocument)
{
    const JsonReadResult r = readJson(R"({"a": [1, 2,]})");
    EXPECT_FALSE(r.syntaxOk);
    ASSERT_EQ(r.syntaxErrors.size(), 1u);
    EXPECT_FALSE(r.doc.root().exists());
}

TEST(JsonDoc, SurvivesAMove)
{
    JsonReadResult r = read(R"({"a": ["b"]})");
    const JsonDoc moved = std::move(r.doc);
    EXPECT_EQ(moved.root().find("a")[0].string(), "b");
    EXPECT_EQ(moved.root().find("a")[0].pointer(), "/a/0");
}

} // namespace
