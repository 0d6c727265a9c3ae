#include "core/loader/webvtt.h"

#include <gtest/gtest.h>

using namespace leerpad;

TEST(WebVtt, ParsesVoicesTimingsAndEntities)
{
    const VttResult r = parseWebVtt("WEBVTT - dialoog\n\nNOTE made by hand\n\n"
                                    "1\n00:00:00.250 --> 00:00:07.321 align:start\n"
                                    "<v Karolien>Goedemorgen, &amp; welkom &lt;hier&gt;.</v>\n\n"
                                    "00:07.771 --> 00:17.085\n<v.loud Klant>Ja, <i>goedemorgen</i>,\n"
                                    "met mevrouw.\n\n00:00:18.000 --> 00:00:19.000\n[telefoon gaat over]\n");
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.cues.size(), 3);
    EXPECT_EQ(r.cues[0].startMs, 250);
    EXPECT_EQ(r.cues[0].endMs, 7321);
    EXPECT_EQ(r.cues[0].speaker, QStringLiteral("Karolien"));
    EXPECT_EQ(r.cues[0].text, QStringLiteral("Goedemorgen, & welkom <hier>."));
    EXPECT_EQ(r.cues[1].speaker, QStringLiteral("Klant"));
    EXPECT_EQ(r.cues[1].text, QStringLiteral("Ja, goedemorgen, met mevrouw."));
    EXPECT_EQ(r.cues[2].speaker, QString());
    EXPECT_EQ(r.cues[2].text, QStringLiteral("[telefoon gaat over]"));
}

TEST(WebVtt, Timestamps)
{
    EXPECT_EQ(parseVttTimestamp(u"00:00.000"), 0);
    EXPECT_EQ(parseVttTimestamp(u"01:02.345"), 62345);
    EXPECT_EQ(parseVttTimestamp(u"01:00:00.001"), 3600001);
    EXPECT_EQ(parseVttTimestamp(u"1:02.345"), -1);
    EXPECT_EQ(parseVttTimestamp(u"00:61.000"), -1);
    EXPECT_EQ(parseVttTimestamp(u"00:01,000"), -1);
    EXPECT_EQ(parseVttTimestamp(u"aa:bb.ccc"), -1);
    // Found by fuzz_webvtt: an unbounded minutes field overflowed qint64 (UBSan).
    EXPECT_EQ(parseVttTimestamp(u"8198552921648688698:00.000"), -1);
    EXPECT_EQ(parseVttTimestamp(u"9999999:00:00.000"), -1);
    EXPECT_EQ(parseVttTimestamp(u"100:00:00.000"), 360000000);
}

struct VttErrorCase
{
    const char *text;
    bool error;
    int line;
    int column;
    const char *fragment;
};

class VttErrors : public ::testing::TestWithParam<VttErrorCase>
{
};

TEST_P(VttErrors, AreLocated)
{
    const VttErrorCase &c = GetParam();
    const VttResult r = parseWebVtt(QByteArrayView(c.text, qsizetype(strlen(c.text))));
    ASSERT_FALSE(r.issues.isEmpty());
    const VttIssue &i = r.issues.first();
    EXPECT_EQ(i.error, c.error);
    EXPECT_EQ(i.line, c.line);
    EXPECT_EQ(i.column, c.column);
    const QString message = i.message.english();
    EXPECT_TRUE(message.contains(QLatin1String(c.fragment))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, VttErrors,
    ::testing::Values(
        VttErrorCase{"", true, 1, 1, "must start with 'WEBVTT'"},
        VttErrorCase{"WEBVTTX\n", true, 1, 1, "must start with 'WEBVTT'"},
        VttErrorCase{"WEBVTT\n\n00:00.000 -> 00:01.000\nx\n", true, 3, 1, "cue timing line"},
        VttErrorCase{"WEBVTT\n\n00:00.000 --> 00:01.0\nx\n", true, 3, 15, "malformed timestamp"},
        VttErrorCase{"WEBVTT\n\n00:02.000 --> 00:01.000\nx\n", true, 3, 1, "ends before it starts"},
        VttErrorCase{"WEBVTT\n\n00:02.000 --> 00:03.000\nx\n\n00:01.000 --> 00:04.000\ny\n", true,
                     6, 1, "before the previous cue"},
        VttErrorCase{"WEBVTT\n\n00:01.000 --> 00:03.000\nx\n\n00:02.000 --> 00:04.000\ny\n", false,
                     6, 1, "overlaps"},
        VttErrorCase{"WEBVTT\n", false, 1, 1, "no cues"}));

TEST(WebVtt, NulBytesAreRejected)
{
    const VttResult r = parseWebVtt(QByteArrayView("WEBVTT\n\0\n", 9));
    EXPECT_FALSE(r.ok());
}
