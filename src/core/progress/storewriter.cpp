#include "core/progress/storewriter.h"

#include "core/progress/storecodec.h"

#include <QVariant>

namespace leerpad {

using namespace storecodec;

StoreWriter::StoreWriter(const QSqlDatabase &db, const QString &profileId)
    : m_db(db), m_profileId(profileId), m_outbox(db), m_putCourse(db), m_putPage(db),
      m_removePage(db), m_putPractice(db), m_putAudio(db), m_putAttempt(db), m_putAttemptAnswer(db),
      m_removeAttemptAnswer(db), m_readCourse(db), m_readPages(db), m_readPractice(db),
      m_readAudio(db), m_readAttempts(db), m_readAttemptAnswers(db)
{
}

bool StoreWriter::prepare()
{
    const QList<QPair<QSqlQuery *, QString>> statements = {
        {&m_putCourse, QStringLiteral("INSERT INTO course (profile_id, course_id, course_version, "
                                      "current_page_id, updated_at,"
                                      " registration) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                                      "(profile_id, course_id) DO UPDATE SET"
                                      " course_version = excluded.course_version,"
                                      " current_page_id = excluded.current_page_id,"
                                      " updated_at = excluded.updated_at,"
                                      " registration = excluded.registration")},
        {&m_putPage,
         QStringLiteral(
             "INSERT INTO page_state (profile_id, course_id, page_id, visited, completed)"
             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, course_id, page_id) DO UPDATE SET"
             " visited = excluded.visited, completed = excluded.completed")},
        {&m_removePage,
         QStringLiteral(
             "DELETE FROM page_state WHERE profile_id = ? AND course_id = ? AND page_id = ?")},
        {&m_putPractice,
         QStringLiteral(
             "INSERT INTO practice_answer (profile_id, course_id, question_id, option_ids, checked)"
             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, course_id, question_id) DO UPDATE "
             "SET"
             " option_ids = excluded.option_ids, checked = excluded.checked")},
        {&m_putAudio,
         QStringLiteral(
             "INSERT INTO audio_position (profile_id, course_id, block_id, position_ms)"
             " VALUES (?, ?, ?, ?) ON CONFLICT (profile_id, course_id, block_id) DO UPDATE SET"
             " position_ms = excluded.position_ms")},
        {&m_putAttempt,
         QStringLiteral("INSERT OR REPLACE INTO attempt (profile_id, course_id, attempt_id, "
                        "number, course_version,"
                        " started_at, submitted_at, shuffle_seed, question_order, option_order,"
                        " score, band_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_putAttemptAnswer, QStringLiteral("INSERT OR REPLACE INTO attempt_answer (profile_id, "
                                             "course_id, attempt_id, question_id,"
                                             " option_ids) VALUES (?, ?, ?, ?, ?)")},
        {&m_removeAttemptAnswer,
         QStringLiteral(
             "DELETE FROM attempt_answer WHERE profile_id = ? AND course_id = ? AND attempt_id = ?"
             " AND question_id = ?")},
        {&m_readCourse,
         QStringLiteral("SELECT course_version, current_page_id, registration FROM course"
                        " WHERE profile_id = ? AND course_id = ?")},
        {&m_readPages, QStringLiteral("SELECT page_id, visited, completed FROM page_state WHERE "
                                      "profile_id = ? AND course_id = ?")},
        {&m_readPractice, QStringLiteral("SELECT question_id, option_ids, checked FROM "
                                         "practice_answer WHERE profile_id = ? AND course_id = ?")},
        {&m_readAudio, QStringLiteral("SELECT block_id, position_ms FROM audio_position WHERE "
                                      "profile_id = ? AND course_id = ?")},
        {&m_readAttempts,
         QStringLiteral("SELECT attempt_id, number, course_version, started_at, submitted_at,"
                        " shuffle_seed, question_order, option_order, score, band_index"
                        " FROM attempt WHERE profile_id = ? AND course_id = ? ORDER BY started_at, "
                        "number, attempt_id")},
        {&m_readAttemptAnswers,
         QStringLiteral("SELECT attempt_id, question_id, option_ids FROM attempt_answer"
                        " WHERE profile_id = ? AND course_id = ?")},
    };
    for (const auto &[query, sql] : statements) {
        query->setForwardOnly(true); // rows are read once, in order; no client-side cache
        if (!query->prepare(sql)) {
            m_error = query->lastError();
            return false;
        }
    }
    for (const char *table : {"course", "page_state", "practice_answer", "audio_position", "attempt",
                              "attempt_answer"}) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("DELETE FROM %1 WHERE profile_id = ? AND course_id = ?")
                               .arg(QLatin1String(table)))) {
            m_error = query.lastError();
            return false;
        }
        m_removeCourse.append(query);
    }
    if (!m_outbox.prepare()) {
        m_error = m_outbox.lastError();
        return false;
    }
    return true;
}

