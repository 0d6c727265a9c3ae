// The hostile-input catalogue: every case in tests/data/hostile/expected.tsv, plus the
// large ones made here at run time, through the real `leerpad --validate`. Each must
// end with its expected outcome and a located diagnostic -- line, column, message and
// JSON pointer -- never a crash or a hang. A malformed row of the table fails.
// Course packages (.leerpad) are unpacked into a cache folder of the test's own; a
// refused package must leave nothing in it, and nothing anywhere else.

#include "support/zipbuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "support/hostilecatalogue.h"

namespace {

const QString kHostile = QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/hostile");
// A hang guard, not a timing target: a case normally ends in well under a second
// (the slowest, a million options, in ~0.7 s); sanitizer builds are ~20x slower.
constexpr int kHangGuardMs = 120000;

struct Result
{
    bool finished = false;
    int exitCode = -1;
    QString firstLine;
    qint64 elapsedMs = 0;
};

// Where packages are unpacked: XDG_CACHE_HOME of the program under test.
QString gCacheHome;

Result validate(const QString &path)
{
    QProcess p;
    if (!gCacheHome.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), gCacheHome);
        p.setProcessEnvironment(env);
    }
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(LEERPAD_BINARY), {QStringLiteral("--validate"), path});
    Result r;
    r.finished = p.waitForFinished(kHangGuardMs);
    r.elapsedMs = timer.elapsed();
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.firstLine = QString::fromUtf8(p.readAllStandardError()).section(QLatin1Char('\n'), 0, 0);
    return r;
}

// Every file below dir, relative to it.
QStringList filesBelow(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    return out;
}

// What the catalogue's packages try to write outside the folder they are unpacked into.
const QStringList kEscapes = {QStringLiteral("/tmp/leerpad-hostile-absolute.txt"),
                              QStringLiteral("/leerpad-hostile-escape.txt"),
                              QDir::current().filePath(QStringLiteral("leerpad-hostile-escape.txt"))};

} // namespace

TEST(Hostile, CatalogueRowsAreWellFormed)
{
    const leerpad::test::HostileCatalogue catalogue = leerpad::test::readHostileCatalogue();
    EXPECT_TRUE(catalogue.malformed.isEmpty()) << catalogue.malformed.join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(catalogue.cases.size(), 80);
}

