#include "ui/window/whoamidialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace leerpad {

WhoAmIDialog::WhoAmIDialog(const xapi::LearnerProfile &profile, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_name(new QLineEdit(profile.name, this)),
      m_number(new QLineEdit(profile.studentNumber, this))
{
    setWindowTitle(tr("Wie ben ik?"));
    auto *intro = new QLabel(tr("Je naam staat bij de resultaten die je inlevert, zodat je trainer weet van "
                                "wie ze zijn."),
                             this);
    intro->setWordWrap(true);
    m_name->setAccessibleName(tr("Je naam"));
    m_number->setAccessibleName(tr("Studentnummer of e-mailadres"));
    m_number->setPlaceholderText(tr("alleen als je school erom vraagt"));
    // Room for the hint, so it is read whole.
    m_number->setMinimumWidth(m_number->fontMetrics().horizontalAdvance(m_number->placeholderText()) + 24);
    auto *form = new QFormLayout;
    form->addRow(tr("&Naam:"), m_name);
    form->addRow(tr("&Studentnummer of e-mail:"), m_number);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Opslaan"));
    // A name is what the dialog is for: without one there is nothing to save.
    const auto update = [this] { m_ok->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

xapi::LearnerProfile WhoAmIDialog::profile() const
{
    xapi::LearnerProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.studentNumber = m_number->text().trimmed();
    return p;
}

bool ensureLearnerName(QWidget *parent, xapi::LearnerProfile *profile)
{
    if (!profile->name.isEmpty())
        return true;
    WhoAmIDialog dialog(*profile, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *profile = dialog.profile();
    QSettings settings;
    xapi::saveProfile(settings, *profile);
    return true;
}

} // namespace leerpad
