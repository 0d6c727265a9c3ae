#include "storetesthelpers.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
