#include "ui/trainer/handout.h"

#include "core/model/answerkey.h"
#include "ui/page/inlinehtml.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace leerpad {
namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing namespace: look them up there.
    return QCoreApplication::translate("leerpad", text);
}

// Course text is data: every string goes through toHtmlEscaped() before it meets markup.
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}


QString textBlockHtml(const TextBlock &t)
{
    QString out;
    for (const TextElement &e : t.content) {
        switch (e.type) {
        case TextElement::Type::Paragraph: out += QStringLiteral("<p>") + inlineToHtml(e.text) + QStringLiteral("</p>"); break;
        case TextElement::Type::Heading: out += QStringLiteral("<h4>") + inlineToHtml(e.text) + QStringLiteral("</h4>"); break;
        case TextElement::Type::Quote:
            out += QStringLiteral("<blockquote><i>") + inlineToHtml(e.text) + QStringLiteral("</i></blockquote>");
            break;
        case TextElement::Type::BulletList:
        case TextElement::Type::NumberedList: {
            const bool numbered = e.type == TextElement::Type::NumberedList;
            out += numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
            for (const InlineText &item : e.items)
                out += QStringLiteral("<li>") + inlineToHtml(item) + QStringLiteral("</li>");
            out += numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
            break;
        }
        }
    }
    return out;
}

QString transcriptHtml(const AudioBlock &a)
{
    QString out = QStringLiteral("<p><b>") + tr("Gesprek:") + QStringLiteral("</b> ") + esc(a.title) +
                  QStringLiteral("</p><table cellspacing='0' cellpadding='3'>");
    for (const Cue &c : a.cues) {
        out += QStringLiteral("<tr><td valign='top'><b>") + esc(c.speaker) +
               QStringLiteral("</b></td><td>") + esc(c.text) + QStringLiteral("</td></tr>");
    }
    if (a.cues.isEmpty())
        out += QStringLiteral("<tr><td>") + tr("(geen transcript beschikbaar)") + QStringLiteral("</td></tr>");
    return out + QStringLiteral("</table>");
}

QString questionHtml(const Question &q, bool withKey)
{
    QString out = QStringLiteral("<p><b>") + inlineToHtml(q.prompt) + QStringLiteral("</b>");
    if (withKey && q.added)
        out += QStringLiteral(" <i>[") + tr("toegevoegd") + QStringLiteral("]</i>");
    out += QStringLiteral("</p>");
    if (!q.instruction.isEmpty())
        out += QStringLiteral("<p><i>") + esc(q.instruction) + QStringLiteral("</i></p>");
    out += QStringLiteral("<ul>");
    for (const Option &o : q.options) {
        const bool correct = withKey && q.isCorrectOption(o.id);
        out += QStringLiteral("<li>") + (correct ? QStringLiteral("<b>✔ ") : QString()) + esc(o.text) +
               (correct ? QStringLiteral(" (") + tr("juist antwoord") + QStringLiteral(")</b>") : QString()) +
               QStringLiteral("</li>");
    }
    out += QStringLiteral("</ul>");
    if (withKey && !q.explanation.isEmpty())
        out += QStringLiteral("<p><b>") + tr("Uitleg:") + QStringLiteral("</b> ") + esc(q.explanation) +
               QStringLiteral("</p>");
    if (withKey && !q.note.isEmpty())
        out += QStringLiteral("<p><b>") + tr("Notitie voor trainers:") + QStringLiteral("</b> ") +
               esc(q.note) + QStringLiteral("</p>");
    return out;
}

QString keyTableHtml(const Course &course)
{
    QString out = QStringLiteral("<h1 style='page-break-before: always'>") + tr("Antwoordsleutel") +
                  QStringLiteral("</h1><table border='1' cellspacing='0' cellpadding='4'><tr><th>") +
                  tr("Vraag") + QStringLiteral("</th><th>") + tr("Juist antwoord") +
                  QStringLiteral("</th></tr>");
    for (const Question *q : allQuestions(course)) {
        QStringList texts;
        for (const QString &id : q->correct) {
            if (const Option *o = q->option(id))
                texts << esc(o->text);
        }
        out += QStringLiteral("<tr><td>") + esc(q->id) + QStringLiteral("</td><td>") +
               texts.join(QStringLiteral("<br>")) + QStringLiteral("</td></tr>");
    }
    return out + QStringLiteral("</table>");
}

} // namespace

std::unique_ptr<QTextDocument> buildHandout(const Course &course, const HandoutOptions &options)
{
    const int total = int(course.sections.size()) + (course.selfTest ? 1 : 0);
    QString html = QStringLiteral("<html><body><div align='center'><br><br><br><h1>") + esc(course.title) +
                   QStringLiteral("</h1>");
    if (!course.subtitle.isEmpty())
        html += QStringLiteral("<h2>") + esc(course.subtitle) + QStringLiteral("</h2>");
    html += QStringLiteral("<p>") +
            (options.withKey ? tr("Handout voor trainers, met antwoordsleutel")
                             : tr("Handout voor deelnemers")) +
            QStringLiteral("</p><p>") + tr("Versie %1").arg(esc(course.version)) +
            QStringLiteral("</p></div>");
    int done = 0;
    for (const Section &s : course.sections) {
        html += QStringLiteral("<h1 style='page-break-before: always'>") + esc(s.title) + QStringLiteral("</h1>");
        for (const Page &p : s.pages) {
            html += QStringLiteral("<h2>") + esc(p.title) + QStringLiteral("</h2>");
            for (const Block &b : p.blocks) {
                if (const TextBlock *t = b.text())
                    html += textBlockHtml(*t);
                else if (const AudioBlock *a = b.audio())
                    html += transcriptHtml(*a);
                else if (const Question *q = b.question())
                    html += questionHtml(*q, options.withKey);
            }
        }
        if (options.progress && !options.progress(++done, total))
            return nullptr;
    }
    if (course.selfTest) {
        html += QStringLiteral("<h1 style='page-break-before: always'>") + esc(course.selfTest->title) +
                QStringLiteral("</h1>");
        int n = 0;
        for (const Question &q : course.selfTest->questions) {
            html += QStringLiteral("<h3>") + tr("Vraag %1").arg(++n) + QStringLiteral("</h3>") +
                    questionHtml(q, options.withKey);
        }
        if (options.withKey) {
            html += QStringLiteral("<h3>") + tr("Beoordeling") + QStringLiteral("</h3><ul>");
            for (const ScoreBand &band : course.selfTest->bands)
                html += QStringLiteral("<li>") + tr("Vanaf %1 goed:").arg(band.minScore) +
                        QStringLiteral(" ") + esc(band.feedback) + QStringLiteral("</li>");
            html += QStringLiteral("</ul>");
        }
        if (options.progress && !options.progress(++done, total))
            return nullptr;
    }
    if (options.withKey)
        html += keyTableHtml(course);
    html += QStringLiteral("</body></html>");

    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(html);
    return doc;
}

bool exportHandoutPdf(const Course &course, const QString &pdfPath, const HandoutOptions &options,
                      QString *error)
{
    std::unique_ptr<QTextDocument> doc = buildHandout(course, options);
    if (!doc) {
        if (error)
            *error = tr("Het exporteren is afgebroken.");
        return false;
    }
    QFile probe(pdfPath);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Kan %1 niet schrijven: %2").arg(pdfPath, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(pdfPath);
    writer.setTitle(course.title);
    writer.setCreator(QStringLiteral("Leerpad"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    doc->print(&writer);
    return true;
}

} // namespace leerpad
