#pragma once

// Reading a results file's fields one by one, collecting every problem with its JSON
// pointer instead of stopping at the first, so a trainer sees all that is wrong with a
// file at once. Shared by the two shapes a results file has (resultsfile.h).

#include "core/loader/diagnostic.h"
#include "core/loader/jsondoc.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace leerpad::xapi {

// Reads the fields of a parsed file, collecting each problem with its JSON pointer.
class FieldReader
{
public:
    struct Problem
    {
        std::string pointer;
        QString message;
    };
    std::vector<Problem> problems;

    void fail(const JsonValue &at, const QString &message)
    {
        problems.push_back({at.pointer(), message});
    }

    JsonValue member(const JsonValue &object, const char *key, JsonType type, bool required = true)
    {
        const JsonValue v = object.find(key);
        if (!v.exists()) {
            if (required)
                problems.push_back({object.pointer() + "/" + key,
                                    QStringLiteral("'%1' is missing").arg(QLatin1String(key))});
            return {};
        }
        const bool ok = type == JsonType::Integer ? v.isInteger() : v.type() == type;
        if (!ok) {
            fail(v, QStringLiteral("'%1' must be %2").arg(QLatin1String(key), typeName(type)));
            return {};
        }
        return v;
    }
    QString text(const JsonValue &object, const char *key, bool required = true)
    {
        const JsonValue v = member(object, key, JsonType::String, required);
        return v.exists() ? QString::fromUtf8(v.string().data(), qsizetype(v.string().size()))
                          : QString();
    }
    std::optional<int> number(const JsonValue &object, const char *key, int low, int high,
                              bool required = true)
    {
        const JsonValue v = member(object, key, JsonType::Integer, required);
        if (!v.exists())
            return std::nullopt;
        if (v.toInt64() < low || v.toInt64() > high) {
            fail(v, QStringLiteral("'%1' must be from %2 to %3")
                        .arg(QLatin1String(key))
                        .arg(low)
                        .arg(high));
            return std::nullopt;
        }
        return int(v.toInt64());
    }
    QDateTime time(const JsonValue &object, const char *key)
    {
        const QString s = text(object, key);
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!s.isEmpty() && !t.isValid())
            fail(object.find(key), QStringLiteral("'%1' is not a time like 2026-12-07T09:30:00Z")
                                       .arg(QLatin1String(key)));
        return t;
    }
    QStringList ids(const JsonValue &object, const char *key)
    {
        QStringList out;
        const JsonValue list = member(object, key, JsonType::Array);
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!list[i].isString()) {
                fail(list[i], QStringLiteral("an id must be a string"));
                continue;
            }
            out << QString::fromUtf8(list[i].string().data(), qsizetype(list[i].string().size()));
        }
        return out;
    }

private:
    static QString typeName(JsonType type)
    {
        switch (type) {
        case JsonType::String:
            return QStringLiteral("a string");
        case JsonType::Integer:
            return QStringLiteral("a whole number");
        case JsonType::Boolean:
            return QStringLiteral("true or false");
        case JsonType::Array:
            return QStringLiteral("an array");
        case JsonType::Object:
            return QStringLiteral("an object");
        default:
            return QStringLiteral("a value");
        }
    }
};

// One located diagnostic: FILE:LINE:COL from the byte offset.
Diagnostic diagnosticAt(const QString &file, const QByteArray &bytes, std::size_t offset,
                        const std::string &pointer, const QString &message);

// The reader's problems as located diagnostics, in the order they were found.
Diagnostics locatedProblems(const FieldReader &reader, const QByteArray &bytes,
                            const QString &fileName);

} // namespace leerpad::xapi
