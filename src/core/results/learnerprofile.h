#pragma once

// Who is learning on this machine, as far as results are concerned: a profile with its
// own id, a display name and optionally a student number, kept in the settings. The
// learner is never stopped by a dialog at start: without a name the statements carry
// the profile id alone. --learner NAME and --learner-id ID choose or create a profile
// for one run without any dialog (tests, kiosks, scripts).

#include "core/results/statementbuilder.h"

#include <QList>
#include <QSettings>
#include <QString>

namespace leerpad::xapi {

struct LearnerProfile
{
    QString id;            // a UUID, made once per profile
    QString name;          // display name; may be empty
    QString studentNumber; // may be empty
};

// The profile of this run: the one --learner/--learner-id name (made and saved when new),
// else the last one used, else a new one.
LearnerProfile chooseProfile(QSettings &settings, const QString &name, const QString &studentNumber);

// Every profile on this machine, by name (nameless ones last, by id): who the start
// offers on a shared classroom PC ("Ik ben …").
QList<LearnerProfile> allProfiles(QSettings &settings);

// The profile with this id; a new, nameless one with it when there is none.
LearnerProfile profileById(QSettings &settings, const QString &id);

// A new profile with its own id, saved and made the current one.
LearnerProfile newProfile(QSettings &settings, const QString &name, const QString &studentNumber);

// Keeps the profile's name and student number and makes it the current one.
void saveProfile(QSettings &settings, const LearnerProfile &profile);

// The installation's home page for xAPI accounts: [lrs] homePage when the school set one,
// else a URN made once for this installation (urn:leerpad:installation:UUID).
QString homePageFor(QSettings &settings);

// The xAPI actor of a profile: its student number as the account name, or its id.
Learner actorOf(const LearnerProfile &profile, const QString &homePage);

} // namespace leerpad::xapi
