// Course packages end to end: module 1.4 packed, unpacked into the cache and loaded;
// opened again without unpacking; a changed or tampered copy; and hostile packages,
// which leave nothing behind in the cache. The catalogue of hostile files runs through
// the real program in tests/app/hostile_test.cpp; here the limits are made small.

#include "core/loader/courseloader.h"
#include "core/package/coursepackage.h"
#include "core/package/packagereader.h"
#include "support/zipbuilder.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/time.h>

using namespace leerpad;
using leerpad::test::ZipEntry;
using leerpad::test::buildZip;
using leerpad::test::miniCourseJson;
using leerpad::test::writeZip;

namespace {

const QString kModule = QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4");

QStringList filesBelow(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

std::string firstError(const Diagnostics &diagnostics)
{
    return diagnostics.isEmpty() ? std::string() : diagnostics.first().toString().toStdString();
}

class CoursePackage : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString cache() const { return m_dir.filePath(QStringLiteral("cache")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Packs module 1.4 into name and returns its path.
    QString packModule(const QString &name = QStringLiteral("module-1.4.leerpad"))
    {
        const LoadResult loaded = loadCourse(kModule);
        EXPECT_TRUE(loaded.ok()) << firstError(loaded.diagnostics);
        const PackResult packed = packCourse(*loaded.course, path(name));
        EXPECT_TRUE(packed.ok()) << firstError(packed.diagnostics);
        // A zip ends with its end-of-directory record (22 bytes, no comment): nothing
        // after it, such as the padding to a tape block libarchive adds by default.
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_EQ(bytes.size(), packed.bytes);
        EXPECT_EQ(bytes.right(22).left(4), QByteArray("PK\x05\x06"));
        return path(name);
    }

    // Unpacks a package that must be refused, and checks that the cache holds nothing.
    std::string refused(const QString &file, const PackageLimits &limits = {})
    {
        const UnpackResult r = unpackCoursePackage(file, cache(), limits);
        EXPECT_FALSE(r.ok());
        EXPECT_EQ(filesBelow(cache()), QStringList()) << "left behind in the cache";
        if (r.diagnostics.isEmpty())
            return {};
        const Diagnostic &d = r.diagnostics.first();
        EXPECT_TRUE(d.isError());
        EXPECT_EQ(d.file, QDir::toNativeSeparators(file));
        return d.message.toStdString();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CoursePackage, ModuleRoundTripsThroughAPackage)
{
    const QString package = packModule();
    LoadOptions options;
    options.packageCacheDir = cache();
    const LoadResult fromPackage = loadCourse(package, options);
    ASSERT_TRUE(fromPackage.ok()) << firstError(fromPackage.diagnostics);
    const LoadResult fromFolder = loadCourse(kModule);
    const Course &a = *fromPackage.course;
    const Course &b = *fromFolder.course;
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.version, b.version);
    EXPECT_EQ(a.pageCount(), b.pageCount());
    EXPECT_EQ(a.packagePath, QFileInfo(package).absoluteFilePath());
    EXPECT_TRUE(b.packagePath.isEmpty());
    EXPECT_TRUE(a.rootDir.startsWith(cache())) << a.rootDir.toStdString();
    // Exactly the files the course reads, with the same bytes.
    const QStringList files = b.files();
    ASSERT_EQ(a.files().size(), files.size());
    for (const QString &file : files) {
        const QString name = QDir(b.rootDir).relativeFilePath(file);
        QFile original(file), unpacked(QDir(a.rootDir).filePath(name));
        ASSERT_TRUE(original.open(QIODevice::ReadOnly) && unpacked.open(QIODevice::ReadOnly))
            << name.toStdString();
        EXPECT_EQ(original.readAll(), unpacked.readAll()) << name.toStdString();
    }
    // The trainer's sources beside the course stay out.
    EXPECT_FALSE(QFileInfo::exists(QDir(a.rootDir).filePath(QStringLiteral("source"))));
}

TEST_F(CoursePackage, OpeningAgainUnpacksNothing)
{
    const QString package = packModule();
    const UnpackResult first = unpackCoursePackage(package, cache());
    ASSERT_TRUE(first.ok()) << firstError(first.diagnostics);
    EXPECT_FALSE(first.reused);
    QElapsedTimer timer;
    timer.start();
    const UnpackResult second = unpackCoursePackage(package, cache());
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second.reused);
    EXPECT_EQ(second.folder, first.folder);
    std::printf("reopening a %lld-byte package: %lld ms\n",
                static_cast<long long>(QFileInfo(package).size()), static_cast<long long>(ms));
    // One folder (and its manifest) per package, named after the package's hash.
    EXPECT_EQ(QDir(cache()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
}

TEST_F(CoursePackage, AChangedPackageIsAnotherFolderATamperedCacheIsUnpackedAgain)
{
    const QString package = packModule();
    const UnpackResult first = unpackCoursePackage(package, cache());
    ASSERT_TRUE(first.ok());

    // A file of the unpacked copy disappears: it is unpacked again, not trusted.
    const QString vtt = QDir(first.folder).filePath(QStringLiteral("media/het-gaat-fout.vtt"));
    const QStringList before = filesBelow(first.folder);
    ASSERT_TRUE(before.contains(QStringLiteral("media/het-gaat-fout.vtt"))) << before.join(' ').toStdString();
    ASSERT_TRUE(QFile::remove(vtt));
    const UnpackResult again = unpackCoursePackage(package, cache());
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.reused);
    EXPECT_TRUE(QFileInfo::exists(vtt));

    // Another package is another key, whatever its name.
    const QString other = path(QStringLiteral("other.leerpad"));
    ASSERT_TRUE(writeZip(other, {{"course.json", miniCourseJson("other")}}));
    const UnpackResult second = unpackCoursePackage(other, cache());
    ASSERT_TRUE(second.ok()) << firstError(second.diagnostics);
    EXPECT_NE(second.folder, first.folder);
    EXPECT_EQ(QDir(cache()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
}

TEST_F(CoursePackage, PackagesNotOpenedForMonthsAreForgotten)
{
    const QString a = path(QStringLiteral("a.leerpad")), b = path(QStringLiteral("b.leerpad"));
    ASSERT_TRUE(writeZip(a, {{"course.json", miniCourseJson("a")}}));
    ASSERT_TRUE(writeZip(b, {{"course.json", miniCourseJson("b")}}));
    const UnpackResult first = unpackCoursePackage(a, cache());
    ASSERT_TRUE(first.ok());
    // Last opened four months ago; and a partial folder a stopped player left a week ago.
    const QString manifest = QFileInfo(first.folder).path() + QStringLiteral("/manifest");
    const QDateTime longAgo = QDateTime::currentDateTime().addDays(-120);
    {
        QFile m(manifest);
        ASSERT_TRUE(m.open(QIODevice::ReadWrite));
        ASSERT_TRUE(m.setFileTime(longAgo, QFileDevice::FileModificationTime));
    }
    const QString stale = cache() + QLatin1Char('/') + QString(64, QLatin1Char('0')) +
                          QStringLiteral(".partial-abcdef");
    ASSERT_TRUE(QDir().mkpath(stale + QStringLiteral("/course")));
    const timeval weekAgo{QDateTime::currentDateTime().addDays(-7).toSecsSinceEpoch(), 0};
    const timeval times[2] = {weekAgo, weekAgo};
    ASSERT_EQ(::utimes(QFile::encodeName(stale).constData(), times), 0); // QFile opens no folder
    // Opening another package forgets both; opening one marks it as used.
    ASSERT_TRUE(unpackCoursePackage(b, cache()).ok());
    EXPECT_FALSE(QFileInfo::exists(first.folder));
    EXPECT_FALSE(QFileInfo::exists(stale));
    const UnpackResult again = unpackCoursePackage(a, cache());
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.reused);
    ASSERT_TRUE(unpackCoursePackage(a, cache()).reused);
    EXPECT_LT(QFileInfo(manifest).lastModified().secsTo(QDateTime::currentDateTime()), 60);
    EXPECT_EQ(QDir(cache()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
}

TEST_F(CoursePackage, ProblemsInsideAPackageNameThePackage)
{
    QByteArray broken = miniCourseJson();
    broken.replace("\"Hallo.\"", "42");
    const QString package = path(QStringLiteral("broken.leerpad"));
    ASSERT_TRUE(writeZip(package, {{"course.json", broken}}));
    LoadOptions options;
    options.packageCacheDir = cache();
    const LoadResult r = loadCourse(package, options);
    EXPECT_FALSE(r.ok());
    ASSERT_FALSE(r.diagnostics.isEmpty());
    const QString expected = QDir::toNativeSeparators(package) + QStringLiteral("/course.json:");
    EXPECT_TRUE(r.diagnostics.first().toString().startsWith(expected)) << firstError(r.diagnostics);
    EXPECT_GT(r.diagnostics.first().line, 0);
}

TEST_F(CoursePackage, HostileEntriesAreRefusedAndNothingIsUnpacked)
{
    const QByteArray course = miniCourseJson();
    struct Case
    {
        const char *name;
        QList<ZipEntry> entries;
        const char *message;
    };
    const QList<Case> cases = {
        {"absolute", {{"course.json", course}, {"/tmp/leerpad-test-abs", "x"}},
         "'/tmp/leerpad-test-abs' is an absolute path"},
        {"dotdot", {{"course.json", course}, {"media/../../escape", "x"}},
         "'media/../../escape' leads outside the package"},
        {"symlink", {{"course.json", course}, {"media/d.ogg", "/etc/passwd", ZipEntry::Kind::Symlink}},
         "'media/d.ogg' is a symbolic link"},
        {"duplicate", {{"course.json", course}, {"course.json", course}},
         "'course.json' appears twice in the package"},
        {"case", {{"course.json", course}, {"Media/a.ogg", "x"}, {"media/b.ogg", "y"}},
         "'media/b.ogg' is inside 'media', but the package also has 'Media'"},
        {"no-course", {{"module/course.json", course}},
         "the package has no course.json at its root, only 'module/course.json'"},
        {"empty", {}, "cannot read the package: not a zip archive, or a truncated one"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const QString file = path(QString::fromLatin1(c.name) + QStringLiteral(".leerpad"));
        ASSERT_TRUE(writeZip(file, c.entries));
        const std::string message = refused(file);
        EXPECT_EQ(message.rfind(c.message, 0), 0u) << message;
    }
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/tmp/leerpad-test-abs")));
}

TEST_F(CoursePackage, EncryptedPackagesAreRefused)
{
    const QString file = path(QStringLiteral("secret.leerpad"));
    ASSERT_TRUE(writeZip(file, {{"course.json", miniCourseJson()}}, "geheim"));
    EXPECT_EQ(refused(file), "'course.json' is encrypted; a course package must not be encrypted");
}

TEST_F(CoursePackage, LimitsOnEntriesSizeAndRatio)
{
    const QByteArray course = miniCourseJson();
    PackageLimits small;
    small.maxEntries = 3;
    small.maxTotalBytes = 64 * 1024;
    small.ratioFloorBytes = 8 * 1024;
    small.maxRatio = 50;

    QList<ZipEntry> many{{"course.json", course}};
    for (int i = 0; i < 5; ++i)
        many.append({"media/" + QByteArray::number(i), "x"});
    ASSERT_TRUE(writeZip(path(QStringLiteral("many.leerpad")), many));
    EXPECT_EQ(refused(path(QStringLiteral("many.leerpad")), small),
              "the package has more than 3 entries; a course needs far fewer");

    // The count in the zip's end record is read before libarchive reads the central
    // directory into memory: a package that claims 50 000 entries is refused by it.
    QByteArray claims = buildZip({{"course.json", course}});
    ASSERT_EQ(claims.right(22).left(4), QByteArray("PK\x05\x06"));
    claims[claims.size() - 22 + 8] = claims[claims.size() - 22 + 10] = char(50000 & 0xff);
    claims[claims.size() - 22 + 9] = claims[claims.size() - 22 + 11] = char(50000 >> 8);
    QFile f(path(QStringLiteral("claims.leerpad")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(claims);
    f.close();
    EXPECT_EQ(refused(f.fileName()), "the package has more than 10000 entries; a course needs far fewer");

    // Declared sizes beyond the cap: refused from the directory, before unpacking.
    ASSERT_TRUE(writeZip(path(QStringLiteral("big.leerpad")),
                         {{"course.json", course}, {"media/big", QByteArray(100 * 1024, 'x'), ZipEntry::Kind::File, false}}));
    EXPECT_EQ(refused(path(QStringLiteral("big.leerpad")), small),
              "the package unpacks to more than 65536 bytes");

    // 40 KiB of zeros deflate to a few dozen bytes: a bomb by ratio, under the total.
    ASSERT_TRUE(writeZip(path(QStringLiteral("bomb.leerpad")),
                         {{"course.json", course}, {"media/zeros", QByteArray(40 * 1024, '\0')}}));
    const std::string bomb = refused(path(QStringLiteral("bomb.leerpad")), small);
    EXPECT_EQ(bomb.rfind("'media/zeros' expands more than 50 times", 0), 0u) << bomb;
    EXPECT_NE(bomb.find("the package looks like a zip bomb"), std::string::npos);
}

TEST_F(CoursePackage, APipeOrAFileFarOverTheLimitIsNotReadForItsHash)
{
    // Hashing reads a package whole: a pipe would never end.
    const QString fifo = path(QStringLiteral("pipe.leerpad"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    EXPECT_EQ(refused(fifo), "is not a regular file");

    PackageLimits small;
    small.maxTotalBytes = 64 * 1024;
    QFile big(path(QStringLiteral("big.leerpad")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(4 * 1024 * 1024)); // sparse
    big.close();
    EXPECT_EQ(refused(big.fileName(), small),
              "the package is too large (4194304 bytes; a package may unpack to at most 65536 bytes)");
}

TEST_F(CoursePackage, CourseFileOverTheLoaderCapIsRefusedBeforeUnpacking)
{
    const QString file = path(QStringLiteral("huge.leerpad"));
    ASSERT_TRUE(writeZip(file, {{"course.json", QByteArray(kMaxCourseFileBytes + 1, ' ')}}));
    EXPECT_EQ(refused(file), "'course.json' is too large (16777217 bytes; the limit is 16777216)");
}

TEST_F(CoursePackage, TruncatedAndDamagedPackagesAreRefused)
{
    const QByteArray good = buildZip({{"course.json", miniCourseJson()}});
    QFile t(path(QStringLiteral("truncated.leerpad")));
    ASSERT_TRUE(t.open(QIODevice::WriteOnly));
    t.write(good.left(good.size() / 2));
    t.close();
    EXPECT_EQ(refused(t.fileName()).rfind("cannot read the package: not a zip archive, or a truncated one", 0), 0u);

    // The deflated data garbled; the names and the directory intact.
    QByteArray damaged = good;
    for (qsizetype i = 45; i < 70; ++i)
        damaged[i] = char(0xff);
    QFile d(path(QStringLiteral("damaged.leerpad")));
    ASSERT_TRUE(d.open(QIODevice::WriteOnly));
    d.write(damaged);
    d.close();
    const std::string message = refused(d.fileName());
    EXPECT_NE(message.find("the package is damaged"), std::string::npos) << message;
}

TEST_F(CoursePackage, UnpackHandsTheSinkCheckedNamesOnly)
{
    // The reader's second pass on its own, as the fuzzer drives it.
    struct Names : PackageSink
    {
        QStringList seen;
        bool makeFolder(const QString &name, QString *) override { seen << name + '/'; return true; }
        bool beginFile(const QString &name, QString *) override { seen << name; return true; }
        bool write(const char *, qsizetype, QString *) override { return true; }
        bool endFile(QString *) override { return true; }
    } sink;
    const QByteArray zip = buildZip({{"course.json", miniCourseJson()},
                                     {"media/", {}, ZipEntry::Kind::Folder},
                                     {"media/d.ogg", "OggS"}});
    PackageReader reader({{}, zip}, QStringLiteral("mem.leerpad"));
    ASSERT_TRUE(reader.scan()) << firstError(reader.diagnostics());
    ASSERT_TRUE(reader.unpack(sink));
    EXPECT_EQ(sink.seen, (QStringList{QStringLiteral("course.json"), QStringLiteral("media/"),
                                      QStringLiteral("media/d.ogg")}));
    EXPECT_EQ(reader.files(), (QStringList{QStringLiteral("course.json"), QStringLiteral("media/d.ogg")}));
}

TEST_F(CoursePackage, PackingRefusesWhatTheReaderWouldRefuse)
{
    const LoadResult loaded = loadCourse(kModule);
    ASSERT_TRUE(loaded.ok());
    PackageLimits tiny;
    tiny.maxEntries = 2;
    const PackResult r = packCourse(*loaded.course, path(QStringLiteral("x.leerpad")), tiny);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(firstError(r.diagnostics).find("more than a package may hold"), std::string::npos)
        << firstError(r.diagnostics);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("x.leerpad"))));
}

TEST_F(CoursePackage, PackagesAreRecognisedByName)
{
    EXPECT_TRUE(isCoursePackage(QStringLiteral("/x/Module.LEERPAD")));
    EXPECT_FALSE(isCoursePackage(QStringLiteral("/x/course.json")));
    ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("folder.leerpad"))));
    EXPECT_FALSE(isCoursePackage(path(QStringLiteral("folder.leerpad"))));
}
