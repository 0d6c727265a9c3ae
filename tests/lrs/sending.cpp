#include "sending.h"

#include "core/progress/progressstore.h"
#include "core/results/lrssender.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

namespace leerpad::test {

xapi::LrsConfig configFor(const QUrl &endpoint)
{
    xapi::LrsConfig c;
    c.endpoint = endpoint;
    c.key = QStringLiteral("leerpad");
    c.secret = QStringLiteral("test");
    return c;
}

bool drain(ProgressStore &store, xapi::LrsSender &sender, int ms)
{
    QElapsedTimer t;
    t.start();
    sender.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!sender.isBusy() && store.outboxStatus().waiting == 0)
            return true;
    }
    return false;
}

QStringList idsOf(const QList<OutboxEntry> &entries)
{
    QStringList ids;
    for (const OutboxEntry &e : entries)
        ids << e.statement.id;
    return ids;
}

QStringList idsOf(const QJsonArray &statements)
{
    QStringList ids;
    for (const QJsonValue &s : statements)
        ids << s[QStringLiteral("id")].toString();
    return ids;
}

} // namespace leerpad::test
