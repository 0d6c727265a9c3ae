#include "textchecks.h"

#include <QRegularExpression>

namespace leerpad {

static QString codePoint(char16_t u)
{
    return QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

std::optional<TextProblem> checkCourseText(const QString &text)
{
    if (text.size() > kMaxStringChars)
        return TextProblem{true, QStringLiteral("text is %1 characters long; the limit is %2")
                                     .arg(text.size())
                                     .arg(kMaxStringChars)};
    // One pass for everything suspicious; almost every character is printable and
    // below U+2000, so the common path is two comparisons per character.
    bool hasAngle = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x2000) {
            hasAngle |= u == '<';
            continue;
        }
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return TextProblem{false, QStringLiteral("text contains a bidirectional control "
                                                     "character (U+%1) that can disguise what it "
                                                     "says")
                                          .arg(codePoint(u))};
        if (u < 0x20 && u != '\t' && u != '\n')
            return TextProblem{false, QStringLiteral("text contains the control character U+%1")
                                          .arg(codePoint(u))};
    }
    // Only strings with '<' can look like markup.
    if (hasAngle) {
        static const QRegularExpression tag(
            QStringLiteral("<\\s*/?\\s*[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>"));
        const auto m = tag.match(text);
        if (m.hasMatch())
            return TextProblem{false, QStringLiteral("text contains HTML-like markup '%1'; it is "
                                                     "shown literally, not as HTML")
                                          .arg(m.captured(0).left(40))};
    }
    if (text.size() > kLongTextChars)
        return TextProblem{false, QStringLiteral("text is %1 characters long; consider splitting "
                                                 "it for learners")
                                      .arg(text.size())};
    return std::nullopt;
}

} // namespace leerpad
