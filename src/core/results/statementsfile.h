#pragma once

// Today's results file: the learner's xAPI statements for one course as a JSON array,
// byte for byte as the outbox holds them, so what the trainer reads is what an LRS got
// or will get, and any LRS accepts the file as it is (POST /statements). Reading it back
// gives the same LearnerResults a Leerpad 1.2 summary file gives (resultsfile.h): the
// learner, pages completed, practice answers, and the self-test attempts with each
// question's answer, grouped by Leerpad's attempt extension (statementbuilder.h).

#include "core/progress/storetypes.h"
#include "core/results/resultsfile.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace leerpad {
class JsonValue;
}

namespace leerpad::xapi {

class FieldReader;

// "[\n" + one statement per line + "]\n": diff-friendly, and every line is a body as sent.
QByteArray statementsFileBytes(const QList<OutboxStatement> &statements);

// The name a results file is offered under: <learner>-<course>-<date>.json, with what
// a file name cannot hold replaced by '-'; "leerling" without a name.
QString resultsFileName(const QString &learner, const QString &courseId, const QDate &date);

// Reads an array of statements into `results`; problems go to `reader`. Statements
// about a course other than the first one's are left out and counted.
void readStatementArray(FieldReader &reader, const JsonValue &root, LearnerResults &results);

} // namespace leerpad::xapi
