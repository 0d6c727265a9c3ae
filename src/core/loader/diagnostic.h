#pragma once

// A located problem in a course file. Rendered GCC-style so editors and IDEs can
// jump to it: FILE:LINE:COL: error: message [json-pointer]

#include <QList>
#include <QString>

#include <concepts>
#include <vector>

namespace leerpad {

// What a diagnostic says: an English template from a translation catalogue and the
// values that fill its %1, %2, … It is translated when it is shown, not when it is
// made. The player loads its first course before it knows the interface's language
// (it takes it from the course) and prints that load's diagnostics in English; the
// window shows the same diagnostics in its own language afterwards. Tools read the
// English, which never depends on the translators installed.
class DiagnosticText
{
public:
    DiagnosticText() = default;
    // source and context must outlive the text: string literals. LoaderText::tr() (in
    // core/loader/loadertext.h) makes these, so that lupdate finds them.
    DiagnosticText(const char *context, const char *source) : m_context(context), m_source(source)
    {
    }
    // Words that are the same in every language: a value from the course, a key, a
    // number, another program's message.
    static DiagnosticText verbatim(QString text);

    // Fill the next marker (%1 first), as QString::arg() does, but in one pass when the
    // text is rendered, so a value that contains "%2" is shown as it is.
    DiagnosticText arg(const QString &value) const;
    DiagnosticText arg(const char *) const = delete; // a phrase to translate needs LoaderText::tr()
    template <std::integral T>
        requires(!std::same_as<T, bool>)
    DiagnosticText arg(T number) const
    {
        return arg(QString::number(number));
    }
    // A phrase from a catalogue ("an object"), translated together with the message.
    DiagnosticText arg(const DiagnosticText &phrase) const;

    bool isEmpty() const { return !m_source && m_verbatim.isEmpty(); }
    QString english() const { return render(false); }
    // Through the translators installed when this is called; English without them.
    QString translated() const { return render(true); }

private:
    QString render(bool translate) const;

    const char *m_context = nullptr;
    const char *m_source = nullptr; // null: m_verbatim is the whole text
    QString m_verbatim;
    std::vector<DiagnosticText> m_args;
};

struct Diagnostic
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based, in characters (not bytes); 0 when unknown
    QString pointer; // RFC 6901 JSON pointer; empty for syntax errors
    QString message; // English: what tools and logs read
    DiagnosticText text; // the same message, to translate when it is shown; may be empty
    // An error the course opens with all the same (a missing media file in the player):
    // still an error -- --validate fails, the panel counts it -- but not a blocking one.
    bool opensAnyway = false;

    bool isError() const { return severity == Severity::Error; }
    // Sets text, and message to its English.
    void setText(DiagnosticText words);
    // The message in the interface's language (the installed translators).
    QString localizedMessage() const;
    // FILE:LINE:COL: error: message [pointer], in English: stable for tools.
    QString toString() const;
    // The same line for the interface: the message is translated; the location and the
    // words "error" and "warning" are as in toString(), as compilers print them.
    QString toLocalizedString() const;

private:
    QString format(const QString &words) const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
// Errors that stop a course from opening: every error but those it opens anyway with.
bool hasBlockingErrors(const Diagnostics &diagnostics);
int countErrors(const Diagnostics &diagnostics);

} // namespace leerpad
