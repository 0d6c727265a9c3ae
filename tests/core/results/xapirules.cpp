#include "xapirules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace leerpad::test {

namespace {

bool isIri(const QString &s)
{
    // scheme ":" something, no spaces (RFC 3987 in the shape xAPI uses it)
    static const QRegularExpression iri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"));
    return iri.match(s).hasMatch();
}

bool isUuid(const QString &s)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return uuid.match(s).hasMatch();
}

bool isDuration(const QString &s)
{
    static const QRegularExpression duration(
        QStringLiteral("^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?$"));
    return duration.match(s).hasMatch();
}

bool isLanguageMap(const QJsonValue &v)
{
    if (!v.isObject() || v.toObject().isEmpty())
        return false;
    static const QRegularExpression tag(QStringLiteral("^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$"));
    const QJsonObject map = v.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!tag.match(it.key()).hasMatch() || !it.value().isString())
            return false;
    }
    return true;
}

struct Checker
{
    QStringList problems;
    void require(bool ok, const QString &path, const QString &rule)
    {
        if (!ok)
            problems << path + QStringLiteral(": ") + rule;
    }
};

void checkActivity(Checker &c, const QJsonObject &a, const QString &path)
{
    c.require(isIri(a[QStringLiteral("id")].toString()), path + QStringLiteral("/id"), QStringLiteral("not an IRI"));
    const QJsonObject d = a[QStringLiteral("definition")].toObject();
    if (d.isEmpty())
        return;
    if (d.contains(QStringLiteral("name")))
        c.require(isLanguageMap(d[QStringLiteral("name")]), path + QStringLiteral("/definition/name"),
                  QStringLiteral("not a language map"));
    if (d.contains(QStringLiteral("type")))
        c.require(isIri(d[QStringLiteral("type")].toString()), path + QStringLiteral("/definition/type"),
                  QStringLiteral("not an IRI"));
    const QString kind = d[QStringLiteral("interactionType")].toString();
    if (kind.isEmpty())
        return;
    c.require(kind == QLatin1String("choice") || kind == QLatin1String("true-false"),
              path + QStringLiteral("/definition/interactionType"), QStringLiteral("not one Leerpad uses"));
    const QJsonArray pattern = d[QStringLiteral("correctResponsesPattern")].toArray();
    c.require(!pattern.isEmpty(), path + QStringLiteral("/definition/correctResponsesPattern"),
              QStringLiteral("missing"));
    if (kind == QLatin1String("true-false")) {
        c.require(!d.contains(QStringLiteral("choices")), path + QStringLiteral("/definition/choices"),
                  QStringLiteral("a true-false interaction has no choices"));
        for (const QJsonValue &p : pattern)
            c.require(p == QStringLiteral("true") || p == QStringLiteral("false"),
                      path + QStringLiteral("/definition/correctResponsesPattern"), QStringLiteral("not true/false"));
        return;
    }
    QStringList ids;
    for (const QJsonValue &choice : d[QStringLiteral("choices")].toArray()) {
        const QString id = choice[QStringLiteral("id")].toString();
        c.require(!id.isEmpty() && !id.contains(QLatin1Char(' ')), path + QStringLiteral("/definition/choices"),
                  QStringLiteral("a choice id is empty or has a space"));
        c.require(isLanguageMap(choice[QStringLiteral("description")]), path + QStringLiteral("/definition/choices"),
                  QStringLiteral("a choice description is not a language map"));
        ids << id;
    }
    c.require(ids.size() >= 2, path + QStringLiteral("/definition/choices"), QStringLiteral("fewer than two"));
    for (const QJsonValue &p : pattern) {
        for (const QString &id : p.toString().split(QStringLiteral("[,]")))
            c.require(ids.contains(id), path + QStringLiteral("/definition/correctResponsesPattern"),
                      QStringLiteral("names a choice that does not exist: ") + id);
    }
}

} // namespace

