#pragma once

// "Wie ben jij?" at start on a shared classroom PC: shown only when more than one learner
// profile is on this machine (a learner alone at home is never stopped). The profiles by
// name, "Ik ben …" for the one selected, and "Nieuwe leerling…" to make one. It only
// asks; the profiles are the core's (core/results/learnerprofile.h).

#include "core/results/learnerprofile.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace leerpad {

class ProfileChooser : public QDialog
{
    Q_OBJECT
public:
    ProfileChooser(const QList<xapi::LearnerProfile> &profiles, const QString &currentId,
                   QWidget *parent = nullptr);

    // The profile chosen, or the new one typed in (its id empty: not made yet).
    xapi::LearnerProfile chosen() const { return m_chosen; }
    QListWidget *list() const { return m_list; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *newButton() const { return m_new; }

    // The learner's display text for a profile in the list.
    static QString label(const xapi::LearnerProfile &profile);

private:
    int selectedRow() const;
    void updateChooseButton();
    void chooseSelected();
    void askNewLearner();

    QList<xapi::LearnerProfile> m_profiles;
    xapi::LearnerProfile m_chosen;
    QListWidget *m_list;
    QPushButton *m_choose;
    QPushButton *m_new;
};

} // namespace leerpad
