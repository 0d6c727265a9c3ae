// The interface's words follow docs/ui-terms.md: the glossary's "not" column is read from
// the document itself, so adding a retired word there is enough to keep it out.

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

const QString kSource = QStringLiteral(LEERPAD_SOURCE_DIR);

// Every `word` in the second column of the glossary's table.
QStringList retiredWords()
{
    QFile f(kSource + QStringLiteral("/docs/ui-terms.md"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList words;
    static const QRegularExpression quoted(QStringLiteral("`([^`]+)`"));
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine());
        const QStringList cells = line.split(QLatin1Char('|'));
        if (!line.startsWith(QLatin1Char('|')) || cells.size() < 4)
            continue;
        for (auto it = quoted.globalMatch(cells[2]); it.hasNext();)
            words << it.next().captured(1);
    }
    return words;
}

struct Source
{
    QString context;
    QString text;
};

QList<Source> interfaceStrings(const QString &tsFile)
{
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Source> out;
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            out.append({context, xml.readElementText()});
    }
    return out;
}

} // namespace

TEST(UiTerms, TheGlossaryListsRetiredWords)
{
    const QStringList words = retiredWords();
    EXPECT_GE(words.size(), 15) << "docs/ui-terms.md lost its table";
    EXPECT_TRUE(words.contains(QStringLiteral("zelftoets")));
}

TEST(UiTerms, NoStringUsesARetiredWord)
{
    const QStringList words = retiredWords();
    ASSERT_FALSE(words.isEmpty());
    const QList<Source> strings = interfaceStrings(kSource + QStringLiteral("/translations/leerpad_nl.ts"));
    ASSERT_GT(strings.size(), 200);
    QStringList found;
    for (const Source &s : strings) {
        // The loader speaks of the course file and its keys ("transcript").
        if (s.context.endsWith(QLatin1String("LoaderText")))
            continue;
        for (const QString &word : words)
            if (s.text.contains(word))
                found << QStringLiteral("%1: \"%2\" uses `%3`").arg(s.context, s.text, word);
    }
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}
