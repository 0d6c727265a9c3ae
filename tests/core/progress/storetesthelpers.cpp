#include "storetesthelpers.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace leerpad {

namespace {

QString sorted(const QSet<QString> &ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return list.join(QLatin1Char(','));
}

} // namespace

void PrintTo(const CourseProgress &p, std::ostream *os)
{
    QStringList out;
    out << QStringLiteral("course %1 version %2").arg(p.courseId, p.courseVersion);
    out << QStringLiteral("page '%1' visited {%2} completed {%3}")
               .arg(p.navigation.currentPageId, sorted(p.navigation.visited), sorted(p.navigation.completed));
    QStringList questions = p.practice.keys();
    questions.sort();
    for (const QString &q : questions) {
        const PracticeAnswer &a = p.practice[q];
        out << QStringLiteral("practice %1: %2%3").arg(q, a.optionIds.join(QLatin1Char(',')),
                                                      a.checked ? QStringLiteral(" checked") : QString());
    }
    QStringList blocks = p.audioPositions.keys();
    blocks.sort();
    for (const QString &b : blocks)
        out << QStringLiteral("audio %1: %2 ms").arg(b).arg(p.audioPositions[b]);
    for (const Attempt &a : p.attempts) {
        QStringList answers;
        for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it)
            answers << it.key() + QLatin1Char('=') + sorted(it.value());
        answers.sort();
        out << QStringLiteral("attempt %1 #%2 version %3%4 answers {%5}")
                   .arg(a.id)
                   .arg(a.number)
                   .arg(a.courseVersion, a.isSubmitted() ? QStringLiteral(" submitted") : QString(),
                        answers.join(QLatin1Char(' ')));
    }
    *os << '\n' << out.join(QStringLiteral("\n  ")).toStdString();
}

} // namespace leerpad

namespace leerpad::storetest {

QStringList query(const QString &databasePath, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("store-test-raw-%1").arg(++counter);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            rows << QStringLiteral("ERROR: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                rows << QStringLiteral("ERROR: ") + q.lastError().text();
            } else {
                while (q.next())
                    rows << q.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString queryValue(const QString &databasePath, const QString &sql)
{
    return query(databasePath, sql).value(0);
}

CourseKeys smallCourseKeys(const QString &courseId)
{
    CourseKeys k;
    k.courseId = courseId;
    k.courseVersion = QStringLiteral("1");
    k.pageIds = {QStringLiteral("p1"), QStringLiteral("p2")};
    k.questionOptions.insert(QStringLiteral("q1"), {QStringLiteral("a"), QStringLiteral("b")});
    k.audioBlockIds = {QStringLiteral("audio")};
    return k;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList filesStartingWith(const QString &dir, const QString &prefix)
{
    QStringList names = QDir(dir).entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden, QDir::Name);
    return names;
}

} // namespace leerpad::storetest
