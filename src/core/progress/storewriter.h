#pragma once

// Row-level reads and writes of the progress database through statements prepared once
// per connection. No transactions here: the store decides what one interaction is.

#include "core/progress/storeoutbox.h"
#include "core/progress/storetypes.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace leerpad {

class StoreWriter
{
public:
    // Reads and writes the rows of one learner's profile ("" is the profile of rows
    // written before there were profiles, see storeschema.cpp).
    StoreWriter(const QSqlDatabase &db, const QString &profileId);

    bool prepare(); // false when a statement does not compile; see lastError()
    QSqlError lastError() const { return m_error; }

    // The course row: version, current page, last activity.
    bool putCourse(const CourseProgress &progress);
    bool putPage(const QString &courseId, const QString &pageId, bool visited, bool completed);
    bool removePage(const QString &courseId, const QString &pageId);
    bool putPractice(const QString &courseId, const QString &questionId, const PracticeAnswer &answer);
    bool putAudio(const QString &courseId, const QString &blockId, qint64 positionMs);
    bool putAttemptRow(const QString &courseId, const Attempt &attempt);
    bool putAttemptAnswer(const QString &courseId, const QString &attemptId,
                          const QString &questionId, const QSet<QString> &optionIds);
    bool removeAttemptAnswer(const QString &courseId, const QString &attemptId, const QString &questionId);
    bool removeCourse(const QString &courseId);
    // Gives the rows from before profiles ("") to this writer's profile.
    bool adoptUnclaimed();

    // Writes navigation changes between two states (rows only for pages that changed).
    bool putNavigationDelta(const QString &courseId, const NavigationState &before,
                            const NavigationState &after);
    // Writes an attempt row and the answers that differ from `before` (null: all).
    bool putAttemptDelta(const QString &courseId, const Attempt *before, const Attempt &after);
    // Upserts everything in progress (without removing rows it does not mention).
    bool putWholeCourse(const CourseProgress &progress);
    // Adds statements to the outbox, in order, stamped `createdAtMs`.
    bool putStatements(const QList<OutboxStatement> &statements, qint64 createdAtMs);
    StoreOutbox &outbox() { return m_outbox; }

    // nullopt on a read error; an empty progress with found == false when absent.
    struct ReadResult
    {
        CourseProgress progress;
        bool found = false;
    };
    std::optional<ReadResult> readCourse(const QString &courseId);

private:
    bool run(QSqlQuery &query, const QVariantList &values);
    bool readAttempts(const QString &courseId, CourseProgress &progress);

    QSqlDatabase m_db;
    QString m_profileId;
    QSqlError m_error;
    StoreOutbox m_outbox;
    QSqlQuery m_putCourse, m_putPage, m_removePage, m_putPractice, m_putAudio, m_putAttempt,
        m_putAttemptAnswer, m_removeAttemptAnswer;
    QList<QSqlQuery> m_removeCourse;
    QSqlQuery m_readCourse, m_readPages, m_readPractice, m_readAudio, m_readAttempts, m_readAttemptAnswers;
};

} // namespace leerpad
