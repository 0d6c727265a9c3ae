#include "ui/trainer/classreportpdf.h"

#include "ui/trainer/classreporttables.h"

#include <memory>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTableWidget>
#include <QTextDocument>

namespace leerpad {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing namespace: look them up there.
    return QCoreApplication::translate("leerpad", text);
}

// The table as the window shows it (same cells, same order), escaped: it is data.
QString tableHtml(const QTableWidget &t)
{
    QString html =
        QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (int c = 0; c < t.columnCount(); ++c) {
        if (!t.isColumnHidden(c)) // as the window shows it
            html += QStringLiteral("<th>") + t.horizontalHeaderItem(c)->text().toHtmlEscaped() +
                    QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr>");
    for (int r = 0; r < t.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < t.columnCount(); ++c) {
            if (t.isColumnHidden(c))
                continue;
            const QTableWidgetItem *item = t.item(r, c);
            html += QStringLiteral("<td>") + (item ? item->text().toHtmlEscaped() : QString()) +
                    QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

bool writeClassReportPdf(const xapi::ClassReport &report, const Course *course,
                         const QString &pdfPath, QString *error)
{
    QTableWidget learners(0, 0);
    learners.setColumnCount(int(classreport::learnerHeaders().size()));
    learners.setHorizontalHeaderLabels(classreport::learnerHeaders());
    classreport::fillLearners(&learners, report, course);
    QTableWidget questions(0, 0);
    questions.setColumnCount(int(classreport::questionHeaders().size()));
    questions.setHorizontalHeaderLabels(classreport::questionHeaders());
    classreport::fillQuestions(&questions, report, course);

    const QString title = report.courseTitle.isEmpty() ? report.courseId : report.courseTitle;
    const QString html = QStringLiteral("<html><body><h1>") + tr("Klasoverzicht") +
                         QStringLiteral("</h1><h2>") + title.toHtmlEscaped() +
                         QStringLiteral("</h2><p>") +
                         tr("%1 leerlingen · %2")
                             .arg(report.rows.size())
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)) +
                         QStringLiteral("</p>") + tableHtml(learners) +
                         QStringLiteral("<h2 style='page-break-before: always'>") +
                         tr("Welke vragen gingen het vaakst fout?") + QStringLiteral("</h2>") +
                         tableHtml(questions) + QStringLiteral("</body></html>");
    QFile probe(pdfPath);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Kan %1 niet schrijven: %2").arg(pdfPath, probe.errorString());
        return false;
    }
    probe.close();
    QTextDocument doc;
    doc.setHtml(html);
    QPdfWriter writer(pdfPath);
    writer.setTitle(tr("Klasoverzicht") + QStringLiteral(" — ") + title);
    writer.setCreator(QStringLiteral("Leerpad"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape); // a column per question
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    doc.print(&writer);
    return true;
}

} // namespace leerpad
