#pragma once

// The trainer's view of a class (Bestand → Klasoverzicht…): the results files the
// learners handed in, read by the core (core/results/classreport.h) and shown as two
// tables — the learners with a ✓/✗ per self-test question, and the questions most often
// wrong with the wrong answer chosen most — with every file that could not be used and
// why. It only shows; the core decides.

#include "core/loader/diagnostic.h"
#include "core/results/classreport.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace leerpad {

class ClassReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClassReportDialog(QWidget *parent = nullptr);

    // Reads the files and shows what they say. With the course they are about (the one
    // open in the window), each question is shown with its text, not only its id.
    void load(const QStringList &files, const Course *course = nullptr);
    const xapi::ClassReport &report() const { return m_report; }
    QTableWidget *learnersTable() const { return m_learners; }
    QTableWidget *questionsTable() const { return m_questions; }
    QString problemsText() const;
    // Writes the tables: CSV for a spreadsheet, or tab-separated for a name ending in .tsv.
    // A failure is said in a message box; returns whether the file was written.
    bool save(const QString &path);

private:
    void saveAs();

    xapi::ClassReport m_report;
    QStringList m_problems;
    QLabel *m_summary;
    QTableWidget *m_learners;
    QTableWidget *m_questions;
    QLabel *m_problemLabel;
};

} // namespace leerpad
