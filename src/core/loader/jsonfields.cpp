#include "core/loader/jsonfields.h"

#include "core/loader/suggest.h"
#include "core/loader/textchecks.h"


#include <algorithm>
#include <span>

namespace leerpad {

void Reporter::error(const JsonValue &at, const QString &message)
{
    add({true, at.pointer(), message, {}, 0, 0});
}

void Reporter::warning(const JsonValue &at, const QString &message)
{
    add({false, at.pointer(), message, {}, 0, 0});
}

void Reporter::add(PendingDiagnostic d)
{
    m_errors += d.error ? 1 : 0;
    if (m_out.size() >= std::size_t(kMaxDiagnostics)) {
        ++m_dropped;
        return;
    }
    m_out.push_back(std::move(d));
}

void Reporter::checkText(const QString &text, const JsonValue &at)
{
    if (at.isString() && !mayNeedTextCheck(at.string()))
        return;
    if (const auto problem = checkCourseText(text))
        add({problem->error, at.pointer(), problem->message, {}, 0, 0});
}

void Reporter::finish()
{
    if (m_dropped > 0)
        m_out.push_back({m_errors > 0, "",
                         QStringLiteral("%1 more problems not shown; fix the ones above first")
                             .arg(m_dropped),
                         {}, 0, 0, true});
}

QString jsonTypeName(const JsonValue &value)
{
    switch (value.type()) {
    case JsonType::Null: return QStringLiteral("null");
    case JsonType::Object: return QStringLiteral("an object");
    case JsonType::Array: return QStringLiteral("an array");
    case JsonType::String: return QStringLiteral("a string");
    case JsonType::Boolean: return QStringLiteral("a boolean");
    case JsonType::Integer:
    case JsonType::Unsigned: return QStringLiteral("an integer");
    case JsonType::Float: return QStringLiteral("a decimal number");
    }
    return {};
}

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// ^[a-z0-9][a-z0-9._-]*$, by hand: this runs for every node of a course.
bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-')))
            return false;
    }
    return true;
}

Fields::Fields(const JsonValue &value, Reporter &reporter, const char *what)
    : m_object(value), m_valid(value.isObject()), m_reporter(reporter)
{
    if (!m_valid)
        reporter.error(value, QStringLiteral("%1 must be an object, not %2")
                                  .arg(QLatin1String(what), jsonTypeName(value)));
}

JsonValue Fields::at(std::string_view key) const
{
    const JsonValue v = get(key);
    return v.exists() ? v : m_object;
}

bool Fields::has(std::string_view key) const
{
    return get(key).exists();
}

JsonValue Fields::get(std::string_view key) const
{
    return m_valid ? m_object.find(key) : JsonValue();
}

void Fields::allowOnly(std::initializer_list<std::string_view> keys) const
{
    if (!m_valid)
        return;
    for (std::size_t i = 0; i < m_object.size(); ++i) {
        const std::string_view key = m_object.keyAt(i);
        if (key == "$schema" || std::find(keys.begin(), keys.end(), key) != keys.end())
            continue;
        const std::string near =
            closestMatch(key, std::span<const std::string_view>(keys.begin(), keys.size()));
        QString msg = QStringLiteral("unknown key '%1'").arg(toQString(key));
        if (!near.empty())
            msg += QStringLiteral("; did you mean '%1'?").arg(QString::fromStdString(near));
        m_reporter.warning(m_object.valueAt(i), msg);
    }
}

JsonValue Fields::stringValue(std::string_view key, bool required)
{
    const JsonValue v = get(key);
    if (!v.exists()) {
        if (required && m_valid)
            m_reporter.error(m_object, QStringLiteral("missing required key '%1'")
                                           .arg(QLatin1String(key.data(), key.size())));
        return {};
    }
    if (!v.isString()) {
        m_reporter.error(v, QStringLiteral("'%1' must be a string, not %2")
                                .arg(QLatin1String(key.data(), key.size()), jsonTypeName(v)));
        return {};
    }
    return v;
}

void Fields::reportEmpty(const JsonValue &v, std::string_view key)
{
    m_reporter.error(v, QStringLiteral("'%1' must not be empty")
                            .arg(QLatin1String(key.data(), key.size())));
}

std::optional<QString> Fields::string(std::string_view key, bool required, bool allowEmpty)
{
    const JsonValue v = stringValue(key, required);
    if (!v.exists())
        return std::nullopt;
    QString s = toQString(v.string());
    m_reporter.checkText(s, v);
    if (!allowEmpty && s.trimmed().isEmpty()) {
        reportEmpty(v, key);
        return std::nullopt;
    }
    return s;
}

std::optional<std::string_view> Fields::keyword(std::string_view key, bool required)
{
    const JsonValue v = stringValue(key, required);
    if (!v.exists())
        return std::nullopt;
    const std::string_view s = v.string();
    if (s.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        reportEmpty(v, key);
        return std::nullopt;
    }
    return s;
}

std::optional<QString> Fields::id(std::string_view key)
{
    auto s = string(key, true, true);
    if (!s)
        return std::nullopt;
    if (!isValidId(*s)) {
        m_reporter.error(get(key),
                         QStringLiteral("invalid id '%1': use lowercase letters, digits, '.', "
                                        "'_' and '-', starting with a letter or digit")
                             .arg(*s));
        return std::nullopt;
    }
    return s;
}

std::optional<bool> Fields::boolean(std::string_view key)
{
    const JsonValue v = get(key);
    if (!v.exists())
        return std::nullopt;
    if (!v.isBoolean()) {
        m_reporter.error(v, QStringLiteral("'%1' must be true or false, not %2")
                                .arg(QLatin1String(key.data(), key.size()), jsonTypeName(v)));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<long long> Fields::integer(std::string_view key, bool required, long long min,
                                         long long max)
{
    const JsonValue v = get(key);
    // Built only for a diagnostic: this runs for every object of a course.
    const auto name = [key] { return QString(QLatin1String(key.data(), qsizetype(key.size()))); };
    if (!v.exists()) {
        if (required && m_valid)
            m_reporter.error(m_object, QStringLiteral("missing required key '%1'").arg(name()));
        return std::nullopt;
    }
    if (!v.isInteger()) {
        m_reporter.error(v, QStringLiteral("'%1' must be a whole number, not %2")
                                .arg(name(), jsonTypeName(v)));
        return std::nullopt;
    }
    const long long n = v.isUnsigned() && v.toUInt64() > 1ULL << 62 ? max + 1 : v.toInt64();
    if (n < min || n > max) {
        m_reporter.error(v,
                         QStringLiteral("'%1' must be between %2 and %3").arg(name()).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

JsonValue Fields::array(std::string_view key, bool required, std::size_t minSize)
{
    const JsonValue v = get(key);
    // Built only for a diagnostic: this runs for every object of a course.
    const auto name = [key] { return QString(QLatin1String(key.data(), qsizetype(key.size()))); };
    if (!v.exists()) {
        if (required && m_valid)
            m_reporter.error(m_object, QStringLiteral("missing required key '%1'").arg(name()));
        return {};
    }
    if (!v.isArray()) {
        m_reporter.error(v, QStringLiteral("'%1' must be an array, not %2").arg(name(), jsonTypeName(v)));
        return {};
    }
    if (v.size() < minSize) {
        m_reporter.error(v, minSize == 1
                                             ? QStringLiteral("'%1' must not be empty").arg(name())
                                             : QStringLiteral("'%1' needs at least %2 entries")
                                                   .arg(name())
                                                   .arg(minSize));
        return {};
    }
    return v;
}

} // namespace leerpad
