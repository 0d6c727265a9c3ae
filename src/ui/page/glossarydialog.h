#pragma once

// View → Begrippenlijst: every glossary term of the course, alphabetically, with a
// search field and the selected term's definition.

#include "core/model/course.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace leerpad {

class GlossaryDialog : public QDialog
{
    Q_OBJECT
public:
    GlossaryDialog(const QList<GlossaryEntry> &glossary, QWidget *parent = nullptr);

    void selectTerm(const QString &termId);
    QStringList visibleTerms() const;
    QString shownDefinition() const;

private:
    void applyFilter(const QString &text);
    void showCurrent();

    QList<GlossaryEntry> m_entries; // sorted by term
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_term;
    QLabel *m_definition;
};

} // namespace leerpad
