#include "ui/page/inlinehtml.h"

namespace leerpad {

QString inlineToHtml(const InlineText &text)
{
    QString html;
    for (const InlineRun &run : text) {
        const QString escaped = run.text.toHtmlEscaped();
        switch (run.style) {
        case InlineRun::Style::Plain:
            html += escaped;
            break;
        case InlineRun::Style::Emphasis:
            html += QStringLiteral("<i>") + escaped + QStringLiteral("</i>");
            break;
        case InlineRun::Style::Term: // no popups in labels or print; the term still stands out
            html += QStringLiteral("<u>") + escaped + QStringLiteral("</u>");
            break;
        case InlineRun::Style::Strong:
            html += QStringLiteral("<b>") + escaped + QStringLiteral("</b>");
            break;
        }
    }
    return html;
}

} // namespace leerpad
