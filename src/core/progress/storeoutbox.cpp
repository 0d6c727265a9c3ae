#include "core/progress/storeoutbox.h"

#include <QVariant>

namespace leerpad {

StoreOutbox::StoreOutbox(const QSqlDatabase &db)
    : m_put(db), m_due(db), m_sent(db), m_retry(db), m_quarantine(db), m_count(db), m_oldest(db),
      m_quarantined(db), m_ofRegistration(db), m_release(db)
{
}

bool StoreOutbox::prepare()
{
    const QList<QPair<QSqlQuery *, QString>> statements = {
        {&m_put,
         QStringLiteral("INSERT OR IGNORE INTO outbox (statement_id, course_id, registration, body,"
                        " created_at) VALUES (?, ?, ?, ?, ?)")},
        {&m_due,
         QStringLiteral(
             "SELECT seq, statement_id, course_id, registration, body, attempts, last_error,"
             " next_try_at FROM outbox WHERE quarantined = 0 AND sent_at = 0 ORDER BY seq LIMIT "
             "?")},
        {&m_sent, QStringLiteral("UPDATE outbox SET sent_at = ? WHERE seq = ?")},
        {&m_retry,
         QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_try_at = ?"
                        " WHERE seq = ?")},
        {&m_quarantine,
         QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, quarantined = 1"
                        " WHERE seq = ?")},
        {&m_count,
         QStringLiteral("SELECT (SELECT COUNT(*) FROM outbox WHERE sent_at = 0 AND quarantined = 0),"
                        " (SELECT COUNT(*) FROM outbox WHERE sent_at = 0 AND quarantined = 1)")},
        {&m_oldest,
         QStringLiteral("SELECT last_error, next_try_at FROM outbox WHERE last_error != ''"
                        " ORDER BY quarantined, seq LIMIT 1")},
        {&m_quarantined,
         QStringLiteral(
             "SELECT seq, statement_id, course_id, registration, body, attempts, last_error,"
             " next_try_at FROM outbox WHERE quarantined = 1 AND sent_at = 0 AND ? ORDER BY seq")},
        {&m_release,
         QStringLiteral(
             "UPDATE outbox SET quarantined = 0, attempts = 0, next_try_at = 0, last_error = ''"
             " WHERE quarantined = 1 AND sent_at = 0 AND ?")},
        {&m_ofRegistration,
         QStringLiteral(
             "SELECT seq, statement_id, course_id, registration, body, attempts, last_error,"
             " next_try_at FROM outbox WHERE registration = ? AND quarantined = 0"
             " ORDER BY seq")},
    };
    for (const auto &[query, sql] : statements) {
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_error = query->lastError();
            return false;
        }
    }
    return true;
}

bool StoreOutbox::run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        m_error = query.lastError();
        query.finish();
        return false;
    }
    return true;
}

bool StoreOutbox::put(const OutboxStatement &s, qint64 createdAtMs)
{
    const bool ok = run(m_put, {s.id, s.courseId, s.registration, QString::fromUtf8(s.body), createdAtMs});
    m_put.finish();
    return ok;
}

std::optional<QList<OutboxEntry>> StoreOutbox::readEntries(QSqlQuery &q, const QVariantList &values)
{
    if (!run(q, values))
        return std::nullopt;
    QList<OutboxEntry> entries;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.statement.id = q.value(1).toString();
        e.statement.courseId = q.value(2).toString();
        e.statement.registration = q.value(3).toString();
        e.statement.body = q.value(4).toString().toUtf8();
        e.attempts = q.value(5).toInt();
        e.lastError = q.value(6).toString();
        e.nextTryAtMs = q.value(7).toLongLong();
        entries.append(e);
    }
    q.finish();
    return entries;
}

std::optional<QList<OutboxEntry>> StoreOutbox::due(int limit, qint64 nowMs)
{
    auto entries = readEntries(m_due, {limit});
    // The oldest waits, so everything behind it waits too.
    if (entries && !entries->isEmpty() && entries->constFirst().nextTryAtMs > nowMs)
        entries->clear();
    return entries;
}

bool StoreOutbox::markSent(qint64 seq, qint64 sentAtMs)
{
    const bool ok = run(m_sent, {sentAtMs, seq});
    m_sent.finish();
    return ok;
}

bool StoreOutbox::retryLater(qint64 seq, const QString &error, qint64 nextTryAtMs)
{
    const bool ok = run(m_retry, {error, nextTryAtMs, seq});
    m_retry.finish();
    return ok;
}

bool StoreOutbox::quarantine(qint64 seq, const QString &error)
{
    const bool ok = run(m_quarantine, {error, seq});
    m_quarantine.finish();
    return ok;
}

std::optional<OutboxStatus> StoreOutbox::status()
{
    OutboxStatus status;
    if (!run(m_count, {}))
        return std::nullopt;
    if (m_count.next()) {
        status.waiting = m_count.value(0).toInt(); // COUNT of no rows is 0
        status.quarantined = m_count.value(1).toInt();
    }
    m_count.finish();
    if (!run(m_oldest, {}))
        return std::nullopt;
    if (m_oldest.next()) {
        status.lastError = m_oldest.value(0).toString();
        status.nextTryAtMs = m_oldest.value(1).toLongLong();
    }
    m_oldest.finish();
    return status;
}

std::optional<QList<OutboxEntry>> StoreOutbox::quarantined()
{
    return readEntries(m_quarantined, {1});
}

bool StoreOutbox::releaseQuarantined()
{
    const bool ok = run(m_release, {1});
    m_release.finish();
    return ok;
}

std::optional<QList<OutboxEntry>> StoreOutbox::ofRegistration(const QString &registration)
{
    return readEntries(m_ofRegistration, {registration});
}

} // namespace leerpad
