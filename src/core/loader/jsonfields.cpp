#include "core/loader/jsonfields.h"

#include "core/loader/loadertext.h"
#include "core/loader/suggest.h"
#include "core/loader/textchecks.h"

#include <algorithm>
#include <span>

namespace leerpad {

void Reporter::error(const JsonValue &at, DiagnosticText message)
{
    add({true, at.pointer(), std::move(message), {}, 0, 0});
}

void Reporter::warning(const JsonValue &at, DiagnosticText message)
{
    add({false, at.pointer(), std::move(message), {}, 0, 0});
}

void Reporter::add(PendingDiagnostic d)
{
    m_errors += d.error && !d.opensAnyway ? 1 : 0;
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
                         LoaderText::tr("%1 more problems not shown; fix the ones above first")
                             .arg(m_dropped),
                         {}, 0, 0, true});
}

DiagnosticText jsonTypeName(const JsonValue &value)
{
    switch (value.type()) {
    case JsonType::Null: return DiagnosticText::verbatim(QStringLiteral("null")); // JSON's word
    case JsonType::Object: return LoaderText::tr("an object");
    case JsonType::Array: return LoaderText::tr("an array");
    case JsonType::String: return LoaderText::tr("a string");
    case JsonType::Boolean: return LoaderText::tr("a boolean");
    case JsonType::Integer:
    case JsonType::Unsigned: return LoaderText::tr("an integer");
    case JsonType::Float: return LoaderText::tr("a decimal number");
    }
    return {};
}

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

namespace {
// A key the loader asks for, as a message shows it. Made only for a diagnostic: the
// accessors run for every object of a course.
QString keyName(std::string_view key)
{
    return QString(QLatin1String(key.data(), qsizetype(key.size())));
}
} // namespace

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

Fields::Fields(const JsonValue &value, Reporter &reporter, const DiagnosticText &what)
    : m_object(value), m_valid(value.isObject()), m_reporter(reporter)
{
    if (!m_valid)
        reporter.error(value, LoaderText::tr("%1 must be an object, not %2")
                                  .arg(what)
                                  .arg(jsonTypeName(value)));
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
        m_reporter.warning(m_object.valueAt(i),
                           near.empty() ? LoaderText::tr("unknown key '%1'").arg(toQString(key))
                                        : LoaderText::tr("unknown key '%1'; did you mean '%2'?")
                                              .arg(toQString(key))
                                              .arg(QString::fromStdString(near)));
    }
}

JsonValue Fields::stringValue(std::string_view key, bool required)
{
    const JsonValue v = get(key);
    if (!v.exists()) {
        if (required && m_valid)
            m_reporter.error(m_object,
                             LoaderText::tr("missing required key '%1'").arg(keyName(key)));
        return {};
    }
    if (!v.isString()) {
        m_reporter.error(v, LoaderText::tr("'%1' must be a string, not %2")
                                .arg(keyName(key))
                                .arg(jsonTypeName(v)));
        return {};
    }
    return v;
}

void Fields::reportEmpty(const JsonValue &v, std::string_view key)
{
    m_reporter.error(v, LoaderText::tr("'%1' must not be empty").arg(keyName(key)));
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
                         LoaderText::tr("invalid id '%1': use lowercase letters, digits, '.', "
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
        m_reporter.error(v, LoaderText::tr("'%1' must be true or false, not %2")
                                .arg(keyName(key))
                                .arg(jsonTypeName(v)));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<long long> Fields::integer(std::string_view key, bool required, long long min,
                                         long long max)
{
    const JsonValue v = get(key);
    if (!v.exists()) {
        if (required && m_valid)
            m_reporter.error(m_object,
                             LoaderText::tr("missing required key '%1'").arg(keyName(key)));
        return std::nullopt;
    }
    if (!v.isInteger()) {
        m_reporter.error(v, LoaderText::tr("'%1' must be a whole number, not %2")
                                .arg(keyName(key))
                                .arg(jsonTypeName(v)));
        return std::nullopt;
    }
    const long long n = v.isUnsigned() && v.toUInt64() > 1ULL << 62 ? max + 1 : v.toInt64();
    if (n < min || n > max) {
        m_reporter.error(v, LoaderText::tr("'%1' must be between %2 and %3")
                                .arg(keyName(key))
                                .arg(min)
                                .arg(max));
        return std::nullopt;
    }
    return n;
}

JsonValue Fields::array(std::string_view key, bool required, std::size_t minSize)
{
    const JsonValue v = get(key);
    if (!v.exists()) {
        if (required && m_valid)
            m_reporter.error(m_object,
                             LoaderText::tr("missing required key '%1'").arg(keyName(key)));
        return {};
    }
    if (!v.isArray()) {
        m_reporter.error(v, LoaderText::tr("'%1' must be an array, not %2")
                                .arg(keyName(key))
                                .arg(jsonTypeName(v)));
        return {};
    }
    if (v.size() < minSize) {
        m_reporter.error(v, minSize == 1
                                ? LoaderText::tr("'%1' must not be empty").arg(keyName(key))
                                : LoaderText::tr("'%1' needs at least %2 entries")
                                      .arg(keyName(key))
                                      .arg(minSize));
        return {};
    }
    return v;
}

} // namespace leerpad
