#include "core/progress/storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leerpad::storecodec {

namespace {

QStringList idsFromArray(const QJsonArray &array)
{
    QStringList ids;
    ids.reserve(array.size());
    for (const QJsonValue &v : array)
        ids << v.toString();
    return ids;
}

} // namespace

// Lists of ids are stored as compact JSON; see storeschema.cpp for why.
QString toJson(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QString toJson(const QMap<QString, QStringList> &map)
{
    QJsonObject object; // sorted keys: the same map always gives the same text
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJson(const QSet<QString> &ids)
{
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    return toJson(sorted);
}

// Rows are only ever written by this code, so malformed JSON means outside damage that
// quick_check cannot see; it reads as "nothing chosen" rather than failing the course.
QStringList idsFromJson(const QVariant &value)
{
    return idsFromArray(QJsonDocument::fromJson(value.toString().toUtf8()).array());
}

QSet<QString> setFromJson(const QVariant &value)
{
    const QStringList ids = idsFromJson(value);
    return QSet<QString>(ids.cbegin(), ids.cend());
}

QMap<QString, QStringList> mapFromJson(const QVariant &value)
{
    QMap<QString, QStringList> map;
    const QJsonObject object = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), idsFromArray(it.value().toArray()));
    return map;
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant optionalValue(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace leerpad::storecodec
