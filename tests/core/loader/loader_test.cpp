#include "core/loader/courseloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

const QString kData = QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data");

// A scratch course folder: the minimal valid course plus whatever media a test adds.
class CourseFolder
{
public:
    CourseFolder()
    {
        QFile::copy(kData + QStringLiteral("/valid/minimal/course.json"), path("course.json"));
        QDir(m_dir.path()).mkpath(QStringLiteral("media"));
    }
    QString path(const char *relative) const { return m_dir.filePath(QLatin1String(relative)); }
    QString root() const { return m_dir.path(); }
    void write(const char *relative, const QByteArray &bytes) const
    {
        QFile f(path(relative));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // Adds an audio block with the given src to the first page.
    void addAudio(const QString &src, const QString &transcript = QStringLiteral("media/d.vtt"))
    {
        QFile f(path("course.json"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        const QByteArray block = QStringLiteral(
            R"({"id": "a1", "kind": "audio", "title": "Gesprek", "src": "%1", "transcript": "%2"},)")
                                     .arg(src, transcript)
                                     .toUtf8();
        const qsizetype at = json.indexOf("\"blocks\": [") + 11;
        json.insert(at, block);
        write("course.json", json);
    }

private:
    QTemporaryDir m_dir;
};

const QByteArray kVtt = "WEBVTT\n\n00:00.000 --> 00:01.500\n<v Karolien>Goedemorgen.\n";

QString firstError(const LoadResult &r)
{
    for (const Diagnostic &d : r.diagnostics) {
        if (d.isError())
            return d.message;
    }
    return {};
}

} // namespace

TEST(Loader, MinimalCourseRoundTripsIntoTheModel)
{
    const LoadResult r = loadCourse(kData + QStringLiteral("/valid/minimal"));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.diagnostics.isEmpty());
    const Course &c = *r.course;
    EXPECT_EQ(c.id, QStringLiteral("mini"));
    EXPECT_EQ(c.language, QStringLiteral("nl"));
    ASSERT_EQ(c.sections.size(), 1);
    ASSERT_EQ(c.sections[0].pages.size(), 1);
    const Page &p = c.sections[0].pages[0];
    ASSERT_EQ(p.blocks.size(), 2);
    const TextBlock *text = p.blocks[0].text();
    ASSERT_NE(text, nullptr);
    ASSERT_EQ(text->content.size(), 2);
    const InlineText &para = text->content[0].text;
    ASSERT_EQ(para.size(), 3);
    EXPECT_EQ(para[1].style, InlineRun::Style::Term);
    EXPECT_EQ(para[1].termId, QStringLiteral("norm"));
    EXPECT_EQ(plainText(para), QStringLiteral("Een norm."));
    EXPECT_EQ(text->content[1].type, TextElement::Type::BulletList);
    EXPECT_EQ(text->content[1].items.size(), 2);
    const Question *q = p.blocks[1].question();
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->id, QStringLiteral("q1"));
    EXPECT_EQ(q->correct, QStringList{QStringLiteral("a")});
    EXPECT_EQ(q->feedbackIncorrect, QStringLiteral("Fout."));
    ASSERT_TRUE(c.selfTest.has_value());
    ASSERT_EQ(c.selfTest->questions.size(), 2);
    // A string reference resolves to a copy of the practice question.
    EXPECT_EQ(c.selfTest->questions[0].id, QStringLiteral("q1"));
    EXPECT_EQ(c.selfTest->questions[0].options.size(), 2);
    EXPECT_EQ(c.selfTest->questions[1].type, Question::Type::TrueFalse);
    EXPECT_EQ(c.selfTest->passScore, 1);
    ASSERT_EQ(c.selfTest->bands.size(), 2);
    EXPECT_EQ(c.selfTest->bands[1].minScore, 2);
}

TEST(Loader, UnknownKeyIsOnlyAWarning)
{
    const LoadResult r = loadCourse(kData + QStringLiteral("/valid/warnings/course.json"));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1);
    EXPECT_FALSE(r.diagnostics[0].isError());
    EXPECT_EQ(r.diagnostics[0].toString().section(QLatin1Char(':'), 1),
              QStringLiteral("70:15: warning: unknown key 'explenation'; did you mean "
                             "'explanation'? [/sections/0/pages/0/blocks/1/explenation]"));
}

