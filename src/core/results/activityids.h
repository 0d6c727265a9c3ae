#pragma once

// The IRIs that name what a learner did something with, in xAPI statements. They are
// derived from the course file's ids only (never its version, titles or order), so a
// trainer's edit that keeps the ids keeps statements comparable across versions. The
// scheme is documented in docs/results.md:
//
//   BASE course:ID                          the course
//   BASE course:ID:page:PAGE                a page
//   BASE course:ID:question:QUESTION        a practice question
//   BASE course:ID:selftest:TEST            the self-test
//   BASE course:ID:selftest:TEST:question:Q a self-test question
//
// BASE is "urn:leerpad:" unless the installation sets its own ([lrs] activityBase).

#include <QString>

namespace leerpad::xapi {

inline constexpr char kDefaultActivityBase[] = "urn:leerpad:";

class ActivityIds
{
public:
    ActivityIds(const QString &base, const QString &courseId);

    QString course() const { return m_course; }
    QString page(const QString &pageId) const;
    QString practiceQuestion(const QString &questionId) const;
    QString selfTest(const QString &testId) const;
    QString selfTestQuestion(const QString &testId, const QString &questionId) const;

private:
    QString m_course;
};

} // namespace leerpad::xapi
