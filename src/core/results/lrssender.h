#pragma once

// Delivers the progress store's outbox to a Learning Record Store: POST
// ENDPOINT/statements with a batch (a JSON array, oldest first), X-Experience-API-Version
// 1.0.3 and Basic auth, fully asynchronous on the thread that owns the store. What the
// answer means is deliverypolicy.h; a statement leaves the outbox only once the LRS said
// it has it, so a crash at any moment re-sends it with the same id and the LRS keeps
// one. The head of the outbox waits out its back-off and everything behind waits with
// it, so the LRS receives every registration's statements in the order they happened.

#include "core/progress/storetypes.h"
#include "core/results/lrsconfig.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace leerpad {
class ProgressStore;
}

namespace leerpad::xapi {

class LrsSender : public QObject
{
    Q_OBJECT
public:
    // The store must outlive the sender.
    LrsSender(ProgressStore *store, LrsConfig config, QObject *parent = nullptr);

    // For tests: the clock (ms since the epoch) and the random source of the jitter.
    void setClock(std::function<qint64()> nowMs);
    void setRandom(std::function<double()> random01);
    void setBatchLimit(int limit) { m_batchLimit = qMax(1, limit); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Sends what is due now, then whatever becomes due (the store's outboxChanged and a
    // timer for the next back-off both wake it).
    void start();
    bool isBusy() const { return m_reply != nullptr; }
    bool isStopped() const { return !m_stopReason.isEmpty(); }
    // Learner text for a status line: empty when all was sent.
    QString statusText();

signals:
    // A batch is on its way (the POST was made): for tests that kill the player mid-batch.
    void batchPosted(qint64 firstSeq, int count);
    // A batch was answered (whatever the answer): for the status line and tests.
    void batchFinished();
    // The LRS refused the credentials (401/403): sending stops, said once.
    void stopped(const QString &reason);

private:
    void schedule(qint64 delayMs);
    void sendDue();
    void onFinished();

    ProgressStore *m_store;
    LrsConfig m_config;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QPointer<QNetworkReply> m_reply;
    QList<OutboxEntry> m_inFlight;
    std::function<qint64()> m_now;
    std::function<double()> m_random;
    int m_batchLimit = 50;
    int m_timeoutMs = 30000;
    int m_singlesLeft = 0; // after a refused batch: this many go one by one
    QString m_stopReason;
};

} // namespace leerpad::xapi
