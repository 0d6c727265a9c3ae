#pragma once

// Trainer view: the outline of the course shown (counts, audio length, media per page).

#include <QDockWidget>

#include <memory>

class QTreeWidget;

namespace leerpad {

struct Course;

class OutlineDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit OutlineDock(QWidget *parent = nullptr);

    // Only trainers open the outline: while the dock is hidden the course is kept and
    // the outline is built when it is shown (or asked for), not at every load.
    void setCourse(std::shared_ptr<const Course> course);
    QTreeWidget *tree();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();

    QTreeWidget *m_tree;
    std::shared_ptr<const Course> m_course;
    bool m_stale = false;
};

} // namespace leerpad
