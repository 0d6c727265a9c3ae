#include "ui/window/profilechooser.h"

#include "ui/window/whoamidialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace leerpad {

ProfileChooser::ProfileChooser(const QList<xapi::LearnerProfile> &profiles,
                               const QString &currentId, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_list(new QListWidget(this)),
      m_choose(new QPushButton(this)), m_new(new QPushButton(tr("&Nieuwe leerling…"), this))
{
    setWindowTitle(tr("Wie ben jij?"));
    auto *intro =
        new QLabel(tr("Op deze computer werken meer leerlingen. Kies je naam, zodat je verdergaat "
                      "waar jij was gebleven."),
                   this);
    intro->setWordWrap(true);
    intro->setBuddy(m_list);
    m_list->setAccessibleName(tr("Leerlingen op deze computer"));
    for (const xapi::LearnerProfile &p : profiles) {
        auto *item = new QListWidgetItem(label(p), m_list);
        if (p.id == currentId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_choose->setDefault(true);
    m_new->setAccessibleDescription(tr("Maak een nieuw profiel met je eigen naam"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_new, QDialogButtonBox::ActionRole);
    buttons->addButton(m_choose, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Afsluiten"));
    // The selection, not the current row: a screen reader's Toggle action on a list item
    // selects it without moving the current row.
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ProfileChooser::updateChooseButton);
    connect(m_list, &QListWidget::itemActivated, this, &ProfileChooser::chooseSelected);
    connect(m_choose, &QPushButton::clicked, this, &ProfileChooser::chooseSelected);
    connect(m_new, &QPushButton::clicked, this, &ProfileChooser::askNewLearner);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    updateChooseButton();
    m_list->setFocus();
}

QString ProfileChooser::label(const xapi::LearnerProfile &p)
{
    if (p.name.isEmpty())
        return tr("Leerling zonder naam (%1)").arg(p.id.left(8));
    return p.studentNumber.isEmpty() ? p.name
                                     : QStringLiteral("%1 (%2)").arg(p.name, p.studentNumber);
}

int ProfileChooser::selectedRow() const
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : m_list->row(selected.first());
}

void ProfileChooser::updateChooseButton()
{
    const int row = selectedRow();
    const bool any = row >= 0 && row < m_profiles.size();
    // The button names who the learner says they are, so a wrong pick is seen before it counts.
    m_choose->setText(any ? tr("Ik ben %1")
                                .arg(m_profiles.at(row).name.isEmpty() ? label(m_profiles.at(row))
                                                                       : m_profiles.at(row).name)
                          : tr("Ik ben …"));
    m_choose->setEnabled(any);
}

void ProfileChooser::chooseSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    m_chosen = m_profiles.at(row);
    accept();
}

void ProfileChooser::askNewLearner()
{
    WhoAmIDialog who(xapi::LearnerProfile{}, this);
    who.setWindowTitle(tr("Nieuwe leerling"));
    if (who.exec() != QDialog::Accepted)
        return;
    m_chosen = who.profile();
    accept();
}

} // namespace leerpad
