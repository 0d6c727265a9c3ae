#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

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

TEST(Cli, AnswerKeyOfModule14MatchesTheContentIssue)
{
    const Outcome r = leerpad({QStringLiteral("--answer-key"), kSrc + QStringLiteral("/content/module-1.4")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList expected = {
        QStringLiteral("oefen-1\tcollega\tJe collega; die kan de klant nu goed verder helpen."),
        QStringLiteral("oefen-2\tjuist\tJuist"),
        QStringLiteral("oefen-3\tjuist\tJuist"),
        QStringLiteral("oefen-4\tonjuist\tOnjuist"),
        QStringLiteral("oefen-5\tonjuist\tOnjuist"),
        QStringLiteral("oefen-6\tjuist\tJuist"),
        QStringLiteral("zt-01\tu-is-norm\tHet met \u201cu\u201d aanspreken is de norm die je jezelf stelt. Deze norm is "
                       "gebaseerd op de waarde die je hecht aan beleefdheid ten opzichte van ouderen."),
        QStringLiteral("zt-02\toverheid-ddma-organisatie\tDe overheid, de DDMA en de organisatie waarvoor je werkt."),
        QStringLiteral("zt-03\tcontrole\tAls de klant de controle over het gesprek dreigt over te nemen."),
        QStringLiteral("zt-04\tjuist\tJuist"),
        QStringLiteral("zt-05\twaarde-overheid\tDe waarde is de overheid die aangeeft dat je niet zomaar iemand mag "
                       "storen in zijn/haar priv\u00e9-situatie. De norm die hieruit voortvloeit is dat je bij elk "
                       "telefoontje naar buiten moet vragen of het gesprek gelegen komt."),
        QStringLiteral("zt-06\tonjuist\tOnjuist"),
        QStringLiteral("zt-07\tklant\tDe klant. Dan weet je zeker dat hij niets meer wilde zeggen."),
        QStringLiteral("zt-08\tonjuist\tOnjuist"),
        QStringLiteral("zt-09\tnaam-en-bedanken\t\u201cMevrouw Wagemakers, bedankt voor het wachten. Ik heb het "
                       "nagevraagd en \u2026\u201d"),
        QStringLiteral("zt-10\tonjuist\tOnjuist"),
    };
    EXPECT_EQ(lines, expected);
}

TEST(Cli, ExportPdfWritesAHandoutWithAndWithoutTheKey)
{
    QTemporaryDir dir;
    const QString withKey = dir.filePath(QStringLiteral("trainer.pdf"));
    const QString withoutKey = dir.filePath(QStringLiteral("learner.pdf"));
    const QString course = kSrc + QStringLiteral("/content/module-1.4");
    ASSERT_EQ(leerpad({QStringLiteral("--export-pdf"), withKey, course}).exitCode, 0);
    ASSERT_EQ(leerpad({QStringLiteral("--export-pdf"), withoutKey, course, QStringLiteral("--no-key")}).exitCode, 0);
    auto text = [](const QString &pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    };
    const QString trainer = text(withKey);
    const QString learner = text(withoutKey);
    EXPECT_TRUE(trainer.contains(QLatin1String("Wanneer mag je een klant onderbreken?")));
    EXPECT_TRUE(trainer.contains(QLatin1String("Antwoordsleutel")));
    EXPECT_TRUE(learner.contains(QLatin1String("Wanneer mag je een klant onderbreken?")));
    EXPECT_FALSE(learner.contains(QLatin1String("Antwoordsleutel")));
    EXPECT_EQ(leerpad({QStringLiteral("--export-pdf"), withKey}).exitCode, 2) << "needs a PATH";
}

TEST(Cli, StartupProbeOpensModule14PrintsTheFirstPaintAndExits)
{
    // The player really opens here (offscreen), so settings, recent files and progress
    // go to a temporary directory instead of the user's.
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("LEERPAD_STARTUP_PROBE"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LEERPAD_BINARY),
            {QStringLiteral("--startup-probe"), QStringLiteral("--data-dir"),
             home.filePath(QStringLiteral("progress")), kSrc + QStringLiteral("/content/module-1.4")});
    ASSERT_TRUE(p.waitForFinished(60000)) << "the probe did not exit";
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 0) << err.toStdString();
    // A figure, never a limit: only its presence and form are checked.
    static const QRegularExpression line(QStringLiteral("^startup_probe first_paint_ms=\\d+(\\.\\d+)?\\n$"));
    EXPECT_TRUE(line.match(out).hasMatch()) << out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(home.filePath(QStringLiteral("progress")))) << "not the player's usual start";
}

