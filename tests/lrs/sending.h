#pragma once

// What the results tests share: a configuration for a test endpoint, running the sender
// until the outbox is empty, and the statement ids of outbox entries and LRS answers.

#include "core/progress/storetypes.h"
#include "core/results/lrsconfig.h"

#include <limits>
#include <QJsonArray>
#include <QStringList>
#include <QUrl>

namespace leerpad {
class ProgressStore;
namespace xapi {
class LrsSender;
}
} // namespace leerpad

namespace leerpad::test {

// "Any time from now on": every statement the outbox holds is due.
inline constexpr qint64 kAll = std::numeric_limits<qint64>::max();

xapi::LrsConfig configFor(const QUrl &endpoint);

// Runs the event loop until the outbox has nothing left to send (or `ms` pass).
bool drain(ProgressStore &store, xapi::LrsSender &sender, int ms = 30000);

QStringList idsOf(const QList<OutboxEntry> &entries);
QStringList idsOf(const QJsonArray &statements);

} // namespace leerpad::test
