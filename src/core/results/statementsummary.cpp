#include "core/results/statementsummary.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace leerpad::xapi {

StatementSummary summarize(const QByteArray &body)
{
    StatementSummary out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        out.indented = QString::fromUtf8(body); // shown as it is: that may be the problem
        return out;
    }
    const QJsonObject s = doc.object();
    out.indented = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.time =
        QDateTime::fromString(s.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
    const QString verb =
        s.value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")).toString();
    out.verb = verb.mid(verb.lastIndexOf(QLatin1Char('/')) + 1);
    const QJsonObject object = s.value(QStringLiteral("object")).toObject();
    out.activityId = object.value(QStringLiteral("id")).toString();
    const QJsonObject names = object.value(QStringLiteral("definition"))
                                  .toObject()
                                  .value(QStringLiteral("name"))
                                  .toObject();
    out.activity = names.isEmpty() ? out.activityId : names.begin().value().toString();
    return out;
}

} // namespace leerpad::xapi