TEST(Cli, StartupProbeIsForThePlayerOnly)
{
    const Outcome r = leerpad({QStringLiteral("--startup-probe"), QStringLiteral("--validate"),
                               kSrc + QStringLiteral("/content/module-1.4")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(leerpad({QStringLiteral("--help")}).out.contains(QLatin1String("--startup-probe")));
}

TEST(Cli, PackWritesAPackageThatValidatesAndOpensLikeTheFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString package = dir.filePath(QStringLiteral("module-1.4.leerpad"));
    const Outcome packed = leerpad({QStringLiteral("--pack"), kSrc + QStringLiteral("/content/module-1.4"), package});
    EXPECT_EQ(packed.exitCode, 0) << packed.err.toStdString();
    EXPECT_TRUE(packed.err.isEmpty()) << packed.err.toStdString();
    // course.json and the two dialogues' audio and transcripts.
    EXPECT_TRUE(packed.out.startsWith(package + QStringLiteral(": 5 files, "))) << packed.out.toStdString();

    const Outcome valid = leerpad({QStringLiteral("--validate"), package});
    EXPECT_EQ(valid.exitCode, 0) << valid.err.toStdString();
    EXPECT_EQ(valid.out, package + QStringLiteral(": valid (0 errors, 0 warnings)\n"));
    // The answer key of the package is the folder's.
    const Outcome fromPackage = leerpad({QStringLiteral("--answer-key"), package});
    const Outcome fromFolder = leerpad({QStringLiteral("--answer-key"), kSrc + QStringLiteral("/content/module-1.4")});
    EXPECT_EQ(fromPackage.exitCode, 0);
    EXPECT_EQ(fromPackage.out, fromFolder.out);
    // Packing twice gives the same bytes (a build makes the same package).
    const QString again = dir.filePath(QStringLiteral("again.leerpad"));
    ASSERT_EQ(leerpad({QStringLiteral("--pack"), kSrc + QStringLiteral("/content/module-1.4"), again}).exitCode, 0);
    QFile a(package), b(again);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll());
}

// One severity for a missing audio file: --validate fails on it and --answer-key names
// it as the same error, though it still prints the key (a key needs no audio).
TEST(Cli, MissingMediaIsTheSameErrorForValidateAndTheAnswerKey)
{
    const QString course = kSrc + QStringLiteral("/tests/data/invalid/media-missing.json");
    const QString line = course + QStringLiteral(":76:15: error: media file 'media/bestaat-niet.ogg' does not exist");
    const Outcome validate = leerpad({QStringLiteral("--validate"), course});
    EXPECT_EQ(validate.exitCode, 1);
    EXPECT_TRUE(validate.err.startsWith(line)) << validate.err.toStdString();
    const Outcome key = leerpad({QStringLiteral("--answer-key"), course});
    EXPECT_EQ(key.exitCode, 0) << key.err.toStdString();
    EXPECT_TRUE(key.err.startsWith(line)) << key.err.toStdString();
    EXPECT_FALSE(key.out.isEmpty());
}

TEST(Cli, PackRefusesACourseWithErrorsAndWritesNothing)
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("x.leerpad"));
    const QString broken = kSrc + QStringLiteral("/tests/data/invalid/bands-overlap.json");
    const Outcome r = leerpad({QStringLiteral("--pack"), broken, package});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(broken + QStringLiteral(":108:9: error: score bands overlap"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("has errors; no package was written"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(package));
    // A missing audio file is an error here, as for --validate.
    const Outcome missing = leerpad({QStringLiteral("--pack"),
                                     kSrc + QStringLiteral("/tests/data/hostile/media/missing-file"), package});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(package));
}

