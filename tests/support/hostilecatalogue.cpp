#include "support/hostilecatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace leerpad::test {

QString hostileRoot()
{
    return QStringLiteral(LEERPAD_SOURCE_DIR "/tests/data/hostile");
}

QString HostileCase::expectedStart(const QString &root) const
{
    const QString file = root + QLatin1Char('/') + (reportedFile == QLatin1String("-") ? name : reportedFile);
    // A problem with a package itself has no line: "PACKAGE: error: 'ENTRY' ...".
    const QString at = location == QLatin1String("-") ? QString() : QLatin1Char(':') + location;
    return file + at + QStringLiteral(": ") + outcome + QStringLiteral(": ") + message;
}

QString HostileCase::expectedEnd() const
{
    return pointer == QLatin1String("-") ? QString() : QStringLiteral(" [") + pointer + QLatin1Char(']');
}

namespace {

// Why the row does not fit, or empty.
QString problemWith(const QStringList &c, const QString &root, const QSet<QString> &seen)
{
    if (c.size() != 6)
        return QStringLiteral("%1 columns instead of 6 (tab-separated)").arg(c.size());
    for (int i = 0; i < c.size(); ++i) {
        // The message is the start of one, cut anywhere: it may end in a space.
        if (c[i].isEmpty() || (i != 4 && c[i] != c[i].trimmed()))
            return QStringLiteral("column %1 is empty or has spaces around it").arg(i + 1);
    }
    const HostileCase k{c[0], c[1], c[2], c[3], c[4], c[5]};
    if (seen.contains(k.name))
        return QStringLiteral("'%1' is listed twice").arg(k.name);
    if (!QFileInfo(root + QLatin1Char('/') + k.name).isFile())
        return QStringLiteral("no case file %1").arg(k.name);
    static const QStringList outcomes = {QStringLiteral("error"), QStringLiteral("warning"),
                                         QStringLiteral("valid")};
    if (!outcomes.contains(k.outcome))
        return QStringLiteral("unknown outcome '%1'").arg(k.outcome);
    if (k.isValid()) {
        if (k.location != QLatin1String("-") || k.reportedFile != QLatin1String("-") ||
            k.message != QLatin1String("-") || k.pointer != QLatin1String("-"))
            return QStringLiteral("a valid case has no diagnostic: '-' in the last four columns");
        return {};
    }
    static const QRegularExpression lineColumn(QStringLiteral("^[1-9][0-9]*:[1-9][0-9]*$"));
    const bool packageLevel = k.name.endsWith(QLatin1String(".leerpad")) && k.location == QLatin1String("-");
    if (!packageLevel && !lineColumn.match(k.location).hasMatch())
        return QStringLiteral("'%1' is not LINE:COL (only a package's own problem has '-')").arg(k.location);
    // A file inside a package (PACKAGE/course.json) exists only once unpacked.
    const bool insidePackage = k.reportedFile.startsWith(k.name + QLatin1Char('/'));
    if (k.reportedFile != QLatin1String("-") && !insidePackage &&
        !QFileInfo(root + QLatin1Char('/') + k.reportedFile).isFile())
        return QStringLiteral("no reported file %1").arg(k.reportedFile);
    if (k.message == QLatin1String("-"))
        return QStringLiteral("an error or warning needs the start of its message");
    if (k.pointer != QLatin1String("-") && !k.pointer.startsWith(QLatin1Char('/')))
        return QStringLiteral("'%1' is not a JSON pointer").arg(k.pointer);
    return {};
}

} // namespace

HostileCatalogue readHostileCatalogue(const QString &root)
{
    HostileCatalogue catalogue;
    QFile f(root + QStringLiteral("/expected.tsv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        catalogue.malformed << QStringLiteral("expected.tsv: cannot read it");
        return catalogue;
    }
    QSet<QString> seen;
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(f.readLine());
        if (line.endsWith(QLatin1Char('\n')))
            line.chop(1);
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList c = line.split(QLatin1Char('\t'));
        const QString problem = line.isEmpty() ? QStringLiteral("an empty line") : problemWith(c, root, seen);
        if (!problem.isEmpty()) {
            catalogue.malformed << QStringLiteral("expected.tsv:%1: %2").arg(lineNumber).arg(problem);
            continue;
        }
        seen.insert(c[0]);
        catalogue.cases.append({c[0], c[1], c[2], c[3], c[4], c[5]});
    }
    return catalogue;
}

} // namespace leerpad::test
