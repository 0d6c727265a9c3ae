#pragma once

// Typed, diagnosing access to the members of one JSON object in a course file.
// Every accessor reports what is wrong (missing, wrong type, empty) with a JSON
// pointer and carries on, so one pass collects all problems.

#include "coursebuilder.h"

#include <initializer_list>
#include <string_view>

namespace leerpad {

// Collects diagnostics, like a compiler's -fmax-errors: a hostile file with a million
// bad entries yields a bounded list, not a million lines.
class Reporter
{
public:
    static constexpr int kMaxDiagnostics = 200;

    explicit Reporter(std::vector<PendingDiagnostic> &out) : m_out(out) {}
    void error(const std::string &pointer, const QString &message);
    void warning(const std::string &pointer, const QString &message);
    void add(PendingDiagnostic d);
    // Checks any string read from the course (limits, markup, hidden characters).
    void checkText(const QString &text, const std::string &pointer);
    int errorCount() const { return m_errors; }
    // Appends a closing note when diagnostics were dropped.
    void finish();

private:
    std::vector<PendingDiagnostic> &m_out;
    int m_errors = 0;
    int m_dropped = 0;
};

QString jsonTypeName(const nlohmann::json &value);

class Fields
{
public:
    // Reports (and returns false) when value is not an object.
    Fields(const nlohmann::json &value, std::string pointer, Reporter &reporter,
           const char *what);

    bool valid() const { return m_object != nullptr; }
    const std::string &pointer() const { return m_pointer; }
    std::string pointerOf(std::string_view key) const;
    bool has(std::string_view key) const;
    const nlohmann::json *get(std::string_view key) const;

    // Unknown keys become warnings, with a "did you mean" when one is close.
    void allowOnly(std::initializer_list<std::string_view> keys) const;

    std::optional<QString> string(std::string_view key, bool required, bool allowEmpty = false);
    std::optional<QString> id(std::string_view key = "id");
    std::optional<bool> boolean(std::string_view key);
    std::optional<long long> integer(std::string_view key, bool required, long long min,
                                     long long max);
    // Returns nullptr (after reporting) when missing-and-required, wrong type or too short.
    const nlohmann::json *array(std::string_view key, bool required, std::size_t minSize);

private:
    const nlohmann::json *m_object = nullptr;
    std::string m_pointer;
    Reporter &m_reporter;
};

bool isValidId(const QString &id);

} // namespace leerpad
