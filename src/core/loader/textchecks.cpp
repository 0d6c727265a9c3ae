#include "core/loader/textchecks.h"

#include "core/loader/loadertext.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstring>

namespace leerpad {

static QString codePoint(char16_t u)
{
    return QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

namespace {

// Exact test of one byte (and what follows it) for what checkCourseText reports.
bool suspicious(const unsigned char *p, std::size_t k, std::size_t n)
{
    const unsigned char c = p[k];
    if (c < 0x20)
        return c != '\t' && c != '\n';
    if (c == '<')
        return true;
    if (c == 0xE2 && k + 2 < n) { // U+202A..U+202E and U+2066..U+2069
        const unsigned char b1 = p[k + 1];
        const unsigned char b2 = p[k + 2];
        return (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
    }
    return false;
}

} // namespace

bool mayNeedTextCheck(std::string_view utf8)
{
    // Characters never outnumber bytes: short in bytes means short in characters.
    if (utf8.size() > std::size_t(kLongTextChars))
        return true;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const std::size_t n = utf8.size();
    // Eight bytes at a time: any byte below 0x20, equal to '<' or to 0xE2 (the lead byte
    // of U+2000..U+2FFF) marks the word for an exact look.
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    const auto hasZero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        const std::uint64_t below = (w - kOnes * 0x20) & ~w & kHighs;
        if (!(below | hasZero(w ^ (kOnes * '<')) | hasZero(w ^ (kOnes * 0xE2))))
            continue;
        for (std::size_t k = i; k < i + 8; ++k) {
            if (suspicious(p, k, n))
                return true;
        }
    }
    for (; i < n; ++i) {
        if (suspicious(p, i, n))
            return true;
    }
    return false;
}

std::optional<TextProblem> checkCourseText(const QString &text)
{
    if (text.size() > kMaxStringChars)
        return TextProblem{true, LoaderText::tr("text is %1 characters long; the limit is %2")
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
            return TextProblem{false, LoaderText::tr("text contains a bidirectional control "
                                                     "character (U+%1) that can disguise what it "
                                                     "says")
                                          .arg(codePoint(u))};
        if (u < 0x20 && u != '\t' && u != '\n')
            return TextProblem{false, LoaderText::tr("text contains the control character U+%1")
                                          .arg(codePoint(u))};
    }
    // Only strings with '<' can look like markup.
    if (hasAngle) {
        static const QRegularExpression tag(
            QStringLiteral("<\\s*/?\\s*[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>"));
        const auto m = tag.match(text);
        if (m.hasMatch())
            return TextProblem{false, LoaderText::tr("text contains HTML-like markup '%1'; it is "
                                                     "shown literally, not as HTML")
                                          .arg(m.captured(0).left(40))};
    }
    if (text.size() > kLongTextChars)
        return TextProblem{false, LoaderText::tr("text is %1 characters long; consider splitting "
                                                 "it for learners")
                                      .arg(text.size())};
    return std::nullopt;
}

} // namespace leerpad
