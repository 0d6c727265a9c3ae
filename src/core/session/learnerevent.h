#pragma once

// Something a learner did, as the course session saw it happen. Every event is born in
// the session (never in a widget), after the progress change it belongs to was handed to
// the progress store, and carries what a listener needs to describe it on its own: a
// results recorder (xAPI) turns these into statements without asking the window
// anything. Times are UTC and taken when the event happens.

#include "core/learning/attempt.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace leerpad {

struct LearnerEvent
{
    enum class Kind {
        CourseOpened,      // a session began (a fresh start or resuming)
        PageSeen,          // pageId shown (every time, not only the first)
        PageCompleted,     // pageId finished for the first time; progress is the new share
        CourseCompleted,   // every page finished, for the first time
        PracticeAnswered,  // questionId checked with optionIds; correct says how it went
        PracticeChanged,   // questionId's choice changed or cleared, not checked
        DialogueFinished,  // blockId (audio) played to the end or its transcript opened
        AttemptStarted,    // attempt
        TestAnswered,      // questionId of attempt answered (optionIds; empty: cleared)
        AttemptSubmitted,  // attempt, with its score
        ProgressReset,     // the learner wiped this course's progress
        CourseClosed,      // the session ended; duration since CourseOpened
    };

    Kind kind = Kind::CourseOpened;
    QDateTime time;
    QString courseId;
    QString pageId;
    QString blockId;
    QString questionId;
    QStringList optionIds;
    std::optional<bool> correct;
    double progress = 0.0;          // completed pages / all pages, 0…1
    std::optional<Attempt> attempt; // AttemptStarted, TestAnswered, AttemptSubmitted
    qint64 durationMs = 0;          // CourseClosed: since the session began
};

} // namespace leerpad
