#pragma once

// How the store's values become SQLite column values and back: id lists as compact
// JSON, times as UTC milliseconds, "not set" as NULL.

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace leerpad::storecodec {

QString toJson(const QStringList &ids);
QString toJson(const QMap<QString, QStringList> &map);
QString toJson(const QSet<QString> &ids); // sorted, so equal sets give equal text
// Malformed JSON reads as empty (see the .cpp).
QStringList idsFromJson(const QVariant &value);
QMap<QString, QStringList> mapFromJson(const QVariant &value);
QSet<QString> setFromJson(const QVariant &value);

QVariant timeValue(const QDateTime &time); // NULL for an invalid time
QDateTime timeFrom(const QVariant &value);

QVariant optionalValue(const std::optional<int> &value);
std::optional<int> optionalFrom(const QVariant &value);

} // namespace leerpad::storecodec
