#include "core/results/learnerprofile.h"

#include <algorithm>
#include <QUuid>

namespace leerpad::xapi {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

LearnerProfile read(QSettings &settings, const QString &id)
{
    settings.beginGroup(QStringLiteral("profiles/") + id);
    LearnerProfile p{id, settings.value(QStringLiteral("name")).toString(),
                     settings.value(QStringLiteral("studentNumber")).toString()};
    settings.endGroup();
    return p;
}

} // namespace

void saveProfile(QSettings &settings, const LearnerProfile &p)
{
    settings.beginGroup(QStringLiteral("profiles/") + p.id);
    settings.setValue(QStringLiteral("name"), p.name);
    settings.setValue(QStringLiteral("studentNumber"), p.studentNumber);
    settings.endGroup();
    settings.setValue(QStringLiteral("learner/current"), p.id);
}

LearnerProfile chooseProfile(QSettings &settings, const QString &name, const QString &studentNumber)
{
    settings.beginGroup(QStringLiteral("profiles"));
    const QStringList ids = settings.childGroups();
    settings.endGroup();
    if (!name.isEmpty() || !studentNumber.isEmpty()) {
        // The same student number, or else the same name, is the same learner.
        for (const QString &id : ids) {
            const LearnerProfile p = read(settings, id);
            const bool same = studentNumber.isEmpty() ? p.name == name : p.studentNumber == studentNumber;
            if (same) {
                LearnerProfile chosen = p;
                if (!name.isEmpty())
                    chosen.name = name;
                saveProfile(settings, chosen);
                return chosen;
            }
        }
        const LearnerProfile made{newId(), name, studentNumber};
        saveProfile(settings, made);
        return made;
    }
    const QString current = settings.value(QStringLiteral("learner/current")).toString();
    if (ids.contains(current))
        return read(settings, current);
    const LearnerProfile made{newId(), QString(), QString()};
    saveProfile(settings, made);
    return made;
}

QList<LearnerProfile> allProfiles(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("profiles"));
    const QStringList ids = settings.childGroups();
    settings.endGroup();
    QList<LearnerProfile> out;
    for (const QString &id : ids)
        out << read(settings, id);
    std::sort(out.begin(), out.end(), [](const LearnerProfile &a, const LearnerProfile &b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return out;
}

LearnerProfile profileById(QSettings &settings, const QString &id)
{
    return read(settings, id);
}

LearnerProfile newProfile(QSettings &settings, const QString &name, const QString &studentNumber)
{
    const LearnerProfile made{newId(), name, studentNumber};
    saveProfile(settings, made);
    return made;
}

QString homePageFor(QSettings &settings)
{
    const QString configured = settings.value(QStringLiteral("lrs/homePage")).toString();
    if (!configured.isEmpty())
        return configured;
    QString id = settings.value(QStringLiteral("installation/id")).toString();
    if (id.isEmpty()) {
        id = newId();
        settings.setValue(QStringLiteral("installation/id"), id);
    }
    return QStringLiteral("urn:leerpad:installation:") + id;
}

Learner actorOf(const LearnerProfile &profile, const QString &homePage)
{
    return {profile.name, profile.studentNumber.isEmpty() ? profile.id : profile.studentNumber,
            homePage, profile.id};
}

} // namespace leerpad::xapi
