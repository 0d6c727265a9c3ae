// A diagnostic's words are kept as the loader's English template and its values, to be
// translated when shown (see core/loader/diagnostic.h); the English is what tools read.

#include "core/loader/courseloader.h"
#include "core/loader/loadertext.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace leerpad;

namespace {

const QString kData = QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data");

// Every diagnostic of every fixture that has some: the invalid files and the valid
// course with warnings.
Diagnostics fixtureDiagnostics()
{
    Diagnostics all;
    const QDir invalid(kData + QStringLiteral("/invalid"));
    for (const QString &f : invalid.entryList({QStringLiteral("*.json")}, QDir::Files))
        all << loadCourse(invalid.filePath(f)).diagnostics;
    all << loadCourse(kData + QStringLiteral("/valid/warnings")).diagnostics;
    return all;
}

} // namespace

TEST(DiagnosticText, FillsItsValuesInOnePass)
{
    const DiagnosticText t =
        LoaderText::tr("'%1' must be between %2 and %3").arg(QStringLiteral("x%2")).arg(1).arg(5);
    // A value is never read as a marker, whatever it contains.
    EXPECT_EQ(t.english(), QStringLiteral("'x%2' must be between 1 and 5"));
    EXPECT_EQ(LoaderText::tr("%1 of %2").arg(QStringLiteral("100%")).english(),
              QStringLiteral("100% of %2")); // a marker without a value stays as written
}

TEST(DiagnosticText, RendersPhrasesInsideTheMessage)
{
    const DiagnosticText t =
        LoaderText::tr("%1 must be an object, not %2").arg(LoaderText::tr("a page")).arg(
            DiagnosticText::verbatim(QStringLiteral("null")));
    EXPECT_EQ(t.english(), QStringLiteral("a page must be an object, not null"));
    EXPECT_FALSE(t.isEmpty());
    EXPECT_TRUE(DiagnosticText().isEmpty());
}

TEST(DiagnosticText, WithoutATranslatorTheInterfaceShowsTheEnglish)
{
    Diagnostic d;
    d.file = QStringLiteral("course.json");
    d.line = 3;
    d.column = 5;
    d.pointer = QStringLiteral("/id");
    d.setText(LoaderText::tr("duplicate key '%1'").arg(QStringLiteral("id")));
    EXPECT_EQ(d.message, QStringLiteral("duplicate key 'id'"));
    EXPECT_EQ(d.toString(), QStringLiteral("course.json:3:5: error: duplicate key 'id' [/id]"));
    EXPECT_EQ(d.toLocalizedString(), d.toString());
    // A diagnostic made by hand, without words to translate, shows its message.
    Diagnostic plain;
    plain.message = QStringLiteral("made elsewhere");
    EXPECT_EQ(plain.localizedMessage(), QStringLiteral("made elsewhere"));
}

// Every message of the loader can be translated: none is made without its template, and
// the template's English is the message tools read.
TEST(DiagnosticText, EveryLoaderDiagnosticCarriesItsWords)
{
    const Diagnostics all = fixtureDiagnostics();
    ASSERT_GT(all.size(), 45);
    for (const Diagnostic &d : all) {
        EXPECT_FALSE(d.text.isEmpty()) << d.toString().toStdString();
        EXPECT_EQ(d.text.english(), d.message) << d.toString().toStdString();
    }
}