TEST(Loader, Utf8ByteOrderMarkIsAccepted)
{
    QFile f(kData + QStringLiteral("/valid/minimal/course.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const LoadResult r = loadCourseFromBytes("\xEF\xBB\xBF" + f.readAll(), f.fileName());
    EXPECT_TRUE(r.ok()) << firstError(r).toStdString();
}

TEST(Loader, OversizedFileIsRefusedBeforeParsing)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("course.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(kMaxCourseFileBytes + 1));
    f.close();
    const LoadResult r = loadCourse(dir.path());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(firstError(r).contains(QLatin1String("too large")));
}

TEST(Loader, MissingPathSaysSo)
{
    const LoadResult r = loadCourse(QStringLiteral("/nonexistent/leerpad/course"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.diagnostics[0].toString(),
              QStringLiteral("/nonexistent/leerpad/course: error: no such file or folder"));
}

TEST(Loader, ValidAudioResolvesInsideTheFolder)
{
    CourseFolder c;
    c.write("media/d.ogg", "OggS" + QByteArray(200, '\1'));
    c.write("media/d.vtt", kVtt);
    c.addAudio(QStringLiteral("media/d.ogg"));
    const LoadResult r = loadCourse(c.root());
    ASSERT_TRUE(r.ok()) << firstError(r).toStdString();
    const AudioBlock *a = r.course->sections[0].pages[0].blocks[0].audio();
    ASSERT_NE(a, nullptr);
    EXPECT_TRUE(a->srcAvailable);
    ASSERT_EQ(a->cues.size(), 1);
    EXPECT_EQ(a->cues[0].speaker, QStringLiteral("Karolien"));
    EXPECT_EQ(a->cues[0].endMs, 1500);
}

// One severity everywhere: the same error for --validate, the Meldingen panel and the
// answer key; only whether the course still opens depends on who loads it.
TEST(Loader, MissingMediaIsAnErrorEverywhereThatThePlayerOpensAnyway)
{
    CourseFolder c;
    c.write("media/d.vtt", kVtt);
    c.addAudio(QStringLiteral("media/weg.ogg"));
    const LoadResult strict = loadCourse(c.root());
    EXPECT_FALSE(strict.ok());
    ASSERT_EQ(strict.diagnostics.size(), 1);
    EXPECT_TRUE(strict.diagnostics[0].isError());
    EXPECT_TRUE(hasBlockingErrors(strict.diagnostics));

    LoadOptions player;
    player.openWithMissingMedia = true;
    const LoadResult r = loadCourse(c.root(), player);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1);
    EXPECT_TRUE(r.diagnostics[0].isError());
    EXPECT_TRUE(r.diagnostics[0].toString().contains(QStringLiteral(": error: media file 'media/weg.ogg' does not exist")))
        << r.diagnostics[0].toString().toStdString();
    EXPECT_EQ(countErrors(r.diagnostics), 1);
    EXPECT_FALSE(hasBlockingErrors(r.diagnostics));
    EXPECT_FALSE(r.course->sections[0].pages[0].blocks[0].audio()->srcAvailable);
}

TEST(Loader, AMissingFileBesideARealErrorStillStopsTheCourse)
{
    CourseFolder c;
    c.write("media/d.vtt", kVtt);
    c.addAudio(QStringLiteral("media/weg.ogg"));
    c.write("elsewhere.ogg", "OggS");
    c.addAudio(QStringLiteral("../elsewhere.ogg")); // outside the folder, and a second "a1"
    LoadOptions player;
    player.openWithMissingMedia = true;
    const LoadResult r = loadCourse(c.root(), player);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(hasBlockingErrors(r.diagnostics));
}

TEST(Loader, SymlinkLeavingTheCourseFolderIsRefused)
{
    CourseFolder c;
    QTemporaryDir outside;
    QFile secret(outside.filePath(QStringLiteral("secret.ogg")));
    ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
    secret.write("OggS" + QByteArray(100, '\0'));
    secret.close();
    ASSERT_TRUE(QFile::link(secret.fileName(), c.path("media/d.ogg")));
    c.write("media/d.vtt", kVtt);
    c.addAudio(QStringLiteral("media/d.ogg"));
    const LoadResult r = loadCourse(c.root());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(firstError(r).contains(QLatin1String("link that leads outside")));
}

TEST(Loader, MediaThatIsNotAudioIsRefused)
{
    struct Case
    {
        const char *name;
        QByteArray bytes;
        bool makeDir;
        const char *fragment;
    };
    const Case cases[] = {
        {"empty", {}, false, "is an empty file"},
        {"random", QByteArray("\x13\x37garbage-not-audio"), false, "is not an Ogg"},
        {"folder", {}, true, "is a folder"},
    };
    for (const Case &k : cases) {
        CourseFolder c;
        if (k.makeDir)
            QDir(c.root()).mkpath(QStringLiteral("media/d.ogg"));
        else
            c.write("media/d.ogg", k.bytes);
        c.write("media/d.vtt", kVtt);
        c.addAudio(QStringLiteral("media/d.ogg"));
        const LoadResult r = loadCourse(c.root());
        EXPECT_FALSE(r.ok()) << k.name;
        EXPECT_TRUE(firstError(r).contains(QLatin1String(k.fragment)))
            << k.name << ": " << firstError(r).toStdString();
    }
}

TEST(Loader, BrokenTranscriptIsReportedInItsOwnFile)
{
    CourseFolder c;
    c.write("media/d.ogg", "OggS" + QByteArray(200, '\1'));
    c.write("media/d.vtt", "WEBVTT\n\n00:00:05.000 --> 00:00:01.000\n<v A>terug in de tijd\n");
    c.addAudio(QStringLiteral("media/d.ogg"));
    const LoadResult r = loadCourse(c.root());
    ASSERT_FALSE(r.ok());
    bool found = false;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.file.endsWith(QLatin1String("media/d.vtt"))) {
            found = true;
            EXPECT_EQ(d.line, 3);
            EXPECT_TRUE(d.message.contains(QLatin1String("ends before it starts")));
        }
    }
    EXPECT_TRUE(found);
}

