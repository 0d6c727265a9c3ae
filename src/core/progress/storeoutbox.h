#pragma once

// The outbox table's rows (storeschema.cpp, versions 2 and 3) through statements prepared once
// per connection. Like StoreWriter it runs no transactions: a statement is put in the
// transaction of the progress change it reports.

#include "core/progress/storetypes.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace leerpad {

class StoreOutbox
{
public:
    explicit StoreOutbox(const QSqlDatabase &db);

    bool prepare();
    QSqlError lastError() const { return m_error; }

    // A statement id already there is left as it is: the first body stays the one sent.
    bool put(const OutboxStatement &statement, qint64 createdAtMs);
    // The oldest statements not quarantined, in event order, at most `limit`; empty when
    // the oldest is not due yet at `nowMs` (later ones wait behind it, so order holds).
    std::optional<QList<OutboxEntry>> due(int limit, qint64 nowMs);
    // The LRS has it. The row stays (see ofRegistration) but is never sent again.
    bool markSent(qint64 seq, qint64 sentAtMs);
    bool retryLater(qint64 seq, const QString &error, qint64 nextTryAtMs);
    bool quarantine(qint64 seq, const QString &error);
    // Every quarantined statement back in line, as new: the trainer asked for it.
    bool releaseQuarantined();
    std::optional<OutboxStatus> status();
    std::optional<QList<OutboxEntry>> quarantined();
    // Every statement of a registration, sent or not, in event order; not the ones the
    // LRS refused as invalid.
    std::optional<QList<OutboxEntry>> ofRegistration(const QString &registration);

private:
    bool run(QSqlQuery &query, const QVariantList &values);
    std::optional<QList<OutboxEntry>> readEntries(QSqlQuery &query, const QVariantList &values);

    QSqlError m_error;
    QSqlQuery m_put, m_due, m_sent, m_retry, m_quarantine, m_count, m_oldest, m_quarantined,
        m_ofRegistration, m_release;
};

} // namespace leerpad
