#pragma once

// Reads a course's results back from the LRS for the trainer's class report: GET
// ENDPOINT/statements?activity=COURSE&related_activities=true (every statement about the
// course or grouped under it), following `more` until the LRS has no more. The
// statements are sorted into one learner's registration each and read like a results
// file (statementsfile.h), so the report cannot tell an LRS from handed-in files.
// Asynchronous on the calling thread, like the sender.

#include "core/results/lrsconfig.h"
#include "core/results/resultsfile.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace leerpad::xapi {

class LrsReader : public QObject
{
    Q_OBJECT
public:
    explicit LrsReader(LrsConfig config, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // At most this many statements per page (the LRS's own default when 0).
    void setPageLimit(int limit) { m_pageLimit = limit; }

    // Starts reading; finished() follows, also on failure.
    void fetch(const QString &courseActivityId);
    bool isBusy() const { return m_reply != nullptr; }

    // After finished(): one entry per learner's registration, and what went wrong (empty
    // when every page came back).
    const QList<LearnerResults> &results() const { return m_results; }
    Diagnostics diagnostics() const { return m_diagnostics; }
    QString error() const { return m_error; }
    int statementCount() const { return m_count; }
    int pageCount() const { return m_pages; }

signals:
    void finished();

private:
    void get(const QUrl &url);
    void onFinished();
    void finish();

    LrsConfig m_config;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 30000;
    int m_pageLimit = 0;
    QList<QByteArray> m_statements; // each as the LRS sent it (compact JSON)
    QList<QString> m_keys;          // learner + registration of each
    QList<LearnerResults> m_results;
    Diagnostics m_diagnostics;
    QString m_error;
    int m_count = 0;
    int m_pages = 0;
};

} // namespace leerpad::xapi