bool StoreWriter::adoptUnclaimed()
{
    if (m_profileId.isEmpty())
        return true;
    for (const char *table : {"course", "page_state", "practice_answer", "audio_position",
                              "attempt", "attempt_answer"}) {
        // OR IGNORE: a row this profile already has for the same key stays as it is.
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE OR IGNORE %1 SET profile_id = ? WHERE profile_id = ''")
                          .arg(QLatin1String(table)));
        query.addBindValue(m_profileId);
        if (!query.exec()) {
            m_error = query.lastError();
            return false;
        }
    }
    return true;
}

bool StoreWriter::putStatements(const QList<OutboxStatement> &statements, qint64 createdAtMs)
{
    for (const OutboxStatement &statement : statements) {
        if (!m_outbox.put(statement, createdAtMs)) {
            m_error = m_outbox.lastError();
            return false;
        }
    }
    return true;
}

bool StoreWriter::run(QSqlQuery &query, const QVariantList &values)
{
    // Every statement's first parameter is the profile: a writer sees one learner's rows.
    query.bindValue(0, m_profileId.isNull() ? QStringLiteral("") : m_profileId);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString would bind as SQL NULL; every text column is NOT NULL and uses
        // "" for "none" (nullable columns get a plain QVariant() instead).
        const bool nullText = value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull();
        query.bindValue(i + 1, nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        m_error = query.lastError();
        query.finish();
        return false;
    }
    return true;
}

bool StoreWriter::putCourse(const CourseProgress &progress)
{
    const bool ok = run(m_putCourse, {progress.courseId, progress.courseVersion,
                                      progress.navigation.currentPageId,
                                      QDateTime::currentMSecsSinceEpoch(), progress.registration});
    m_putCourse.finish();
    return ok;
}

bool StoreWriter::putPage(const QString &courseId, const QString &pageId, bool visited, bool completed)
{
    const bool ok = run(m_putPage, {courseId, pageId, int(visited), int(completed)});
    m_putPage.finish();
    return ok;
}

bool StoreWriter::removePage(const QString &courseId, const QString &pageId)
{
    const bool ok = run(m_removePage, {courseId, pageId});
    m_removePage.finish();
    return ok;
}

bool StoreWriter::putPractice(const QString &courseId, const QString &questionId, const PracticeAnswer &answer)
{
    const bool ok = run(m_putPractice, {courseId, questionId, toJson(answer.optionIds), int(answer.checked)});
    m_putPractice.finish();
    return ok;
}

bool StoreWriter::putAudio(const QString &courseId, const QString &blockId, qint64 positionMs)
{
    const bool ok = run(m_putAudio, {courseId, blockId, positionMs});
    m_putAudio.finish();
    return ok;
}

bool StoreWriter::putAttemptRow(const QString &courseId, const Attempt &a)
{
    // Points and band are written for people reading the file; reading ignores them.
    std::optional<int> points;
    std::optional<int> band;
    if (a.score) {
        points = a.score->points;
        if (a.score->band >= 0)
            band = a.score->band;
    }
    const bool ok = run(m_putAttempt,
                        {courseId, a.id, a.number, a.courseVersion, timeValue(a.startedAt),
                         timeValue(a.submittedAt), static_cast<qint64>(a.seed),
                         toJson(a.questionOrder), toJson(a.optionOrder), optionalValue(points),
                         optionalValue(band)});
    m_putAttempt.finish();
    return ok;
}

bool StoreWriter::putAttemptAnswer(const QString &courseId, const QString &attemptId,
                                   const QString &questionId, const QSet<QString> &optionIds)
{
    const bool ok = run(m_putAttemptAnswer, {courseId, attemptId, questionId, toJson(optionIds)});
    m_putAttemptAnswer.finish();
    return ok;
}

bool StoreWriter::removeAttemptAnswer(const QString &courseId, const QString &attemptId,
                                      const QString &questionId)
{
    const bool ok = run(m_removeAttemptAnswer, {courseId, attemptId, questionId});
    m_removeAttemptAnswer.finish();
    return ok;
}

bool StoreWriter::removeCourse(const QString &courseId)
{
    for (QSqlQuery &query : m_removeCourse) {
        const bool ok = run(query, {courseId});
        query.finish();
        if (!ok)
            return false;
    }
    return true;
}

bool StoreWriter::putNavigationDelta(const QString &courseId, const NavigationState &before,
                                     const NavigationState &after)
{
    const QSet<QString> pages = before.visited + before.completed + after.visited + after.completed;
    for (const QString &page : pages) {
        const bool wasVisited = before.visited.contains(page);
        const bool wasCompleted = before.completed.contains(page);
        const bool visited = after.visited.contains(page);
        const bool completed = after.completed.contains(page);
        if (visited == wasVisited && completed == wasCompleted)
            continue;
        const bool ok = (visited || completed) ? putPage(courseId, page, visited, completed)
                                               : removePage(courseId, page);
        if (!ok)
            return false;
    }
    return true;
}

