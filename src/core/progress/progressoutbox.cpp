// ProgressStore's outbox side: the registration and the statements that report the
// learner's work (declared in progressstore.h, schema in storeschema.cpp, version 2).
// The sender (core/results) reads due statements and marks what the LRS answered; each
// mark is its own small transaction, so a crash between two leaves every statement
// either marked sent or still waiting (the LRS deduplicates a re-send by its id). Sent
// statements stay: they are the learner's results file (statementsOf).
#include "core/logging.h"
#include "core/progress/progressstore.h"
#include "core/progress/storeconnection.h"
#include "core/progress/storewriter.h"

#include <algorithm>
#include <QDateTime>
#include <QUuid>

namespace leerpad {

QString ProgressStore::registration(const QString &courseId)
{
    Slot &s = slot(courseId);
    if (s.progress.registration.isEmpty())
        s.progress.registration = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return s.progress.registration;
}

void ProgressStore::stageStatements(const QList<OutboxStatement> &statements)
{
    m_staged += statements;
}

bool ProgressStore::saveStatements(const QString &courseId, const QList<OutboxStatement> &statements)
{
    if (statements.isEmpty())
        return true;
    stageStatements(statements);
    const CourseProgress current = slot(courseId).progress;
    return commit(courseId, Pending::Merge, [current](StoreWriter &w) { return w.putCourse(current); });
}

QList<OutboxEntry> ProgressStore::dueStatements(int limit, qint64 nowMs)
{
    // Nothing is sent while progress still waits in memory: the statements that belong
    // to it are not on file yet, and order must hold.
    if (!ensureOpen() || !m_pending.isEmpty() || !m_unsaved.isEmpty())
        return {};
    const auto due = m_writer->outbox().due(limit, nowMs);
    if (!due) {
        qCWarning(lcStore) << "reading the outbox failed:" << m_writer->outbox().lastError().text();
        return {};
    }
    return *due;
}

bool ProgressStore::outboxWrite(const char *what, const std::function<bool(StoreOutbox &)> &change)
{
    if (!ensureOpen())
        return false;
    QSqlError error;
    const bool ok = transact(
        [&](StoreWriter &w) {
            if (change(w.outbox()))
                return true;
            // transact() reports the writer's error; the outbox's is the one that counts.
            qCWarning(lcStore) << "outbox:" << what << "failed:" << w.outbox().lastError().text();
            return false;
        },
        &error);
    if (ok)
        emit outboxChanged();
    return ok;
}

bool ProgressStore::markSent(const QList<qint64> &seqs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return outboxWrite("marking statements sent", [&](StoreOutbox &o) {
        return std::all_of(seqs.cbegin(), seqs.cend(),
                           [&](qint64 seq) { return o.markSent(seq, now); });
    });
}

bool ProgressStore::markRetry(const QList<qint64> &seqs, const QString &error, qint64 nextTryAtMs)
{
    return outboxWrite("scheduling a retry", [&](StoreOutbox &o) {
        return std::all_of(seqs.cbegin(), seqs.cend(),
                           [&](qint64 seq) { return o.retryLater(seq, error, nextTryAtMs); });
    });
}

bool ProgressStore::markQuarantined(qint64 seq, const QString &error)
{
    return outboxWrite("quarantining a statement", [&](StoreOutbox &o) { return o.quarantine(seq, error); });
}

OutboxStatus ProgressStore::outboxStatus()
{
    OutboxStatus status;
    if (ensureOpen()) {
        if (const auto read = m_writer->outbox().status())
            status = *read;
    }
    status.waiting += int(m_unsaved.size() + m_staged.size());
    return status;
}

QList<OutboxEntry> ProgressStore::quarantinedStatements()
{
    if (!ensureOpen())
        return {};
    return m_writer->outbox().quarantined().value_or(QList<OutboxEntry>{});
}

bool ProgressStore::retryQuarantined()
{
    return outboxWrite("putting refused statements back in line",
                       [](StoreOutbox &o) { return o.releaseQuarantined(); });
}

QList<OutboxStatement> ProgressStore::statementsOf(const QString &courseId)
{
    const QString reg = registration(courseId);
    QList<OutboxStatement> out;
    if (ensureOpen()) {
        if (const auto entries = m_writer->outbox().ofRegistration(reg)) {
            for (const OutboxEntry &e : *entries)
                out.append(e.statement);
        } else {
            qCWarning(lcStore) << "reading the outbox failed:"
                               << m_writer->outbox().lastError().text();
        }
    }
    for (const QList<OutboxStatement> *waiting : {&m_unsaved, &m_staged}) {
        for (const OutboxStatement &s : *waiting) {
            if (s.registration == reg && !out.contains(s))
                out.append(s);
        }
    }
    return out;
}

} // namespace leerpad
