#pragma once

// The trainer's view of a class (Bestand → Klasoverzicht…, Ctrl+K): the results files
// the learners handed in (chosen, a whole folder, or dropped on the dialog) and, when an
// LRS is configured, the course's statements in the LRS, read by the core
// (core/results/classreport.h, lrsreader.h) and shown as two tables — the learners with a
// ✓/✗ per self-test question, and the questions most often wrong with the wrong answer
// chosen most, above them a bar per question — with every file that could not be used
// and why. It only shows; the core decides.

#include "core/loader/diagnostic.h"
#include "core/results/classreport.h"
#include "core/results/lrsconfig.h"

#include <functional>
#include <memory>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace leerpad {

class QuestionChart;

class ClassReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClassReportDialog(QWidget *parent = nullptr);

    // Reads the files (a folder: the .json files in it) and shows what they say. With the
    // course they are about (the one open in the window), each question is shown with its
    // text, not only its id, and the LRS is asked about that course.
    void load(const QStringList &files, std::shared_ptr<const Course> course = {});
    // Adds files or folders to those shown (a drop, or the buttons).
    void addFiles(const QStringList &paths);
    // Offers "Uit de LRS laden" for the course, when the configuration is enabled.
    void setLrs(const xapi::LrsConfig &config);
    // Reads the course's statements from the LRS; `done` runs when they are shown.
    void loadFromLrs(const std::function<void()> &done = {});
    QPushButton *lrsButton() const { return m_lrsButton; }
    QStringList files() const { return m_files; }
    QLineEdit *filter() const { return m_filter; }
    const xapi::ClassReport &report() const { return m_report; }
    QTableWidget *learnersTable() const { return m_learners; }
    QTableWidget *questionsTable() const { return m_questions; }
    QuestionChart *chart() const { return m_chart; }
    QString problemsText() const;
    // Writes the tables: CSV for a spreadsheet, tab-separated for a name ending in .tsv, a
    // printable PDF in the hand-out's style for .pdf.
    // A failure is said in a message box; returns whether the file was written.
    bool save(const QString &path);

signals:
    // The trainer opened a question's theory page (Enter or a double click on its row).
    void pageRequested(const QString &pageId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void saveAs();
    void refresh();
    void showReport();
    void applyFilter();

    // Shared, not borrowed: a live reload may replace the window's course while the
    // report is open.
    std::shared_ptr<const Course> m_course;
    QStringList m_files;
    QList<xapi::ResultsReadResult> m_read; // of each file, in m_files' order
    QList<xapi::LearnerResults> m_fromLrs;
    QStringList m_lrsProblems;
    xapi::LrsConfig m_lrs;
    xapi::ClassReport m_report;
    QStringList m_problems;
    QPushButton *m_lrsButton;
    QDialogButtonBox *m_buttons;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTableWidget *m_learners;
    QTableWidget *m_questions;
    QuestionChart *m_chart;
    QLabel *m_problemLabel;
};

} // namespace leerpad