TEST(Hostile, CatalogueCasesEndAsExpected)
{
    const leerpad::test::HostileCatalogue catalogue = leerpad::test::readHostileCatalogue();
    ASSERT_TRUE(catalogue.malformed.isEmpty()) << "see Hostile.CatalogueRowsAreWellFormed";
    const QList<leerpad::test::HostileCase> &cases = catalogue.cases;
    ASSERT_GE(cases.size(), 80);
    QTemporaryDir cacheHome;
    ASSERT_TRUE(cacheHome.isValid());
    gCacheHome = cacheHome.path();
    // A diagnostic's JSON pointer closes its line: " [/sections/0/id]".
    static const QRegularExpression anyPointer(QStringLiteral(" \\[/[^\\]]*\\]$"));
    int passed = 0;
    int pointers = 0;
    qint64 slowest = 0;
    for (const leerpad::test::HostileCase &c : cases) {
        SCOPED_TRACE(c.name.toStdString());
        const bool isPackage = c.name.endsWith(QLatin1String(".leerpad"));
        const Result r = validate(kHostile + QLatin1Char('/') + c.name);
        ASSERT_TRUE(r.finished) << "hung";
        slowest = std::max(slowest, r.elapsedMs);
        const int expectedExit = c.isError() ? 1 : 0;
        EXPECT_EQ(r.exitCode, expectedExit);
        bool ok = r.exitCode == expectedExit;
        if (c.isValid()) {
            EXPECT_TRUE(r.firstLine.isEmpty()) << r.firstLine.toStdString();
            ok = ok && r.firstLine.isEmpty();
        } else {
            const QString start = c.expectedStart(kHostile);
            EXPECT_TRUE(r.firstLine.startsWith(start))
                << "got:      " << r.firstLine.toStdString() << "\nexpected: " << start.toStdString();
            ok = ok && r.firstLine.startsWith(start);
            const QString end = c.expectedEnd();
            const bool pointerAsExpected =
                end.isEmpty() ? !anyPointer.match(r.firstLine).hasMatch() : r.firstLine.endsWith(end);
            EXPECT_TRUE(pointerAsExpected) << "got:      " << r.firstLine.toStdString()
                                           << "\nexpected: " << (end.isEmpty() ? "no JSON pointer" : end.toStdString());
            ok = ok && pointerAsExpected;
            pointers += end.isEmpty() ? 0 : 1;
        }
        if (isPackage) {
            // A package refused as a package (its error has no line) leaves nothing; one
            // that unpacked (its course may still have errors) is only in <hash>/.
            const bool refusedPackage = c.outcome == QLatin1String("error") &&
                                        c.location == QLatin1String("-");
            const QString packages = gCacheHome + QStringLiteral("/leerpad/packages");
            static const QRegularExpression unpacked(QStringLiteral("^[0-9a-f]{64}/(course/.+|manifest)$"));
            for (const QString &f : filesBelow(gCacheHome)) {
                const QString relative = QDir(packages).relativeFilePath(gCacheHome + QLatin1Char('/') + f);
                const bool allowed = !refusedPackage && unpacked.match(relative).hasMatch();
                EXPECT_TRUE(allowed) << "written by a refused package: " << f.toStdString();
                ok = ok && allowed;
            }
            QDir(gCacheHome).removeRecursively();
            QDir().mkpath(gCacheHome);
        }
        passed += ok ? 1 : 0;
    }
    gCacheHome.clear();
    for (const QString &escape : kEscapes)
        EXPECT_FALSE(QFileInfo::exists(escape)) << "written outside: " << escape.toStdString();
    std::printf("hostile catalogue: %d cases (%d with a JSON pointer), %d passed, slowest %lld ms\n",
                int(cases.size()), pointers, passed, static_cast<long long>(slowest));
}

class GeneratedHostile : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    QString expectError(const QString &path, const QString &fragment)
    {
        const Result r = validate(path);
        EXPECT_TRUE(r.finished) << "hung";
        EXPECT_EQ(r.exitCode, 1) << r.firstLine.toStdString();
        EXPECT_TRUE(r.firstLine.startsWith(path + QLatin1Char(':'))) << r.firstLine.toStdString();
        EXPECT_TRUE(r.firstLine.contains(fragment)) << r.firstLine.toStdString();
        std::printf("%s: %lld ms\n", qPrintable(QFileInfo(path).fileName()),
                    static_cast<long long>(r.elapsedMs));
        return r.firstLine;
    }
    // A minimal course whose first page gets `block` (JSON text) as an extra block.
    static QByteArray courseWith(const QByteArray &block, const QByteArray &title = "\"Mini\"")
    {
        return "{\"format\": 1, \"id\": \"mini\", \"title\": " + title +
               ", \"language\": \"nl\", \"version\": \"1\",\n\"sections\": [{\"id\": \"s1\", "
               "\"title\": \"Een\", \"pages\": [{\"id\": \"p1\", \"title\": \"P\", \"blocks\": [\n" +
               block + "]}]}]}\n";
    }
    QTemporaryDir m_dir;
};

TEST_F(GeneratedHostile, OverTheSizeCap)
{
    const QString path = write(QStringLiteral("big.json"), QByteArray(16 * 1024 * 1024 + 1, ' '));
    EXPECT_EQ(expectError(path, QStringLiteral("file is too large")),
              path + QStringLiteral(": error: file is too large (16777217 bytes; the limit is 16777216)"));
}

TEST_F(GeneratedHostile, HundredThousandNestedArrays)
{
    const QString path = write(QStringLiteral("deep.json"),
                               "{\"format\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}");
    expectError(path, QStringLiteral(":1:75: error: nesting is deeper than 64 levels"));
}