TEST(Cli, PackUsageErrors)
{
    const QString course = kSrc + QStringLiteral("/content/module-1.4");
    const Outcome one = leerpad({QStringLiteral("--pack"), course});
    EXPECT_EQ(one.exitCode, 2);
    EXPECT_TRUE(one.err.contains(QLatin1String("--pack needs two PATHs: COURSE_DIR OUT.leerpad"))) << one.err.toStdString();
    const Outcome zip = leerpad({QStringLiteral("--pack"), course, QStringLiteral("out.zip")});
    EXPECT_EQ(zip.exitCode, 2);
    EXPECT_TRUE(zip.err.contains(QLatin1String("the package must be named *.leerpad"))) << zip.err.toStdString();
}

TEST(Cli, CheckInstallFindsWhatThePlayerNeedsInTheBuildTree)
{
    const Outcome r = leerpad({QStringLiteral("--check-install")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("ok: bundled course: "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("ok: media plugin: loaded "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("ok: progress store: "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("ok: translation en: leerpad_en"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QLatin1String("FAILED"))) << r.out.toStdString();
    // A plugin that is not there is a failure, and says why.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LEERPAD_MEDIA_PLUGIN"), QStringLiteral("/nonexistent/libleerpad_qtmedia.so"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LEERPAD_BINARY), {QStringLiteral("--check-install")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("FAILED: media plugin: ")));
}

TEST(Cli, HelpListsTheExitStatus)
{
    const Outcome help = leerpad({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QLatin1String("Exit status:\n  0  ")));
    EXPECT_TRUE(help.out.contains(QLatin1String("--pack")));
    EXPECT_TRUE(help.out.contains(QLatin1String("--check-install")));
}

// A learner exports their results file, the trainer reads a class's files: one line per
// learner on stdout, a broken file's located errors on stderr and exit 1.
TEST(Cli, ExportResultsThenAClassReportOfTheFiles)
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LEERPAD_BINARY), args);
        p.waitForFinished(30000);
        return Outcome{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
    };
    const QString course = kSrc + QStringLiteral("/content/module-1.4");
    const QString karolien = dir.filePath(QStringLiteral("karolien.json"));
    const QString anouska = dir.filePath(QStringLiteral("anouska.json"));
    const QStringList asKarolien = {
        QStringLiteral("--data-dir"),   dir.filePath(QStringLiteral("k")),
        QStringLiteral("--learner"),    QStringLiteral("Karolien Jansen"),
        QStringLiteral("--learner-id"), QStringLiteral("s1")};
    const QStringList asAnouska = {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("a")),
                                   QStringLiteral("--learner"), QStringLiteral("Anouska")};
    // Nothing to hand in before the course was opened.
    Outcome r = run(asAnouska + QStringList{QStringLiteral("--export-results"), anouska, course});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("no results written: Anouska has not opened module-1.4")))
        << r.err.toStdString();
    // Each opens the course once (the player offscreen, closed after its first paint).
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("LEERPAD_STARTUP_PROBE"));
    for (const QStringList &who : {asKarolien, asAnouska}) {
        r = run(who + QStringList{QStringLiteral("--startup-probe"), course});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    r = run(asKarolien + QStringList{QStringLiteral("--export-results"), karolien, course});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("results of Karolien Jansen written to"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(" xAPI statements)"))) << r.out.toStdString();
    QFile exported(karolien);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    EXPECT_TRUE(exported.readAll().startsWith("[\n{")) << "an array of statements";
    r = run(asAnouska + QStringList{QStringLiteral("--export-results"), anouska, course});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"leerpad-results\", \"formatVersion\": 1,\n \"learner\": []}\n");
    f.close();
    r = run({QStringLiteral("--class-report"), karolien, anouska, broken});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("learner\t")));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("Anouska\t\t"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("/31\t0/0\t0\t"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("Karolien Jansen\ts1\t"))) << lines.at(2).toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("broken.json:2:2: error: 'learner' must be an object [/learner]")))
        << r.err.toStdString();

    r = run({QStringLiteral("--export-results"), karolien});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--export-results needs exactly one course PATH")));
}
