#include "core/results/lrssender.h"

#include "core/logging.h"
#include "core/progress/progressstore.h"
#include "core/results/deliverypolicy.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace leerpad::xapi {

LrsSender::LrsSender(ProgressStore *store, LrsConfig config, QObject *parent)
    : QObject(parent), m_store(store), m_config(std::move(config)),
      m_network(new QNetworkAccessManager(this)), m_timer(new QTimer(this)),
      m_now([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LrsSender::sendDue);
    // A new statement on file: send it soon, in the same turn of the event loop as
    // nothing else (a page turn writes several; they go as one batch).
    connect(m_store, &ProgressStore::outboxChanged, this, [this] {
        if (!m_reply && !isStopped() && !m_timer->isActive())
            schedule(0);
    });
}

void LrsSender::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

void LrsSender::setRandom(std::function<double()> random01)
{
    m_random = std::move(random01);
}

void LrsSender::start()
{
    schedule(0);
}

void LrsSender::schedule(qint64 delayMs)
{
    m_timer->start(int(std::clamp<qint64>(delayMs, 0, 3600 * 1000)));
}

void LrsSender::sendDue()
{
    if (m_reply || isStopped() || !m_config.isEnabled())
        return;
    const int limit = m_singlesLeft > 0 ? 1 : m_batchLimit;
    const qint64 now = m_now();
    m_inFlight = m_store->dueStatements(limit, now);
    if (m_inFlight.isEmpty()) {
        // Either all is sent, or the head waits: wake when it is due.
        const OutboxStatus status = m_store->outboxStatus();
        if (status.waiting > 0 && status.nextTryAtMs > now)
            schedule(status.nextTryAtMs - now);
        return;
    }
    QByteArray body = "[";
    for (qsizetype i = 0; i < m_inFlight.size(); ++i) {
        if (i)
            body += ',';
        body += m_inFlight.at(i).statement.body;
    }
    body += ']';
    QNetworkRequest request = lrsRequest(m_config, m_config.statementsUrl(), m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_reply = m_network->post(request, body);
    connect(m_reply, &QNetworkReply::finished, this, &LrsSender::onFinished);
    qCDebug(lcResults) << "sending" << m_inFlight.size() << "statement(s), first seq"
                       << m_inFlight.first().seq;
    emit batchPosted(m_inFlight.first().seq, int(m_inFlight.size()));
}

void LrsSender::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reply that timed out is closed: nothing to read, and Qt's "Operation canceled"
    // would not tell the learner what happened.
    const QByteArray answer = reply->isOpen() ? reply->readAll().left(2000) : QByteArray();
    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
    // The count is worked out first: lupdate 6.4 hangs on a translate() whose %n argument
    // is a call with a division in it.
    const int seconds = qMax(1, m_timeoutMs / 1000);
    QString error = reply->errorString();
    if (status)
        error = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(answer).trimmed());
    else if (timedOut)
        error = QCoreApplication::translate("LrsSender", "geen antwoord van de LRS binnen %n s",
                                            nullptr, seconds);
    QList<qint64> seqs;
    for (const OutboxEntry &e : std::as_const(m_inFlight))
        seqs.append(e.seq);
    const int batch = int(m_inFlight.size());
    bool again = false;
    switch (classify(status, batch)) {
    case Delivery::Delivered:
        m_store->markSent(seqs);
        if (m_singlesLeft > 0)
            --m_singlesLeft;
        again = true;
        break;
    case Delivery::Split:
        qCInfo(lcResults) << "the LRS refused a batch of" << batch
                          << "; sending them one by one:" << error;
        m_singlesLeft = batch;
        again = true;
        break;
    case Delivery::Quarantine:
        qCWarning(lcResults).noquote() << "statement" << m_inFlight.first().statement.id
                                       << "refused by the LRS, kept aside:" << error;
        m_store->markQuarantined(seqs.first(), error);
        if (m_singlesLeft > 0)
            --m_singlesLeft;
        again = true;
        break;
    case Delivery::Stop:
        m_stopReason = error;
        qCWarning(lcResults).noquote()
            << "the LRS refused the credentials; sending stops:" << error;
        emit stopped(error);
        break;
    case Delivery::Retry: {
        const int failures = m_inFlight.first().attempts + 1;
        const qint64 wait = backoffMs(failures, m_random());
        qCInfo(lcResults).noquote() << "sending failed (" << error << "); try" << failures + 1
                                    << "in" << wait / 1000 << "s";
        m_store->markRetry(seqs, error, m_now() + wait);
        schedule(wait);
        break;
    }
    }
    m_inFlight.clear();
    emit batchFinished();
    if (again)
        schedule(0);
}

QString LrsSender::statusText()
{
    const OutboxStatus status = m_store->outboxStatus();
    if (isStopped())
        return QCoreApplication::translate("LrsSender",
                                           "De resultaten kunnen niet worden verstuurd: %1")
            .arg(m_stopReason);
    if (status.waiting == 0 && status.quarantined == 0)
        return {};
    // Refused ones are kept for the trainer; with nothing else waiting, they are the news.
    QString text =
        status.waiting > 0
            ? QCoreApplication::translate("LrsSender", "%n resultaten nog niet verstuurd", nullptr,
                                          status.waiting)
            : QCoreApplication::translate("LrsSender", "%n resultaten geweigerd door de LRS",
                                          nullptr, status.quarantined);
    if (!status.lastError.isEmpty())
        text += QStringLiteral(" (%1)").arg(status.lastError);
    return text;
}

} // namespace leerpad::xapi
