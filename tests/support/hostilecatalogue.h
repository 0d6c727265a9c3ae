#pragma once

// The hostile-input catalogue, tests/data/hostile/expected.tsv: one case a row, six
// tab-separated columns. Read strictly: a row that does not fit the format is reported,
// never skipped, so a typo cannot quietly remove a case from every test that uses it.

#include <QList>
#include <QString>
#include <QStringList>

namespace leerpad::test {

struct HostileCase
{
    QString name;         // path below tests/data/hostile
    QString outcome;      // error | warning | valid
    QString location;     // LINE:COL of the first diagnostic; "-" when valid or a package's own problem
    QString reportedFile; // the file it names, below tests/data/hostile; "-": the case itself
    QString message;      // how its message starts
    QString pointer;      // its JSON pointer; "-" when it has none (syntax, transcripts)

    bool isValid() const { return outcome == QLatin1String("valid"); }
    bool isError() const { return outcome == QLatin1String("error"); }
    // The first line `leerpad --validate` prints, as far as the row states it (the
    // message may go on; the pointer, when there is one, ends the line).
    QString expectedStart(const QString &root) const;
    QString expectedEnd() const; // " [pointer]", or empty
};

struct HostileCatalogue
{
    QList<HostileCase> cases;
    QStringList malformed; // "expected.tsv:LINE: why", one for each row that does not fit
};

QString hostileRoot();
HostileCatalogue readHostileCatalogue(const QString &root = hostileRoot());

} // namespace leerpad::test
