#pragma once

// What one stored statement is about, in a few words a trainer can read in a table: when,
// the verb, the activity (its name where the statement gives one, else its id), and the
// statement itself laid out for reading. For the statements an LRS refused.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace leerpad::xapi {

struct StatementSummary
{
    QDateTime time;   // invalid when the statement has no readable timestamp
    QString verb;     // "answered": the verb id's last segment
    QString activity; // the object's name, or its id
    QString activityId;
    QString indented; // the statement as indented JSON; the raw bytes if not JSON
};

StatementSummary summarize(const QByteArray &body);

} // namespace leerpad::xapi
