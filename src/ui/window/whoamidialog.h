#pragma once

// "Wie ben ik?": the learner's name and, if the school uses them, student number, for
// the results they hand in or send. Asked only when it matters -- from the File menu, or
// the first time results are exported without a name -- never at start. It only asks;
// the profile is the core's (core/results/learnerprofile.h).

#include "core/results/learnerprofile.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace leerpad {

class WhoAmIDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WhoAmIDialog(const xapi::LearnerProfile &profile, QWidget *parent = nullptr);

    // The profile with what was typed (trimmed).
    xapi::LearnerProfile profile() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *studentNumberEdit() const { return m_number; }

private:
    xapi::LearnerProfile m_profile;
    QLineEdit *m_name;
    QLineEdit *m_number;
    QPushButton *m_ok;
};

// The current profile with a name: asks for one when it has none. False when the learner
// cancelled. Saved in the settings when it changed.
bool ensureLearnerName(QWidget *parent, xapi::LearnerProfile *profile);

} // namespace leerpad