bool StoreWriter::putAttemptDelta(const QString &courseId, const Attempt *before,
                                  const Attempt &after)
{
    if (!putAttemptRow(courseId, after))
        return false;
    for (auto it = after.answers.cbegin(); it != after.answers.cend(); ++it) {
        if (before && before->answers.contains(it.key()) && before->answers.value(it.key()) == it.value())
            continue;
        if (!putAttemptAnswer(courseId, after.id, it.key(), it.value()))
            return false;
    }
    if (before) {
        for (auto it = before->answers.cbegin(); it != before->answers.cend(); ++it) {
            if (!after.answers.contains(it.key()) && !removeAttemptAnswer(courseId, after.id, it.key()))
                return false;
        }
    }
    return true;
}

bool StoreWriter::putWholeCourse(const CourseProgress &progress)
{
    if (!putCourse(progress) || !putNavigationDelta(progress.courseId, {}, progress.navigation))
        return false;
    for (auto it = progress.practice.cbegin(); it != progress.practice.cend(); ++it) {
        if (!putPractice(progress.courseId, it.key(), it.value()))
            return false;
    }
    for (auto it = progress.audioPositions.cbegin(); it != progress.audioPositions.cend(); ++it) {
        if (!putAudio(progress.courseId, it.key(), it.value()))
            return false;
    }
    for (const Attempt &attempt : progress.attempts) {
        if (!putAttemptDelta(progress.courseId, nullptr, attempt))
            return false;
    }
    return true;
}

std::optional<StoreWriter::ReadResult> StoreWriter::readCourse(const QString &courseId)
{
    ReadResult result;
    CourseProgress &p = result.progress;
    p.courseId = courseId;
    if (!run(m_readCourse, {courseId}))
        return std::nullopt;
    if (m_readCourse.next()) {
        result.found = true;
        p.courseVersion = m_readCourse.value(0).toString();
        p.navigation.currentPageId = m_readCourse.value(1).toString();
        p.registration = m_readCourse.value(2).toString();
    }
    m_readCourse.finish();

    if (!run(m_readPages, {courseId}))
        return std::nullopt;
    while (m_readPages.next()) {
        const QString page = m_readPages.value(0).toString();
        if (m_readPages.value(1).toBool())
            p.navigation.visited.insert(page);
        if (m_readPages.value(2).toBool())
            p.navigation.completed.insert(page);
    }
    m_readPages.finish();

    if (!run(m_readPractice, {courseId}))
        return std::nullopt;
    while (m_readPractice.next()) {
        p.practice.insert(m_readPractice.value(0).toString(),
                          PracticeAnswer{idsFromJson(m_readPractice.value(1)), m_readPractice.value(2).toBool()});
    }
    m_readPractice.finish();

    if (!run(m_readAudio, {courseId}))
        return std::nullopt;
    while (m_readAudio.next())
        p.audioPositions.insert(m_readAudio.value(0).toString(), m_readAudio.value(1).toLongLong());
    m_readAudio.finish();

    if (!readAttempts(courseId, p))
        return std::nullopt;
    // Rows of other tables without a course row are still this course's progress.
    result.found = result.found || !p.isEmpty();
    return result;
}

bool StoreWriter::readAttempts(const QString &courseId, CourseProgress &p)
{
    if (!run(m_readAttempts, {courseId}))
        return false;
    QHash<QString, qsizetype> index;
    while (m_readAttempts.next()) {
        const QSqlQuery &q = m_readAttempts;
        Attempt a;
        a.id = q.value(0).toString();
        a.number = q.value(1).toInt();
        a.courseVersion = q.value(2).toString();
        a.startedAt = timeFrom(q.value(3));
        a.submittedAt = timeFrom(q.value(4));
        a.seed = static_cast<quint64>(q.value(5).toLongLong());
        a.questionOrder = idsFromJson(q.value(6));
        a.optionOrder = mapFromJson(q.value(7));
        index.insert(a.id, p.attempts.size());
        p.attempts.append(a);
    }
    m_readAttempts.finish();

    if (!run(m_readAttemptAnswers, {courseId}))
        return false;
    while (m_readAttemptAnswers.next()) {
        const auto it = index.constFind(m_readAttemptAnswers.value(0).toString());
        if (it == index.constEnd())
            continue; // an answer whose attempt row is gone has nothing to belong to
        p.attempts[*it].answers.insert(m_readAttemptAnswers.value(1).toString(),
                                       setFromJson(m_readAttemptAnswers.value(2)));
    }
    m_readAttemptAnswers.finish();
    return true;
}

} // namespace leerpad