TEST_F(GeneratedHostile, TenMegabyteString)
{
    const QString path = write(QStringLiteral("string.json"),
                               courseWith("{\"id\": \"t\", \"kind\": \"text\", \"content\": [{\"type\": "
                                          "\"paragraph\", \"text\": \"x\"}]}",
                                          '"' + QByteArray(10 * 1000 * 1000, 'a') + '"'));
    expectError(path, QStringLiteral(":1:29: error: text is 10000000 characters long; the limit is 100000 [/title]"));
}

TEST_F(GeneratedHostile, MillionOptions)
{
    QByteArray options;
    options.reserve(12 * 1000 * 1000);
    for (int i = 0; i < 1000000; ++i)
        options += i ? ",{\"id\":\"a\"}" : "{\"id\":\"a\"}";
    const QString path = write(QStringLiteral("options.json"),
                               courseWith("{\"id\": \"q\", \"kind\": \"question\", \"type\": \"single\", "
                                          "\"prompt\": \"?\", \"correct\": [\"a\"], \"options\": [" +
                                          options + "]}"));
    expectError(path, QStringLiteral(":3:84: error: array has more than 100000 entries [/sections/0/pages/0/blocks/0/options]"));
}

TEST_F(GeneratedHostile, GigabyteTranscriptIsJudgedBySize)
{
    write(QStringLiteral("c/media/d.ogg"), "OggS" + QByteArray(200, '\0'));
    QFile vtt(m_dir.filePath(QStringLiteral("c/media/d.vtt")));
    ASSERT_TRUE(vtt.open(QIODevice::WriteOnly));
    vtt.write("WEBVTT\n\n");
    ASSERT_TRUE(vtt.resize(qint64(1) << 30)); // sparse: costs no disk
    vtt.close();
    const QString path = write(QStringLiteral("c/course.json"),
                               courseWith("{\"id\": \"a\", \"kind\": \"audio\", \"title\": \"G\", \"src\": "
                                          "\"media/d.ogg\", \"transcript\": \"media/d.vtt\"}"));
    expectError(path, QStringLiteral("transcript 'media/d.vtt' is too large (1073741824 bytes"));
}

TEST_F(GeneratedHostile, SymlinkEscapingTheCourseFolder)
{
    const QString outside = write(QStringLiteral("outside.ogg"), "OggS" + QByteArray(200, '\0'));
    write(QStringLiteral("c/media/d.vtt"), "WEBVTT\n\n00:00.000 --> 00:01.000\nx\n");
    ASSERT_TRUE(QFile::link(outside, m_dir.filePath(QStringLiteral("c/media/d.ogg"))));
    const QString path = write(QStringLiteral("c/course.json"),
                               courseWith("{\"id\": \"a\", \"kind\": \"audio\", \"title\": \"G\", \"src\": "
                                          "\"media/d.ogg\", \"transcript\": \"media/d.vtt\"}"));
    expectError(path, QStringLiteral("is a link that leads outside the course folder"));
}

TEST_F(GeneratedHostile, PackageOfTwentyThousandEntries)
{
    QList<leerpad::test::ZipEntry> entries{{"course.json", leerpad::test::miniCourseJson()}};
    for (int i = 0; i < 20000; ++i)
        entries.append({"media/" + QByteArray::number(i) + ".vtt", {}, leerpad::test::ZipEntry::Kind::File, false});
    const QString path = m_dir.filePath(QStringLiteral("flood.leerpad"));
    ASSERT_TRUE(leerpad::test::writeZip(path, entries));
    gCacheHome = m_dir.filePath(QStringLiteral("cache"));
    const QString line = expectError(path, QStringLiteral("the package has more than 10000 entries"));
    EXPECT_EQ(line, path + QStringLiteral(": error: the package has more than 10000 entries; a course needs far fewer"));
    EXPECT_TRUE(filesBelow(gCacheHome).isEmpty());
    gCacheHome.clear();
}
