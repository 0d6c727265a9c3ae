#include "ui/trainer/handout.h"

#include "core/learning/practice.h"
#include "core/learning/scoring.h"
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
        out += QStringLiteral("<tr><td>") + tr("(geen uitgeschreven tekst beschikbaar)") + QStringLiteral("</td></tr>");
    return out + QStringLiteral("</table>");
}

// What the reader does on paper, by question type. The on-screen instruction ("Klik
// het juiste antwoord aan") is left out: it speaks of clicking.
QString paperInstruction(const Question &q)
{
    return q.type == Question::Type::Multiple ? tr("Kruis alle juiste antwoorden aan.")
                                              : tr("Kruis het juiste antwoord aan.");
}

QString questionHtml(const Question &q, bool withKey)
{
    QString out = QStringLiteral("<p><b>") + inlineToHtml(q.prompt) + QStringLiteral("</b>");
    if (withKey && q.added)
        out += QStringLiteral(" <i>[") + tr("toegevoegd") + QStringLiteral("]</i>");
    out += QStringLiteral("</p><p><i>") + esc(paperInstruction(q)) + QStringLiteral("</i></p>");
    // A box to tick before each option; in the trainer's copy the right ones are ticked.
    out += QStringLiteral("<ul style='list-style-type: none'>");
    // The practice's fixed shuffle, on both copies: the right answer is not always the
    // author's first option, and the trainer's key fits the learners' paper.
    for (const QString &id : practiceOptionOrder(q)) {
        const Option &o = *q.option(id);
        const bool correct = withKey && q.isCorrectOption(o.id);
        out += QStringLiteral("<li>") +
               (correct ? QStringLiteral("<b>\u2612 ") : QStringLiteral("\u2610 ")) + esc(o.text) +
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

// The self-test where the course has it (the page that says "ten questions" is followed
// by them), numbered as the learner sees them; for trainers with the score bands, whose
// {{score}} becomes the range each band covers.
QString selfTestHtml(const SelfTest &test, bool withKey)
{
    QString out;
    int n = 0;
    for (const Question &q : test.questions)
        out += QStringLiteral("<h3>") + tr("Vraag %1").arg(++n) + QStringLiteral("</h3>") + questionHtml(q, withKey);
    if (withKey && !test.bands.isEmpty()) {
        out += QStringLiteral("<h3>") + tr("Beoordeling") + QStringLiteral("</h3><ul>");
        for (int i = 0; i < test.bands.size(); ++i) {
            out += QStringLiteral("<li><b>") + tr("%1 goed:").arg(bandRangeText(test, i)) + QStringLiteral("</b> ") +
                   esc(bandFeedbackForRange(test, i)) + QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul>");
    }
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
            (options.withKey ? tr("Hand-out voor trainers, met antwoordsleutel")
                             : tr("Hand-out voor deelnemers")) +
            QStringLiteral("</p><p>") + tr("Versie %1").arg(esc(course.version)) +
            QStringLiteral("</p></div>");
    int done = 0;
    bool selfTestShown = false;
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
                else if (b.isSelfTest() && course.selfTest && !selfTestShown) {
                    html += selfTestHtml(*course.selfTest, options.withKey);
                    selfTestShown = true;
                }
            }
        }
        if (options.progress && !options.progress(++done, total))
            return nullptr;
    }
    // A course without a self-test page still has its test on paper: at the end.
    if (course.selfTest && !selfTestShown) {
        html += QStringLiteral("<h1 style='page-break-before: always'>") + esc(course.selfTest->title) +
                QStringLiteral("</h1>") + selfTestHtml(*course.selfTest, options.withKey);
    }
    if (course.selfTest && options.progress && !options.progress(++done, total))
        return nullptr;
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
