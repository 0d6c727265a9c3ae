#pragma once

// Typed, diagnosing access to the members of one JSON object in a course file.
// Every accessor reports what is wrong (missing, wrong type, empty) at the offending
// value and carries on, so one pass collects all problems. A diagnostic's JSON
// pointer is derived from the value only when it is reported.

#include "core/loader/coursebuilder.h"
#include "core/loader/jsondoc.h"

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
    void error(const JsonValue &at, DiagnosticText message);
    void warning(const JsonValue &at, DiagnosticText message);
    void add(PendingDiagnostic d);
    // Checks any string read from the course (limits, markup, hidden characters).
    void checkText(const QString &text, const JsonValue &at);
    // Errors that stop the course from opening (not those it opens anyway with).
    int errorCount() const { return m_errors; }
    // Appends a closing note when diagnostics were dropped.
    void finish();

private:
    std::vector<PendingDiagnostic> &m_out;
    int m_errors = 0;
    int m_dropped = 0;
};

// "an object", "a string": for messages such as "'%1' must be a string, not %2".
DiagnosticText jsonTypeName(const JsonValue &value);
QString toQString(std::string_view utf8);

class Fields
{
public:
    // Reports (and returns false) when value is not an object; what names it in the
    // message ("a page": LoaderText::tr("a page")).
    Fields(const JsonValue &value, Reporter &reporter, const DiagnosticText &what);

    bool valid() const { return m_valid; }
    // Where diagnostics about the whole object point.
    const JsonValue &value() const { return m_object; }
    // Where diagnostics about a member point: its value, or the object when it is absent.
    JsonValue at(std::string_view key) const;
    bool has(std::string_view key) const;
    JsonValue get(std::string_view key) const; // absent handle when missing

    // Unknown keys become warnings, with a "did you mean" when one is close.
    void allowOnly(std::initializer_list<std::string_view> keys) const;

    std::optional<QString> string(std::string_view key, bool required, bool allowEmpty = false);
    std::optional<QString> id(std::string_view key = "id");
    // A keyword that is compared, never stored or shown as text (kind, type, origin):
    // the same diagnostics as string(), without making a QString.
    std::optional<std::string_view> keyword(std::string_view key, bool required);
    std::optional<bool> boolean(std::string_view key);
    std::optional<long long> integer(std::string_view key, bool required, long long min,
                                     long long max);
    // Returns an absent handle (after reporting) when missing-and-required, wrong type
    // or too short.
    JsonValue array(std::string_view key, bool required, std::size_t minSize);

private:
    // The member when it is a string; otherwise reports (missing, wrong type) and
    // returns an absent handle.
    JsonValue stringValue(std::string_view key, bool required);
    void reportEmpty(const JsonValue &v, std::string_view key);

    JsonValue m_object;
    bool m_valid = false;
    Reporter &m_reporter;
};

bool isValidId(const QString &id);

} // namespace leerpad
