#include "core/loader/webvtt.h"

#include "core/loader/loadertext.h"

#include <QStringList>

#include <vector>

namespace leerpad {

bool VttResult::ok() const
{
    for (const VttIssue &i : issues) {
        if (i.error)
            return false;
    }
    return true;
}

qint64 parseVttTimestamp(QStringView text)
{
    // [hours:]mm:ss.ttt, read in place: this runs twice per cue.
    const qsizetype lastColon = text.lastIndexOf(QLatin1Char(':'));
    if (lastColon < 0)
        return -1;
    const qsizetype firstColon = text.indexOf(QLatin1Char(':'));
    if (firstColon != lastColon && text.lastIndexOf(QLatin1Char(':'), lastColon - 1) != firstColon)
        return -1; // more than two colons
    const QStringView secPart = text.sliced(lastColon + 1);
    if (secPart.size() != 6 || secPart[2] != QLatin1Char('.'))
        return -1;
    bool ok = true;
    // Digits only, and a bounded count of them: an unbounded field would overflow.
    auto number = [&ok](QStringView s, qsizetype minDigits, qsizetype maxDigits) {
        if (s.size() < minDigits || s.size() > maxDigits) {
            ok = false;
            return 0LL;
        }
        long long n = 0;
        for (QChar c : s) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                ok = false;
                return 0LL;
            }
            n = n * 10 + (c.unicode() - '0');
        }
        return n;
    };
    const qint64 secs = number(secPart.first(2), 2, 2);
    const qint64 millis = number(secPart.sliced(3), 3, 3);
    const bool withHours = firstColon != lastColon;
    const qint64 mins =
        number(text.sliced(withHours ? firstColon + 1 : 0,
                           lastColon - (withHours ? firstColon + 1 : 0)),
               2, 2);
    const qint64 hours = withHours ? number(text.first(firstColon), 2, 6) : 0;
    if (!ok || secs > 59 || mins > 59)
        return -1;
    return ((hours * 60 + mins) * 60 + secs) * 1000 + millis;
}

namespace {

QString decodeEntities(QString s)
{
    if (!s.contains(QLatin1Char('&')))
        return s; // the common case: no copy, no six scans
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&nbsp;"), QString(QChar(0x00A0)));
    s.replace(QLatin1String("&lrm;"), QString(QChar(0x200E)));
    s.replace(QLatin1String("&rlm;"), QString(QChar(0x200F)));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

// Splits cue text into speaker (first <v> tag) and tag-free text.
void parseCuePayload(QStringView payload, Cue &cue)
{
    QString text;
    text.reserve(payload.size());
    for (qsizetype i = 0; i < payload.size();) {
        const qsizetype open = payload.indexOf(QLatin1Char('<'), i);
        if (open < 0) {
            text += payload.sliced(i);
            break;
        }
        text += payload.sliced(i, open - i);
        const qsizetype close = payload.indexOf(QLatin1Char('>'), open);
        if (close < 0) {
            text += payload.sliced(open);
            break;
        }
        const QStringView tag = payload.sliced(open + 1, close - open - 1);
        if (cue.speaker.isEmpty() && (tag.startsWith(QLatin1String("v ")) ||
                                      tag.startsWith(QLatin1String("v.")))) {
            const auto space = tag.indexOf(QLatin1Char(' '));
            cue.speaker = decodeEntities(tag.sliced(space + 1).trimmed().toString());
        }
        i = close + 1;
    }
    cue.text = decodeEntities(text).trimmed();
}

} // namespace

VttResult parseWebVtt(QByteArrayView utf8)
{
    VttResult result;
    auto issue = [&result](bool error, int line, int column, DiagnosticText message) {
        result.issues.append({error, line, column, std::move(message)});
    };
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8 = utf8.sliced(3);
    if (!utf8.isEmpty() && utf8.contains('\0')) {
        issue(true, 1, 1, LoaderText::tr("transcript contains NUL bytes; it is not a text file"));
        return result;
    }
    const QString text = QString::fromUtf8(utf8);
    // Views into text: one conversion, no copy per line.
    std::vector<QStringView> lines;
    for (qsizetype from = 0;;) {
        const qsizetype nl = text.indexOf(QLatin1Char('\n'), from);
        QStringView l = QStringView(text).sliced(from, (nl < 0 ? text.size() : nl) - from);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        lines.push_back(l);
        if (nl < 0)
            break;
        from = nl + 1;
    }
    const qsizetype lineCount = qsizetype(lines.size());
    if (lines.empty() || !(lines[0] == QLatin1String("WEBVTT") ||
                             lines[0].startsWith(QLatin1String("WEBVTT ")) ||
                             lines[0].startsWith(QLatin1String("WEBVTT\t")))) {
        issue(true, 1, 1, LoaderText::tr("a WebVTT file must start with 'WEBVTT'"));
        return result;
    }

    qsizetype i = 1;
    // Skip the header block.
    while (i < lineCount && !lines[i].isEmpty())
        ++i;
    while (i < lineCount) {
        if (lines[i].trimmed().isEmpty()) {
            ++i;
            continue;
        }
        const qsizetype blockStart = i;
        qsizetype end = i;
        while (end < lineCount && !lines[end].trimmed().isEmpty())
            ++end;
        if (lines[i].startsWith(QLatin1String("NOTE")) ||
            lines[i].startsWith(QLatin1String("STYLE")) ||
            lines[i].startsWith(QLatin1String("REGION"))) {
            i = end;
            continue;
        }
        qsizetype timing = i;
        if (!lines[timing].contains(QLatin1String("-->")))
            ++timing; // the first line is a cue identifier
        const int lineNo = int(timing) + 1;
        if (timing >= end || !lines[timing].contains(QLatin1String("-->"))) {
            issue(true, int(blockStart) + 1, 1,
                  LoaderText::tr("expected a cue timing line 'start --> end'"));
            i = end;
            continue;
        }
        const QStringView t = lines[timing];
        const auto arrow = t.indexOf(QLatin1String("-->"));
        const QStringView startText = t.left(arrow).trimmed();
        QStringView endText = t.mid(arrow + 3).trimmed();
        if (const auto sp = endText.indexOf(QLatin1Char(' ')); sp >= 0)
            endText.truncate(sp); // cue settings follow
        const qint64 start = parseVttTimestamp(startText);
        const qint64 stop = parseVttTimestamp(endText);
        if (start < 0 || stop < 0) {
            const int col = start < 0 ? 1 : int(arrow) + 5;
            issue(true, lineNo, col, LoaderText::tr("malformed timestamp (expected hh:mm:ss.ttt)"));
            i = end;
            continue;
        }
        if (stop < start) {
            issue(true, lineNo, 1, LoaderText::tr("cue ends before it starts"));
        } else if (!result.cues.isEmpty() && start < result.cues.last().startMs) {
            issue(true, lineNo, 1, LoaderText::tr("cue starts before the previous cue"));
        } else if (!result.cues.isEmpty() && start < result.cues.last().endMs) {
            issue(false, lineNo, 1, LoaderText::tr("cue overlaps the previous cue"));
        }
        Cue cue;
        cue.startMs = start;
        cue.endMs = stop;
        QString payload;
        for (qsizetype k = timing + 1; k < end; ++k) {
            if (k > timing + 1)
                payload += QLatin1Char(' ');
            payload += lines[k];
        }
        parseCuePayload(payload, cue);
        result.cues.append(cue);
        i = end;
    }
    if (result.cues.isEmpty() && result.ok())
        issue(false, 1, 1, LoaderText::tr("transcript has no cues"));
    return result;
}

} // namespace leerpad
