#include "core/results/activityids.h"

#include <QUrl>

namespace leerpad::xapi {

namespace {

// Course ids are plain already (course-format.md); anything else is percent-encoded so
// the result is an IRI whatever a hand-written course file holds.
QString part(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id, QByteArrayLiteral("-._~")));
}

} // namespace

ActivityIds::ActivityIds(const QString &base, const QString &courseId)
    : m_course((base.isEmpty() ? QString::fromLatin1(kDefaultActivityBase) : base)
               + QStringLiteral("course:") + part(courseId))
{
}

QString ActivityIds::page(const QString &pageId) const
{
    return m_course + QStringLiteral(":page:") + part(pageId);
}

QString ActivityIds::practiceQuestion(const QString &questionId) const
{
    return m_course + QStringLiteral(":question:") + part(questionId);
}

QString ActivityIds::selfTest(const QString &testId) const
{
    return m_course + QStringLiteral(":selftest:") + part(testId);
}

QString ActivityIds::selfTestQuestion(const QString &testId, const QString &questionId) const
{
    return selfTest(testId) + QStringLiteral(":question:") + part(questionId);
}

} // namespace leerpad::xapi
