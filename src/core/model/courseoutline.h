#pragma once

// What a trainer wants to know about a course at a glance: how many sections, pages and
// questions (per kind), the self-test size, the total audio length and which media files
// each page uses. Plain data computed from a loaded Course.

#include "core/model/course.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace leerpad {

struct CourseOutline
{
    struct PageMedia
    {
        QString pageId;
        QString pageTitle;
        QStringList files;   // as written in the course file (relative)
        QStringList missing; // those of files that do not exist (audio the player skips)
    };

    int sections = 0;
    int pages = 0;
    int singleQuestions = 0;
    int trueFalseQuestions = 0;
    int multipleQuestions = 0;
    int addedItems = 0;        // blocks or questions with origin "added"
    int selfTestQuestions = 0;
    int audioBlocks = 0;
    int missingAudio = 0;       // dialogues whose audio file is missing
    qint64 audioDurationMs = 0; // sum over playable dialogues of their last cue's end
    QList<PageMedia> media;     // only pages that use media

    int practiceQuestions() const { return singleQuestions + trueFalseQuestions + multipleQuestions; }
};

CourseOutline outlineOf(const Course &course);

} // namespace leerpad
