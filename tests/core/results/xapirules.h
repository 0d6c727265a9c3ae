#pragma once

// The rules of xAPI 1.0.3 (the "Statement" part of the specification) that a statement
// Leerpad makes has to meet, checked independently of the code that made it. Each
// problem names the JSON path and the rule, e.g. "/result/score/scaled: outside -1..1".
// The LRS test also runs Learning Locker's validator over the same statements.

#include <QJsonObject>
#include <QStringList>

namespace leerpad::test {

QStringList xapiProblems(const QJsonObject &statement);

} // namespace leerpad::test
