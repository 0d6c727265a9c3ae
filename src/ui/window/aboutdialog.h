#pragma once

// Help → Over Leerpad: program name, version, licence, and the open course.

#include <QDialog>

namespace leerpad {

struct Course;

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const Course *course, QWidget *parent = nullptr);

    QString text() const { return m_text; }

private:
    QString m_text; // plain text of the dialog, for tests and screen readers
};

} // namespace leerpad