QStringList xapiProblems(const QJsonObject &s)
{
    Checker c;
    c.require(isUuid(s[QStringLiteral("id")].toString()), QStringLiteral("/id"), QStringLiteral("not a UUID"));
    const QJsonObject actor = s[QStringLiteral("actor")].toObject();
    const QJsonObject account = actor[QStringLiteral("account")].toObject();
    c.require(actor[QStringLiteral("objectType")] == QStringLiteral("Agent"), QStringLiteral("/actor/objectType"),
              QStringLiteral("not Agent"));
    c.require(!account.isEmpty() && !actor.contains(QStringLiteral("mbox")), QStringLiteral("/actor"),
              QStringLiteral("exactly one identifier (an account) is required"));
    c.require(isIri(account[QStringLiteral("homePage")].toString()), QStringLiteral("/actor/account/homePage"),
              QStringLiteral("not an IRL"));
    c.require(!account[QStringLiteral("name")].toString().isEmpty(), QStringLiteral("/actor/account/name"),
              QStringLiteral("empty"));
    const QJsonObject verb = s[QStringLiteral("verb")].toObject();
    c.require(isIri(verb[QStringLiteral("id")].toString()), QStringLiteral("/verb/id"), QStringLiteral("not an IRI"));
    c.require(isLanguageMap(verb[QStringLiteral("display")]), QStringLiteral("/verb/display"),
              QStringLiteral("not a language map"));
    checkActivity(c, s[QStringLiteral("object")].toObject(), QStringLiteral("/object"));
    const QString stamp = s[QStringLiteral("timestamp")].toString();
    const QDateTime when = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    c.require(when.isValid() && (stamp.endsWith(QLatin1Char('Z')) || stamp.contains(QLatin1Char('+'))),
              QStringLiteral("/timestamp"), QStringLiteral("not an ISO 8601 time with a zone"));

    const QJsonObject context = s[QStringLiteral("context")].toObject();
    c.require(isUuid(context[QStringLiteral("registration")].toString()), QStringLiteral("/context/registration"),
              QStringLiteral("not a UUID"));
    const QJsonObject activities = context[QStringLiteral("contextActivities")].toObject();
    for (auto it = activities.begin(); it != activities.end(); ++it) {
        c.require(it.key() == QLatin1String("parent") || it.key() == QLatin1String("grouping")
                      || it.key() == QLatin1String("category") || it.key() == QLatin1String("other"),
                  QStringLiteral("/context/contextActivities/") + it.key(), QStringLiteral("unknown key"));
        for (const QJsonValue &a : it.value().toArray())
            checkActivity(c, a.toObject(), QStringLiteral("/context/contextActivities/") + it.key());
    }
    for (const QString &key : context[QStringLiteral("extensions")].toObject().keys())
        c.require(isIri(key), QStringLiteral("/context/extensions"), QStringLiteral("a key is not an IRI"));

    const QJsonObject result = s[QStringLiteral("result")].toObject();
    if (result.contains(QStringLiteral("score"))) {
        const QJsonObject score = result[QStringLiteral("score")].toObject();
        const double scaled = score[QStringLiteral("scaled")].toDouble();
        const double raw = score[QStringLiteral("raw")].toDouble();
        c.require(scaled >= -1 && scaled <= 1, QStringLiteral("/result/score/scaled"), QStringLiteral("outside -1..1"));
        c.require(raw >= score[QStringLiteral("min")].toDouble() && raw <= score[QStringLiteral("max")].toDouble(),
                  QStringLiteral("/result/score/raw"), QStringLiteral("outside min..max"));
    }
    if (result.contains(QStringLiteral("duration")))
        c.require(isDuration(result[QStringLiteral("duration")].toString()), QStringLiteral("/result/duration"),
                  QStringLiteral("not an ISO 8601 duration at 0.01 s"));
    for (const QString &key : result[QStringLiteral("extensions")].toObject().keys())
        c.require(isIri(key), QStringLiteral("/result/extensions"), QStringLiteral("a key is not an IRI"));
    for (const QString &key : s.keys()) {
        static const QStringList allowed = {QStringLiteral("id"),        QStringLiteral("actor"),
                                            QStringLiteral("verb"),      QStringLiteral("object"),
                                            QStringLiteral("result"),    QStringLiteral("context"),
                                            QStringLiteral("timestamp")};
        c.require(allowed.contains(key), QStringLiteral("/") + key, QStringLiteral("not a statement property a client sets"));
    }
    return c.problems;
}

} // namespace leerpad::test
