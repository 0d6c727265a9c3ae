#include "ui/trainer/classreportdialog.h"

#include "core/results/activityids.h"
#include "core/results/lrsreader.h"
#include "ui/trainer/classreportpdf.h"
#include "ui/trainer/classreporttables.h"
#include "ui/trainer/questionchart.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leerpad {

ClassReportDialog::ClassReportDialog(QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_learners(classreport::makeTable(classreport::learnerHeaders(), tr("Leerlingen"), this)),
      m_questions(
          classreport::makeTable(classreport::questionHeaders(), tr("Vragen van de test"), this)),
      m_chart(new QuestionChart(this)), m_problemLabel(new QLabel(this))
{
    setAcceptDrops(true); // results files, or a folder of them, dropped from a file manager
    setWindowTitle(tr("Klasoverzicht"));
    // The question takes the room that is left, and is cut off rather than scrolled.
    // The wrong answer gets a fixed share (its tooltip has all of it), so a long option
    // text cannot push the question out of view either.
    m_questions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_questions->setColumnWidth(1, 300);
    m_questions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_questions->horizontalHeader()->setStretchLastSection(false);
    m_questions->horizontalHeader()->setSectionResizeMode(classreport::kTheoryColumn,
                                                          QHeaderView::Interactive);
    m_questions->setColumnWidth(classreport::kTheoryColumn, 240);
    // A question's theory page opens in the window: the rule to explain again.
    connect(m_questions, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QTableWidgetItem *theory = m_questions->item(item->row(), classreport::kTheoryColumn);
        const QString page = theory ? theory->data(Qt::UserRole).toString() : QString();
        if (!page.isEmpty())
            emit pageRequested(page);
    });
    m_filter->setPlaceholderText(tr("Zoek een leerling"));
    m_filter->setAccessibleName(tr("Leerlingen filteren op naam of studentnummer"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ClassReportDialog::applyFilter);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *addFiles =
        buttons->addButton(tr("&Bestanden toevoegen…"), QDialogButtonBox::ActionRole);
    QPushButton *addFolder =
        buttons->addButton(tr("&Map toevoegen…"), QDialogButtonBox::ActionRole);
    // In the row only with an LRS configured (setLrs): a button box shows what it holds.
    m_lrsButton = new QPushButton(tr("Uit de &LRS laden"), this);
    m_lrsButton->hide();
    QPushButton *save = buttons->addButton(tr("&Opslaan als tabel…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &ClassReportDialog::saveAs);
    connect(addFiles, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Resultatenbestanden van de klas"), {}, tr("Resultatenbestanden (*.json)"));
        if (!files.isEmpty())
            this->addFiles(files);
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Map met resultatenbestanden"));
        if (!folder.isEmpty())
            this->addFiles({folder});
    });
    connect(m_lrsButton, &QPushButton::clicked, this, [this] { loadFromLrs(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *questionsTitle = new QLabel(tr("Welke vragen gingen het vaakst fout?"), this);
    questionsTitle->setBuddy(m_questions);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_learners, 3);
    layout->addWidget(questionsTitle);
    layout->addWidget(m_chart);
    layout->addWidget(m_questions, 2);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    resize(1060, 680);
}

void ClassReportDialog::load(const QStringList &files, std::shared_ptr<const Course> course)
{
    m_course = std::move(course);
    m_files.clear();
    m_read.clear();
    addFiles(files);
}

void ClassReportDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        QStringList found;
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &name :
                 dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
                found << dir.filePath(name);
        } else {
            found << path;
        }
        for (const QString &file : std::as_const(found)) {
            if (m_files.contains(file))
                continue;
            m_files << file;
            m_read << xapi::readResultsFile(file); // once: adding more re-reads none
        }
    }
    refresh();
}

void ClassReportDialog::setLrs(const xapi::LrsConfig &config)
{
    m_lrs = config;
    if (config.isEnabled() && m_course) {
        m_buttons->addButton(m_lrsButton, QDialogButtonBox::ActionRole);
        m_lrsButton->show();
    } else {
        m_buttons->removeButton(m_lrsButton);
        m_lrsButton->hide();
    }
}

void ClassReportDialog::loadFromLrs(const std::function<void()> &done)
{
    if (!m_lrs.isEnabled() || !m_course)
        return;
    auto *reader = new xapi::LrsReader(m_lrs, this);
    m_lrsButton->setEnabled(false);
    m_summary->setText(tr("De resultaten worden uit de LRS gelezen…"));
    connect(reader, &xapi::LrsReader::finished, this, [this, reader, done] {
        reader->deleteLater();
        m_lrsButton->setEnabled(true);
        m_fromLrs = reader->results();
        m_lrsProblems.clear();
        if (!reader->error().isEmpty())
            m_lrsProblems << tr("De LRS kon niet worden gelezen: %1").arg(reader->error());
        for (const Diagnostic &d : reader->diagnostics())
            m_lrsProblems << d.toString();
        refresh();
        if (done)
            done();
    });
    reader->fetch(xapi::ActivityIds(m_lrs.activityBase, m_course->id).course());
}

void ClassReportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ClassReportDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

void ClassReportDialog::refresh()
{
    QList<xapi::LearnerResults> read = m_fromLrs;
    m_problems = m_lrsProblems;
    for (const xapi::ResultsReadResult &r : std::as_const(m_read)) {
        for (const Diagnostic &d : r.diagnostics)
            m_problems << d.toString();
        if (r.results)
            read << *r.results;
    }
    m_report = xapi::buildClassReport(read);
    for (const QString &skipped : std::as_const(m_report.skipped))
        m_problems << tr("Niet meegeteld: %1").arg(skipped);
    const bool nothingYet = m_files.isEmpty() && m_fromLrs.isEmpty() && m_lrsProblems.isEmpty();
    m_summary->setText(
        nothingYet ? tr("Voeg de resultatenbestanden van de klas toe, of sleep ze hierheen.")
        : read.isEmpty()
            ? tr("Geen van de bestanden kon worden gelezen.")
            : tr("%1 — leerlingen: %2").arg(m_report.courseTitle).arg(m_report.rows.size()));
    showReport();
}

void ClassReportDialog::showReport()
{
    classreport::fillLearners(m_learners, m_report, m_course.get());
    classreport::fillQuestions(m_questions, m_report, m_course.get());
    applyFilter();
    m_chart->setReport(m_report);
    m_problemLabel->setText(problemsText());
    m_problemLabel->setVisible(!m_problems.isEmpty());
}

void ClassReportDialog::applyFilter()
{
    const QString wanted = m_filter->text().trimmed();
    for (int row = 0; row < m_learners->rowCount(); ++row) {
        bool shown = wanted.isEmpty();
        for (int column : {0, 1})
            shown = shown ||
                    m_learners->item(row, column)->text().contains(wanted, Qt::CaseInsensitive);
        m_learners->setRowHidden(row, !shown);
    }
}

QString ClassReportDialog::problemsText() const
{
    return m_problems.isEmpty() ? QString() : tr("Niet gebruikt:\n%1").arg(m_problems.join(QLatin1Char('\n')));
}

void ClassReportDialog::saveAs()
{
    const QString csvFilter = tr("CSV voor een rekenblad (*.csv)");
    QString filter = csvFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Klasoverzicht opslaan"), m_report.courseId + QStringLiteral("-klas.csv"),
        csvFilter + QStringLiteral(";;") + tr("Tabellen met tabs (*.tsv)") + QStringLiteral(";;") +
            tr("PDF om af te drukken (*.pdf)"),
        &filter);
    if (path.isEmpty())
        return;
    save(path);
}

bool ClassReportDialog::save(const QString &path)
{
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        QString error;
        if (writeClassReportPdf(m_report, m_course.get(), path, &error))
            return true;
        QMessageBox failed(QMessageBox::Warning, windowTitle(),
                           tr("Het overzicht kon niet worden opgeslagen: %1").arg(error),
                           QMessageBox::Ok, this);
        failed.setTextFormat(Qt::PlainText);
        failed.exec();
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = path.endsWith(QStringLiteral(".tsv"), Qt::CaseInsensitive)
                                 ? xapi::classReportText(m_report).toUtf8()
                                 : xapi::classReportCsv(m_report);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox failed(QMessageBox::Warning, windowTitle(),
                           tr("Het overzicht kon niet worden opgeslagen: %1").arg(file.errorString()),
                           QMessageBox::Ok, this);
        failed.setTextFormat(Qt::PlainText);
        failed.exec();
        return false;
    }
    return true;
}

} // namespace leerpad
