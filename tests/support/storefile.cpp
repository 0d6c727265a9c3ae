#include "support/storefile.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace leerpad::test {

StoreFile::StoreFile(const QString &dataDir)
    : m_connection(QStringLiteral("storefile-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("progress.sqlite")));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    m_open = db.open();
}

StoreFile::~StoreFile()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QStringList StoreFile::column(const QString &sql, const QString &courseId, const QString &extra) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    q.addBindValue(courseId);
    if (!extra.isNull())
        q.addBindValue(extra);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QString StoreFile::currentPage(const QString &courseId) const
{
    return column(QStringLiteral("SELECT current_page_id FROM course WHERE course_id = ?"), courseId)
        .value(0);
}

QSet<QString> StoreFile::visited(const QString &courseId) const
{
    const QStringList ids = column(
        QStringLiteral("SELECT page_id FROM page_state WHERE course_id = ? AND visited"), courseId);
    return QSet<QString>(ids.cbegin(), ids.cend());
}

QSet<QString> StoreFile::completed(const QString &courseId) const
{
    const QStringList ids = column(
        QStringLiteral("SELECT page_id FROM page_state WHERE course_id = ? AND completed"), courseId);
    return QSet<QString>(ids.cbegin(), ids.cend());
}

QString StoreFile::practiceOptions(const QString &courseId, const QString &questionId) const
{
    return column(QStringLiteral("SELECT option_ids FROM practice_answer WHERE course_id = ? AND "
                                 "question_id = ?"),
                  courseId, questionId)
        .value(0);
}

bool StoreFile::practiceChecked(const QString &courseId, const QString &questionId) const
{
    return column(QStringLiteral("SELECT checked FROM practice_answer WHERE course_id = ? AND "
                                 "question_id = ?"),
                  courseId, questionId)
               .value(0)
           == QLatin1String("1");
}

int StoreFile::attemptCount(const QString &courseId) const
{
    return int(column(QStringLiteral("SELECT attempt_id FROM attempt WHERE course_id = ?"), courseId)
                   .size());
}

int StoreFile::openAttemptAnswerCount(const QString &courseId) const
{
    const QString open =
        column(QStringLiteral("SELECT attempt_id FROM attempt WHERE course_id = ? AND submitted_at "
                              "IS NULL ORDER BY number DESC LIMIT 1"),
               courseId)
            .value(0);
    if (open.isEmpty())
        return -1;
    return int(column(QStringLiteral("SELECT question_id FROM attempt_answer WHERE course_id = ? AND "
                                     "attempt_id = ?"),
                      courseId, open)
                   .size());
}

qint64 StoreFile::audioPosition(const QString &courseId, const QString &blockId) const
{
    const QStringList values = column(
        QStringLiteral("SELECT position_ms FROM audio_position WHERE course_id = ? AND block_id = ?"),
        courseId, blockId);
    return values.isEmpty() ? -1 : values.first().toLongLong();
}

QStringList StoreFile::dump(const QString &courseId, const QStringList &ignoredColumns) const
{
    QStringList rows;
    const QStringList tables = {QStringLiteral("course"), QStringLiteral("page_state"),
                                QStringLiteral("practice_answer"), QStringLiteral("audio_position"),
                                QStringLiteral("attempt"), QStringLiteral("attempt_answer")};
    for (const QString &table : tables) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE course_id = ?").arg(table));
        q.addBindValue(courseId);
        if (!q.exec())
            continue;
        while (q.next()) {
            QStringList fields;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                if (!ignoredColumns.contains(record.fieldName(i)))
                    fields << record.fieldName(i) + QLatin1Char('=') + q.value(i).toString();
            }
            rows << table + QLatin1Char(':') + fields.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

} // namespace leerpad::test
