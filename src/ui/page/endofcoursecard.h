#pragma once

// The last page's closing card: what is done, what is left (each page a button that
// goes there), how the test went, and the one next step core/learning/coursesummary.h
// advises. It shows and emits intents; the window moves.

#include "core/learning/coursesummary.h"

#include <QFrame>

class QPushButton;

namespace leerpad {

struct Course;

class EndOfCourseCard : public QFrame
{
    Q_OBJECT
public:
    EndOfCourseCard(const CourseSummary &summary, const Course &course, QWidget *parent = nullptr);

    // The button for the advised step, or null when the course is done.
    QPushButton *nextButton() const { return m_next; }

signals:
    void pageRequested(int pageIndex);
    void selfTestRequested();

private:
    QPushButton *m_next = nullptr;
};

} // namespace leerpad