namespace {

// A course whose self-test has `count` single-choice questions with the right answer at
// `rightAt` (0-based) of three options, shuffled or not.
QByteArray choiceTest(int count, int rightAt, bool shuffle, int otherAt = -1)
{
    QString questions;
    for (int i = 0; i < count; ++i) {
        const int at = i == count - 1 && otherAt >= 0 ? otherAt : rightAt;
        questions += QStringLiteral(R"({ "id": "q%1", "type": "single", "prompt": "Vraag %1",
            "options": [ {"id": "a", "text": "A"}, {"id": "b", "text": "B"}, {"id": "c", "text": "C"} ],
            "correct": ["%2"] },)")
                         .arg(i + 1)
                         .arg(QChar(u'a' + at));
    }
    questions.chop(1);
    return QStringLiteral(R"({ "format": 1, "id": "t", "title": "T", "language": "nl", "version": "1",
      "sections": [ { "id": "s", "title": "S", "pages": [ { "id": "p", "title": "P", "blocks": [
        { "id": "st", "kind": "selftest" } ] } ] } ],
      "selfTest": { "id": "test", "title": "Test", "shuffleOptions": %1,
        "questions": [ %2 ], "bands": [ { "minScore": 0, "feedback": "x" } ] } })")
        .arg(shuffle ? QStringLiteral("true") : QStringLiteral("false"), questions)
        .toUtf8();
}

QStringList warnings(const LoadResult &r)
{
    QStringList out;
    for (const Diagnostic &d : r.diagnostics) {
        if (!d.isError())
            out << d.toString();
    }
    return out;
}

} // namespace

TEST(Loader, WarnsWhenEveryRightAnswerIsInTheSamePlaceAndNothingIsShuffled)
{
    const LoadResult same = loadCourseFromBytes(choiceTest(3, 0, false), QStringLiteral("/t/course.json"));
    ASSERT_TRUE(same.ok());
    const QStringList w = warnings(same);
    ASSERT_EQ(w.size(), 1) << w.join('\n').toStdString();
    EXPECT_TRUE(w.first().contains(QStringLiteral("the right answer is option 1 in all 3 choice "
                                                  "questions")))
        << w.first().toStdString();
    EXPECT_TRUE(w.first().endsWith(QStringLiteral("[/selfTest]"))) << w.first().toStdString();

    // Shuffled, or answers in different places, or too few to be a pattern: no warning.
    EXPECT_TRUE(warnings(loadCourseFromBytes(choiceTest(3, 0, true), QStringLiteral("/t/course.json"))).isEmpty());
    EXPECT_TRUE(warnings(loadCourseFromBytes(choiceTest(3, 1, false, 2), QStringLiteral("/t/course.json"))).isEmpty());
    EXPECT_TRUE(warnings(loadCourseFromBytes(choiceTest(2, 0, false), QStringLiteral("/t/course.json"))).isEmpty());
}

TEST(Loader, AQuestionCanPinItsOptionOrder)
{
    QByteArray json = choiceTest(1, 0, true);
    json.replace(R"("type": "single",)", R"("type": "single", "shuffle": false,)");
    const LoadResult r = loadCourseFromBytes(json, QStringLiteral("/t/course.json"));
    ASSERT_TRUE(r.ok()) << r.diagnostics.value(0).toString().toStdString();
    EXPECT_FALSE(r.course->selfTest->questions.first().shuffle);
    json.replace(R"("shuffle": false)", R"("shuffle": "nee")");
    const LoadResult bad = loadCourseFromBytes(json, QStringLiteral("/t/course.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.diagnostics.first().toString().contains(QStringLiteral("'shuffle' must be true or false")))
        << bad.diagnostics.first().toString().toStdString();
}
