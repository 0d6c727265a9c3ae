#include "jsonfields.h"

#include "jsonpointer.h"
#include "suggest.h"
#include "textchecks.h"


#include <algorithm>
#include <span>

namespace leerpad {

using nlohmann::json;

void Reporter::error(const std::string &pointer, const QString &message)
{
    add({true, pointer, message, {}, 0, 0});
}

void Reporter::warning(const std::string &pointer, const QString &message)
{
    add({false, pointer, message, {}, 0, 0});
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

void Reporter::checkText(const QString &text, const std::string &pointer)
{
    if (const auto problem = checkCourseText(text))
        add({problem->error, pointer, problem->message, {}, 0, 0});
}

void Reporter::finish()
{
    if (m_dropped > 0)
        m_out.push_back({m_errors > 0, "",
                         QStringLiteral("%1 more problems not shown; fix the ones above first")
                             .arg(m_dropped),
                         {}, 0, 0});
}

QString jsonTypeName(const json &value)
{
    switch (value.type()) {
    case json::value_t::null: return QStringLiteral("null");
    case json::value_t::object: return QStringLiteral("an object");
    case json::value_t::array: return QStringLiteral("an array");
    case json::value_t::string: return QStringLiteral("a string");
    case json::value_t::boolean: return QStringLiteral("a boolean");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return QStringLiteral("an integer");
    case json::value_t::number_float: return QStringLiteral("a decimal number");
    default: return QStringLiteral("binary data");
    }
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

Fields::Fields(const json &value, std::string pointer, Reporter &reporter, const char *what)
    : m_pointer(std::move(pointer)), m_reporter(reporter)
{
    if (value.is_object())
        m_object = &value;
    else
        reporter.error(m_pointer, QStringLiteral("%1 must be an object, not %2")
                                      .arg(QLatin1String(what), jsonTypeName(value)));
}

std::string Fields::pointerOf(std::string_view key) const
{
    return jsonpointer::child(m_pointer, key);
}

bool Fields::has(std::string_view key) const
{
    return m_object && m_object->contains(key);
}

const json *Fields::get(std::string_view key) const
{
    if (!m_object)
        return nullptr;
    const auto it = m_object->find(key);
    return it == m_object->end() ? nullptr : &*it;
}

void Fields::allowOnly(std::initializer_list<std::string_view> keys) const
{
    if (!m_object)
        return;
    for (const auto &[key, value] : m_object->items()) {
        if (key == "$schema" || std::find(keys.begin(), keys.end(), key) != keys.end())
            continue;
        const std::string near =
            closestMatch(key, std::span<const std::string_view>(keys.begin(), keys.size()));
        QString msg = QStringLiteral("unknown key '%1'").arg(QString::fromStdString(key));
        if (!near.empty())
            msg += QStringLiteral("; did you mean '%1'?").arg(QString::fromStdString(near));
        m_reporter.warning(pointerOf(key), msg);
    }
}

std::optional<QString> Fields::string(std::string_view key, bool required, bool allowEmpty)
{
    const json *v = get(key);
    if (!v) {
        if (required && m_object)
            m_reporter.error(m_pointer, QStringLiteral("missing required key '%1'")
                                            .arg(QLatin1String(key.data(), key.size())));
        return std::nullopt;
    }
    if (!v->is_string()) {
        m_reporter.error(pointerOf(key), QStringLiteral("'%1' must be a string, not %2")
                                             .arg(QLatin1String(key.data(), key.size()),
                                                  jsonTypeName(*v)));
        return std::nullopt;
    }
    QString s = QString::fromStdString(v->get_ref<const std::string &>());
    m_reporter.checkText(s, pointerOf(key));
    if (!allowEmpty && s.trimmed().isEmpty()) {
        m_reporter.error(pointerOf(key), QStringLiteral("'%1' must not be empty")
                                             .arg(QLatin1String(key.data(), key.size())));
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
        m_reporter.error(pointerOf(key),
                         QStringLiteral("invalid id '%1': use lowercase letters, digits, '.', "
                                        "'_' and '-', starting with a letter or digit")
                             .arg(*s));
        return std::nullopt;
    }
    return s;
}

std::optional<bool> Fields::boolean(std::string_view key)
{
    const json *v = get(key);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        m_reporter.error(pointerOf(key), QStringLiteral("'%1' must be true or false, not %2")
                                             .arg(QLatin1String(key.data(), key.size()),
                                                  jsonTypeName(*v)));
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<long long> Fields::integer(std::string_view key, bool required, long long min,
                                         long long max)
{
    const json *v = get(key);
    const QString name = QLatin1String(key.data(), key.size());
    if (!v) {
        if (required && m_object)
            m_reporter.error(m_pointer, QStringLiteral("missing required key '%1'").arg(name));
        return std::nullopt;
    }
    if (!v->is_number_integer()) {
        m_reporter.error(pointerOf(key), QStringLiteral("'%1' must be a whole number, not %2")
                                             .arg(name, jsonTypeName(*v)));
        return std::nullopt;
    }
    const long long n = v->is_number_unsigned() && v->get<unsigned long long>() > 1ULL << 62
                            ? max + 1
                            : v->get<long long>();
    if (n < min || n > max) {
        m_reporter.error(pointerOf(key),
                         QStringLiteral("'%1' must be between %2 and %3").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

const json *Fields::array(std::string_view key, bool required, std::size_t minSize)
{
    const json *v = get(key);
    const QString name = QLatin1String(key.data(), key.size());
    if (!v) {
        if (required && m_object)
            m_reporter.error(m_pointer, QStringLiteral("missing required key '%1'").arg(name));
        return nullptr;
    }
    if (!v->is_array()) {
        m_reporter.error(pointerOf(key),
                         QStringLiteral("'%1' must be an array, not %2").arg(name, jsonTypeName(*v)));
        return nullptr;
    }
    if (v->size() < minSize) {
        m_reporter.error(pointerOf(key), minSize == 1
                                             ? QStringLiteral("'%1' must not be empty").arg(name)
                                             : QStringLiteral("'%1' needs at least %2 entries")
                                                   .arg(name)
                                                   .arg(minSize));
        return nullptr;
    }
    return v;
}

} // namespace leerpad
