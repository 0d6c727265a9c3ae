#include "core/loader/diagnostic.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace leerpad {

DiagnosticText DiagnosticText::verbatim(QString text)
{
    DiagnosticText t;
    t.m_verbatim = std::move(text);
    return t;
}

DiagnosticText DiagnosticText::arg(const QString &value) const
{
    return arg(verbatim(value));
}

DiagnosticText DiagnosticText::arg(const DiagnosticText &phrase) const
{
    DiagnosticText t = *this;
    t.m_args.push_back(phrase);
    return t;
}

QString DiagnosticText::render(bool translate) const
{
    if (!m_source)
        return m_verbatim;
    const QString pattern = translate ? QCoreApplication::translate(m_context, m_source)
                                      : QString::fromUtf8(m_source);
    if (m_args.empty())
        return pattern;
    // %1 … %9 (no message has more values); any other '%' is text.
    QString out;
    out.reserve(pattern.size() + 16 * qsizetype(m_args.size()));
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('%') && i + 1 < pattern.size()) {
            const int n = pattern[i + 1].digitValue();
            if (n >= 1 && std::size_t(n) <= m_args.size()) {
                out += m_args[std::size_t(n) - 1].render(translate);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

void Diagnostic::setText(DiagnosticText words)
{
    message = words.english();
    text = std::move(words);
}

QString Diagnostic::localizedMessage() const
{
    return text.isEmpty() ? message : text.translated();
}

QString Diagnostic::toString() const
{
    return format(message);
}

QString Diagnostic::toLocalizedString() const
{
    return format(localizedMessage());
}

QString Diagnostic::format(const QString &words) const
{
    QString out = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        out += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            out += QLatin1Char(':') + QString::number(column);
    }
    out += isError() ? QStringLiteral(": error: ") : QStringLiteral(": warning: ");
    out += words;
    if (!pointer.isEmpty())
        out += QStringLiteral(" [") + pointer + QLatin1Char(']');
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

bool hasBlockingErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError() && !d.opensAnyway; });
}

int countErrors(const Diagnostics &diagnostics)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &d) { return d.isError(); }));
}

} // namespace leerpad
