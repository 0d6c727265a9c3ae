#pragma once

// Trainer view: the outline of the course shown (counts, audio length, media per page).

#include <QDockWidget>

class QTreeWidget;

namespace leerpad {

struct Course;

class OutlineDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit OutlineDock(QWidget *parent = nullptr);

    void setCourse(const Course *course);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace leerpad
