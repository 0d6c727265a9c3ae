#pragma once

// How the store's values become SQLite column values and back: id lists as compact
// JSON, times as UTC milliseconds, "not set" as NULL.

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace leerpad::storecodec {

QString toJson(const QStringList &ids);
QString toJson(const QHash<QString, QStringList> &map);
// Malformed JSON reads as empty (see the .cpp).
QStringList idsFromJson(const QVariant &value);
QHash<QString, QStringList> mapFromJson(const QVariant &value);

QVariant timeValue(const QDateTime &time); // NULL for an invalid time
QDateTime timeFrom(const QVariant &value);

QVariant optionalValue(const std::optional<int> &value);
std::optional<int> optionalFrom(const QVariant &value);

} // namespace leerpad::storecodec
