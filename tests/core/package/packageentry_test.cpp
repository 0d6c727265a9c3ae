// The rules one package entry follows, and how names collide: each way a name could
// reach outside the unpack folder, or two names become one file, is refused with the
// name quoted first.

#include "core/package/packageentry.h"

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

CheckedEntry check(const QByteArray &name, EntryFacts::Type type = EntryFacts::Type::File,
                   bool encrypted = false)
{
    return checkEntry({name, type, encrypted});
}

std::string problem(const QByteArray &name, EntryFacts::Type type = EntryFacts::Type::File)
{
    return check(name, type).problem.toStdString();
}

} // namespace

TEST(PackageEntry, PlainRelativeNamesPass)
{
    for (const QByteArray &name : {QByteArray("course.json"), QByteArray("media/d.ogg"),
                                  QByteArray("a/b/c/d.vtt"), QByteArray("café/ü.ogg"),
                                  QByteArray("..hidden"), QByteArray("x..y/z")}) {
        const CheckedEntry e = check(name);
        EXPECT_TRUE(e.problem.isEmpty()) << name.constData() << ": " << e.problem.toStdString();
        EXPECT_EQ(e.name, QString::fromUtf8(name));
    }
    const CheckedEntry folder = check("media/", EntryFacts::Type::Folder);
    EXPECT_TRUE(folder.problem.isEmpty());
    EXPECT_TRUE(folder.folder);
    EXPECT_EQ(folder.name, QStringLiteral("media"));
}

TEST(PackageEntry, NamesThatLeaveThePackageAreRefused)
{
    EXPECT_EQ(problem("/etc/passwd"),
              "'/etc/passwd' is an absolute path; names in a package are relative to its root");
    EXPECT_EQ(problem("C:/Windows/x"),
              "'C:/Windows/x' is an absolute path; names in a package are relative to its root");
    EXPECT_EQ(problem("../x"), "'../x' leads outside the package ('..')");
    EXPECT_EQ(problem("media/../../x"), "'media/../../x' leads outside the package ('..')");
    EXPECT_EQ(problem("media/.."), "'media/..' leads outside the package ('..')");
    EXPECT_EQ(problem("../", EntryFacts::Type::Folder), "'../' leads outside the package ('..')");
    EXPECT_EQ(problem("./course.json"),
              "'./course.json' contains '.' as a folder name; use plain relative names");
    EXPECT_EQ(problem("media//d.ogg"), "'media//d.ogg' contains an empty folder name ('//')");
    EXPECT_EQ(problem("media\\d.ogg"), "'media\\d.ogg' contains a backslash; use '/' between folders");
    EXPECT_EQ(problem(QByteArray("a\nb")), "'a\nb' contains a control character");
    EXPECT_EQ(problem(""), "an entry has an empty name");
    EXPECT_EQ(problem("x/", EntryFacts::Type::File), "'x/' ends in '/' but is not a folder");
}

TEST(PackageEntry, OverlongNamesAreRefused)
{
    EXPECT_NE(problem(QByteArray(256, 'a')).find("longer than 255 bytes"), std::string::npos);
    QByteArray deep;
    for (int i = 0; i < 300; ++i)
        deep += "abcd/";
    deep += "x";
    EXPECT_NE(problem(deep).find("is longer than 1024 bytes"), std::string::npos);
}

TEST(PackageEntry, NamesThatAreNotUtf8AreRefused)
{
    EXPECT_EQ(checkEntry({std::nullopt, EntryFacts::Type::File, false}).problem.toStdString(),
              "an entry's name is not valid UTF-8");
    EXPECT_NE(problem("caf\xe9.ogg").find("is not valid UTF-8"), std::string::npos);
}

TEST(PackageEntry, LinksSpecialFilesAndEncryptionAreRefused)
{
    EXPECT_EQ(problem("media/d.ogg", EntryFacts::Type::Symlink),
              "'media/d.ogg' is a symbolic link; a package holds only files and folders");
    EXPECT_EQ(problem("media/d.ogg", EntryFacts::Type::HardLink),
              "'media/d.ogg' is a hard link; a package holds only files and folders");
    EXPECT_EQ(problem("dev/null", EntryFacts::Type::Special),
              "'dev/null' is a device, pipe or socket; a package holds only files and folders");
    EXPECT_EQ(check("course.json", EntryFacts::Type::File, true).problem.toStdString(),
              "'course.json' is encrypted; a course package must not be encrypted");
}

TEST(PackageEntry, LedgerRefusesTwinsCaseTwinsAndFileFolderClashes)
{
    auto add = [](EntryLedger &ledger, const QByteArray &name, bool folder = false) {
        return ledger
            .add(check(name, folder ? EntryFacts::Type::Folder : EntryFacts::Type::File))
            .toStdString();
    };
    EntryLedger ledger;
    EXPECT_EQ(add(ledger, "course.json"), "");
    EXPECT_EQ(add(ledger, "media/d.ogg"), "");
    EXPECT_EQ(add(ledger, "media/", true), ""); // the folder named after its file: fine
    EXPECT_EQ(add(ledger, "media/d.vtt"), "");
    EXPECT_EQ(add(ledger, "course.json"), "'course.json' appears twice in the package");
    EXPECT_EQ(add(ledger, "Course.json"),
              "'course.json' and 'Course.json' differ only in case; they would be one file on "
              "many systems");
    EXPECT_EQ(add(ledger, "MEDIA/x.ogg"),
              "'MEDIA/x.ogg' is inside 'MEDIA', but the package also has 'media'; names that "
              "differ only in case would be one on many systems");
    EXPECT_EQ(add(ledger, "course.json/x"), "'course.json/x' is inside 'course.json', which is a file");
    EXPECT_EQ(add(ledger, "media"), "'media' is both a file and a folder");
    // The same name in two Unicode normal forms: one file on macOS, two elsewhere.
    EXPECT_EQ(add(ledger, "caf\xc3\xa9.ogg"), "");
    EXPECT_NE(add(ledger, "cafe\xcc\x81.ogg").find("differ only in case"), std::string::npos);
}
