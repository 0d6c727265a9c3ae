#include "ui/trainer/classreportdialog.h"

#include "core/results/activityids.h"
#include "core/results/lrsreader.h"
#include "ui/trainer/questionchart.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leerpad {

namespace {

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTextElideMode(Qt::ElideRight);
    t->setWordWrap(false);
    t->setAccessibleName(name);
    return t;
}

void put(QTableWidget *t, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text); // plain text: names come from files
    item->setToolTip(text);                   // a long question is cut off in its cell
    t->setItem(row, column, item);
}

} // namespace

ClassReportDialog::ClassReportDialog(QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)),
      m_learners(table({tr("Leerling"), tr("Studentnummer"), tr("Pagina's"), tr("Oefeningen goed"),
                        tr("Pogingen"), tr("Beste score"), tr("Geslaagd"), tr("Laatste activiteit")},
                       tr("Leerlingen"), this)),
      m_questions(table({tr("Fout in beste pogingen"), tr("Vaakst gekozen fout antwoord"),
                         tr("Vraag van de test")},
                        tr("Vragen van de test"), this)),
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_learners, 3);
    layout->addWidget(questionsTitle);
    layout->addWidget(m_chart);
    layout->addWidget(m_questions, 2);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    resize(1060, 680);
}

void ClassReportDialog::load(const QStringList &files, const Course *course)
{
    m_course = course;
    m_files.clear();
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
            if (!m_files.contains(file))
                m_files << file;
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
    for (const QString &file : std::as_const(m_files)) {
        const xapi::ResultsReadResult r = xapi::readResultsFile(file);
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
    const Course *course = m_course;
    QHash<QString, QString> prompts;
    QHash<QString, QString> optionTexts; // "question/option" -> the option's text
    if (course && course->id == m_report.courseId && course->selfTest) {
        for (const Question &q : course->selfTest->questions) {
            prompts.insert(q.id, plainText(q.prompt));
            for (const Option &o : q.options)
                optionTexts.insert(q.id + QLatin1Char('/') + o.id, o.text);
            // xAPI reports a true/false answer as "true" or "false": the first option says true.
            if (q.type == Question::Type::TrueFalse && q.options.size() == 2) {
                optionTexts.insert(q.id + QStringLiteral("/true"), q.options.at(0).text);
                optionTexts.insert(q.id + QStringLiteral("/false"), q.options.at(1).text);
            }
        }
    }
    // A column per question: the grid of who got what right in their best attempt.
    const int fixed = 8;
    m_learners->setColumnCount(fixed + int(m_report.questionIds.size()));
    for (int c = 0; c < m_report.questionIds.size(); ++c) {
        const QString &id = m_report.questionIds.at(c);
        auto *header = new QTableWidgetItem(QString::number(c + 1));
        header->setToolTip(prompts.value(id, id));
        header->setData(Qt::AccessibleTextRole, tr("Vraag %1").arg(c + 1));
        m_learners->setHorizontalHeaderItem(fixed + c, header);
    }
    m_learners->setRowCount(int(m_report.rows.size()));
    for (int i = 0; i < m_report.rows.size(); ++i) {
        const xapi::ClassRow &r = m_report.rows.at(i);
        put(m_learners, i, 0, r.learner);
        put(m_learners, i, 1, r.studentNumber);
        put(m_learners, i, 2, tr("%1 van %2").arg(r.pagesCompleted).arg(r.pageCount));
        put(m_learners, i, 3, tr("%1 van %2").arg(r.practiceCorrect).arg(r.practiceChecked));
        put(m_learners, i, 4, QString::number(r.attempts));
        put(m_learners, i, 5, r.bestScore ? tr("%1 van %2").arg(*r.bestScore).arg(m_report.maxScore) : tr("nog niet"));
        put(m_learners, i, 6, !r.passed ? QString() : *r.passed ? tr("ja") : tr("nee"));
        put(m_learners, i, 7, QLocale().toString(r.exportedAt.toLocalTime(), QLocale::ShortFormat));
        for (int c = 0; c < m_report.questionIds.size(); ++c) {
            const QString &id = m_report.questionIds.at(c);
            if (!r.right.contains(id))
                continue;
            const bool right = r.right.value(id);
            // A mark to see, a word to hear: a screen reader says "goed", not "check mark".
            put(m_learners, i, fixed + c, right ? QStringLiteral("✓") : QStringLiteral("✗"));
            QTableWidgetItem *item = m_learners->item(i, fixed + c);
            item->setData(Qt::AccessibleTextRole, right ? tr("goed") : tr("fout"));
            item->setToolTip(prompts.value(id, id));
            item->setTextAlignment(Qt::AlignCenter);
            item->setForeground(right ? QColor(0x1b, 0x6e, 0x2d) : QColor(0xb0, 0x1c, 0x1c));
        }
    }
    m_questions->setRowCount(int(m_report.questions.size()));
    for (int i = 0; i < m_report.questions.size(); ++i) {
        const xapi::QuestionStat &q = m_report.questions.at(i);
        const QString prompt = prompts.value(q.questionId);
        // The count first: a long question must not push it out of view.
        put(m_questions, i, 0, tr("%1 van %2").arg(q.wrong).arg(q.answered));
        QStringList answer;
        for (const QString &option : q.commonWrongAnswer.split(QLatin1Char('+'), Qt::SkipEmptyParts))
            answer << optionTexts.value(q.questionId + QLatin1Char('/') + option, option);
        put(m_questions, i, 1,
            q.commonWrongCount ? tr("%n keer: %1", nullptr, q.commonWrongCount)
                                     .arg(answer.join(QStringLiteral(" + ")))
                               : QString());
        put(m_questions, i, 2, prompt.isEmpty() ? q.questionId : QStringLiteral("%1 — %2").arg(q.questionId, prompt));
    }
    m_chart->setReport(m_report);
    m_problemLabel->setText(problemsText());
    m_problemLabel->setVisible(!m_problems.isEmpty());
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
        csvFilter + QStringLiteral(";;") + tr("Tabellen met tabs (*.tsv)"), &filter);
    if (path.isEmpty())
        return;
    save(path);
}

bool ClassReportDialog::save(const QString &path)
{
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
