#include <QDir>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome leerpad(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(LEERPAD_BINARY), args);
    Outcome r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QString kSrc = QStringLiteral(LEERPAD_SOURCE_DIR);

} // namespace

TEST(Cli, ValidateBundledCourseExitsZero)
{
    const Outcome r = leerpad({QStringLiteral("--validate"), kSrc + QStringLiteral("/content/module-1.4")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("valid (0 errors, 0 warnings)"))) << r.out.toStdString();
}

TEST(Cli, WarningsStillExitZero)
{
    const Outcome r = leerpad({QStringLiteral("--validate"), kSrc + QStringLiteral("/tests/data/valid/warnings")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QLatin1String("course.json:70:15: warning: unknown key 'explenation'")))
        << r.err.toStdString();
}

TEST(Cli, EveryInvalidFixtureGetsALocatedGccStyleErrorAndExitsOne)
{
    const QDir dir(kSrc + QStringLiteral("/tests/data/invalid"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    ASSERT_GE(files.size(), 25);
    static const QRegularExpression gcc(QStringLiteral("^(.+):(\\d+):(\\d+): error: (.+)$"),
                                        QRegularExpression::MultilineOption);
    for (const QString &f : files) {
        const QString path = dir.filePath(f);
        const Outcome r = leerpad({QStringLiteral("--validate"), path});
        EXPECT_EQ(r.exitCode, 1) << f.toStdString();
        const auto m = gcc.match(r.err);
        ASSERT_TRUE(m.hasMatch()) << f.toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(m.captured(1), path);
        EXPECT_GT(m.captured(2).toInt(), 0);
        EXPECT_GT(m.captured(3).toInt(), 0);
    }
}

TEST(Cli, OneBadPathAmongGoodOnesFails)
{
    const Outcome r = leerpad({QStringLiteral("--validate"), kSrc + QStringLiteral("/content/module-1.4"),
                           kSrc + QStringLiteral("/tests/data/invalid/bands-overlap.json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QLatin1String("module-1.4/course.json: valid")));
    EXPECT_TRUE(r.out.contains(QLatin1String("bands-overlap.json: invalid (1 error, 0 warnings)")));
}

TEST(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(leerpad({QStringLiteral("--validate")}).exitCode, 2);
    EXPECT_EQ(leerpad({QStringLiteral("--no-such-option")}).exitCode, 2);
    EXPECT_EQ(leerpad({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("x")}).exitCode, 2);
    const Outcome r = leerpad({QStringLiteral("--bogus")});
    EXPECT_TRUE(r.err.contains(QLatin1String("Try 'leerpad --help'")));
}

TEST(Cli, HelpAndVersion)
{
    const Outcome help = leerpad({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith(QLatin1String("Usage: leerpad")));
    EXPECT_TRUE(help.out.contains(QLatin1String("--validate")));
    EXPECT_TRUE(help.out.contains(QLatin1String("--data-dir")));
    const Outcome version = leerpad({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^leerpad \\d+\\.\\d+\\.\\d+\\n$")).match(version.out).hasMatch())
        << version.out.toStdString();
}
