// The loader's diagnostics are English, for tools and logs; the window shows them in its
// own language (issue 18). Here: the Dutch catalogue is complete, a Dutch interface
// shows every fixture's diagnostics in Dutch (also those loaded before the translation
// was installed, as the player loads the course on its command line), and the command
// line stays English whatever the environment asks for.

#include "app/player.h"
#include "core/loader/courseloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace leerpad;

namespace {

const QString kSrc = QStringLiteral(LEERPAD_SOURCE_DIR);

// installTranslations() leaves its translators on the application; take them off again.
struct InterfaceLanguage
{
    bool found;
    explicit InterfaceLanguage(const QString &language)
        : found(installTranslations(*qApp, language))
    {
    }
    ~InterfaceLanguage()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    }
};

struct Fixture
{
    QString file;
    Diagnostics diagnostics;
};

// Every fixture with diagnostics: the invalid files and the valid course with warnings.
QList<Fixture> loadFixtures()
{
    QList<Fixture> out;
    const QDir invalid(kSrc + QStringLiteral("/tests/data/invalid"));
    for (const QString &f : invalid.entryList({QStringLiteral("*.json")}, QDir::Files))
        out.append({f, loadCourse(invalid.filePath(f)).diagnostics});
    out.append({QStringLiteral("valid/warnings"),
                loadCourse(kSrc + QStringLiteral("/tests/data/valid/warnings")).diagnostics});
    return out;
}

// The messages of one context of a .ts file: source -> (translation, finished).
std::map<QString, std::pair<QString, bool>> catalogue(const QString &tsFile, const QString &context)
{
    std::map<QString, std::pair<QString, bool>> out;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString name;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            name = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (name == context)
                out[source] = {text, finished};
        }
    }
    return out;
}

// What a translation must carry over: the values (%1) and the quoted words of the course
// file ('%1', 'glossary'). It may quote more (a key it names for clarity).
QStringList matches(const QRegularExpression &re, const QString &text)
{
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

QStringList kept(const QString &text)
{
    static const QRegularExpression keep(QStringLiteral("%\\d|'(%\\d|[A-Za-z]+)'"));
    return matches(keep, text);
}

// Each value exactly as often as in the source.
QStringList markers(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%\\d"));
    return matches(marker, text);
}

} // namespace

TEST(DiagnosticsLanguage, EveryLoaderMessageHasItsDutch)
{
    const auto nl = catalogue(kSrc + QStringLiteral("/translations/leerpad_nl.ts"),
                              QStringLiteral("leerpad::LoaderText"));
    ASSERT_GT(nl.size(), 100u) << "run: cmake --build <dir> --target update_translations";
    for (const auto &[source, translation] : nl) {
        const auto &[text, finished] = translation;
        EXPECT_TRUE(finished && !text.isEmpty()) << "no Dutch for: " << source.toStdString();
        const QStringList need = kept(source);
        const QStringList have = kept(text);
        EXPECT_TRUE(std::includes(have.begin(), have.end(), need.begin(), need.end()))
            << source.toStdString() << " -> " << text.toStdString();
        EXPECT_EQ(markers(text), markers(source)) << source.toStdString();
    }
}

TEST(DiagnosticsLanguage, ADutchInterfaceShowsEveryFixtureInDutchAndToolsKeepTheEnglish)
{
    // Loaded before the translation is installed, as the player does.
    const QList<Fixture> fixtures = loadFixtures();
    std::map<QString, QStringList> english;
    for (const Fixture &f : fixtures) {
        for (const Diagnostic &d : f.diagnostics)
            english[f.file] << d.toString();
    }
    InterfaceLanguage dutch(QStringLiteral("nl"));
    ASSERT_TRUE(dutch.found);
    int translated = 0;
    for (const Fixture &f : fixtures) {
        ASSERT_FALSE(f.diagnostics.isEmpty()) << f.file.toStdString();
        for (qsizetype i = 0; i < f.diagnostics.size(); ++i) {
            const Diagnostic &d = f.diagnostics[i];
            // What tools read does not change with the interface's language ...
            EXPECT_EQ(d.toString(), english[f.file].value(i));
            // ... the interface shows the same line with the message in Dutch: the place
            // and the words "error" and "warning" stay as compilers print them.
            const QString shown = d.toLocalizedString();
            const QString place = d.toString().left(d.toString().indexOf(d.message));
            EXPECT_TRUE(shown.startsWith(place)) << shown.toStdString();
            EXPECT_TRUE(shown.endsWith(d.toString().mid(place.size() + d.message.size())))
                << shown.toStdString();
            if (d.localizedMessage() != d.message)
                ++translated;
            else
                ADD_FAILURE() << f.file.toStdString() << ": still English: " << shown.toStdString();
        }
    }
    EXPECT_GT(translated, 45);
}

TEST(DiagnosticsLanguage, PhrasesInsideAMessageAreDutchToo)
{
    const LoadResult r =
        loadCourse(kSrc + QStringLiteral("/tests/data/invalid/title-wrong-type.json"));
    ASSERT_EQ(r.diagnostics.size(), 1);
    InterfaceLanguage dutch(QStringLiteral("nl"));
    ASSERT_TRUE(dutch.found);
    EXPECT_EQ(r.diagnostics.first().localizedMessage(),
              QStringLiteral("'title' moet een tekst zijn, niet een geheel getal"));
    EXPECT_EQ(r.diagnostics.first().message,
              QStringLiteral("'title' must be a string, not an integer"));
}

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real program, in an environment that asks for Dutch everywhere it can.
Outcome leerpadInDutch(const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("nl_NL.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("nl"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("nl_NL.UTF-8"));
    env.insert(extra);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LEERPAD_BINARY), args);
    Outcome r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

// Scripts and editors parse these lines: byte for byte the same in any language.
TEST(DiagnosticsLanguage, ValidateAndAnswerKeyStayEnglish)
{
    const QString file = kSrc + QStringLiteral("/tests/data/invalid/title-wrong-type.json");
    const QString line =
        file + QStringLiteral(":5:3: error: 'title' must be a string, not an integer [/title]\n");
    const Outcome validate =
        leerpadInDutch({QStringLiteral("--validate"), QStringLiteral("--lang"), QStringLiteral("nl"), file});
    EXPECT_EQ(validate.exitCode, 1);
    EXPECT_EQ(validate.err, line);
    EXPECT_EQ(validate.out, file + QStringLiteral(": invalid (1 error, 0 warnings)\n"));
    const Outcome key = leerpadInDutch({QStringLiteral("--answer-key"), file});
    EXPECT_EQ(key.exitCode, 1);
    EXPECT_EQ(key.err, line);
}

// The player prints the diagnostics of the course it opens to stderr, before it knows
// the interface's language; a Dutch window does not make that log Dutch.
TEST(DiagnosticsLanguage, ThePlayersLogStaysEnglishInADutchWindow)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    const QString file = kSrc + QStringLiteral("/tests/data/invalid/title-wrong-type.json");
    const Outcome r = leerpadInDutch({QStringLiteral("--startup-probe"), QStringLiteral("--lang"),
                                      QStringLiteral("nl"), QStringLiteral("--data-dir"),
                                      home.filePath(QStringLiteral("progress")), file},
                                     env);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(
        file + QStringLiteral(":5:3: error: 'title' must be a string, not an integer [/title]\n")))
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("moet een tekst zijn"))) << r.err.toStdString();
}
