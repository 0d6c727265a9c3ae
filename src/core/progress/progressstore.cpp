#include "core/progress/progressstore.h"

#include "core/logging.h"
#include "core/progress/storeconnection.h"
#include "core/progress/storereconcile.h"
#include "core/progress/storewriter.h"

#include <QDateTime>
#include <QDir>
#include <QUuid>

#include <algorithm>
#include <utility>
#include <atomic>
#include <optional>

namespace leerpad {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("leerpad-progress-%1").arg(++counter);
}

QString sqlMessage(const QString &what, const QSqlError &error)
{
    return QStringLiteral("%1: %2 (SQLite code %3)").arg(what, error.text(), error.nativeErrorCode());
}

} // namespace

ProgressStore::ProgressStore(const QString &dataDir, QObject *parent)
    : ProgressStore(dataDir, Durability::PowerLoss, parent)
{
}

ProgressStore::ProgressStore(const QString &dataDir, Durability durability, QObject *parent)
    : ProgressStore(dataDir, QString(), durability, parent)
{
}

ProgressStore::ProgressStore(const QString &dataDir, const QString &profileId,
                             Durability durability, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_profileId(profileId),
      m_connection(std::make_unique<StoreConnection>(dataDir, uniqueConnectionName(),
                                                     durability == Durability::PowerLoss))
{
    m_saving = ensureOpen();
}

ProgressStore::~ProgressStore()
{
    // Statements before the connection: Qt only removes a connection nobody uses.
    m_writer.reset();
    m_connection.reset();
}

QString ProgressStore::fileName()
{
    return StoreConnection::fileName();
}

QString ProgressStore::databasePath() const
{
    return m_connection->filePath();
}

QString ProgressStore::connectionName() const
{
    return m_connection->connectionName();
}

QString ProgressStore::savingWarning() const
{
    if (m_saving)
        return {};
    return tr("Je voortgang wordt op dit moment niet opgeslagen. Je kunt gewoon verder werken: "
              "Leerpad probeert het bij elke stap opnieuw. Controleer of er nog ruimte op de schijf "
              "is en of je in de map %1 mag schrijven.")
        .arg(QDir::toNativeSeparators(m_dataDir));
}

QString ProgressStore::describe(const StoreRecovery &recovery)
{
    const QString backup = QDir::toNativeSeparators(recovery.backupPath);
    switch (recovery.reason) {
    case StoreRecovery::Reason::NewerSchema:
        return tr("Je voortgang is opgeslagen door een nieuwere versie van Leerpad en kan met deze "
                  "versie niet worden gelezen. Leerpad heeft het bestand bewaard als %1 en gaat verder "
                  "met een nieuw voortgangsbestand.")
            .arg(backup);
    case StoreRecovery::Reason::Corrupt:
        break;
    }
    return tr("Het bestand met je voortgang was beschadigd en kon niet worden gelezen. Leerpad "
              "heeft het bewaard als %1 en gaat verder met een nieuw voortgangsbestand.")
        .arg(backup);
}

QString ProgressStore::describe(const ReconcileReport &report)
{
    const int dropped = report.droppedTotal();
    // Separate sentences instead of %n: the source language is Dutch and has no
    // translator of its own to pick plural forms.
    if (dropped == 1)
        return tr("Deze cursus is gewijzigd sinds je eraan werkte. Je voortgang is bewaard, behalve "
                  "bij één onderdeel dat niet meer bestaat.");
    if (dropped > 1)
        return tr("Deze cursus is gewijzigd sinds je eraan werkte. Je voortgang is bewaard, behalve "
                  "bij %1 onderdelen die niet meer bestaan.")
            .arg(dropped);
    if (report.versionChanged)
        return tr("Deze cursus is bijgewerkt naar een nieuwe versie. Al je voortgang is bewaard.");
    return {};
}

const CourseProgress *ProgressStore::progress(const QString &courseId) const
{
    const auto it = m_courses.constFind(courseId);
    return it == m_courses.constEnd() ? nullptr : &it->progress;
}

ProgressStore::Slot &ProgressStore::slot(const QString &courseId)
{
    auto it = m_courses.find(courseId);
    if (it == m_courses.end()) {
        it = m_courses.insert(courseId, Slot{});
        it->progress.courseId = courseId;
    }
    return *it;
}

CourseResume ProgressStore::openCourse(const CourseKeys &keys)
{
    Slot &s = slot(keys.courseId);
    if (ensureOpen() && (m_pending.isEmpty() || writePending())) {
        if (const auto read = m_writer->readCourse(keys.courseId)) {
            s.progress = read->progress;
            s.fromFile = true;
            setSaving(true); // the file works (again), even before anything is written
        } else {
            fail(sqlMessage(QStringLiteral("reading course %1").arg(keys.courseId), m_writer->lastError()),
                 isTransientError(m_writer->lastError()));
        }
    }
    // Otherwise the course keeps whatever this session already holds for it.

    CourseResume resume;
    resume.report = reconcileProgress(s.progress, keys);
    resume.resumed = !s.progress.isEmpty();
    resume.progress = s.progress;
    if (resume.report.droppedTotal() > 0) {
        qCInfo(lcStore) << "course" << keys.courseId << "changed; dropped" << resume.report.droppedTotal()
                        << "entries whose ids no longer exist";
        // Rewrite the course as a whole; if the file came from another session only
        // partly (fromFile false), merging is all that is safe.
        markPending(keys.courseId, s.fromFile ? Pending::Replace : Pending::Merge);
        if (ensureOpen())
            writePending();
    } else if (resume.report.versionChanged) {
        const CourseProgress current = s.progress;
        commit(keys.courseId, Pending::Merge, [current](StoreWriter &w) { return w.putCourse(current); });
    }
    return resume;
}

bool ProgressStore::saveNavigation(const QString &courseId, const NavigationState &navigation)
{
    Slot &s = slot(courseId);
    const NavigationState before = s.progress.navigation;
    s.progress.navigation = navigation;
    const CourseProgress &current = s.progress;
    return commit(courseId, Pending::Merge, [&](StoreWriter &w) {
        return w.putCourse(current) && w.putNavigationDelta(courseId, before, navigation);
    });
}

bool ProgressStore::saveNavigationChange(const QString &courseId, const NavigationChange &change)
{
    Slot &s = slot(courseId);
    NavigationState &nav = s.progress.navigation;
    nav.currentPageId = change.currentPageId;
    for (const auto &[pageId, state] : change.pages) {
        if (state == PageState::NotVisited) {
            nav.visited.remove(pageId);
            nav.completed.remove(pageId);
            continue;
        }
        nav.visited.insert(pageId);
        if (state == PageState::Completed)
            nav.completed.insert(pageId);
    }
    const CourseProgress &current = s.progress;
    return commit(courseId, Pending::Merge, [&](StoreWriter &w) {
        if (!w.putCourse(current))
            return false;
        for (const auto &[pageId, state] : change.pages) {
            const bool ok = state == PageState::NotVisited
                                ? w.removePage(courseId, pageId)
                                : w.putPage(courseId, pageId, true, state == PageState::Completed);
            if (!ok)
                return false;
        }
        return true;
    });
}

bool ProgressStore::savePracticeAnswer(const QString &courseId, const QString &questionId,
                                       const PracticeAnswer &answer)
{
    Slot &s = slot(courseId);
    s.progress.practice.insert(questionId, answer);
    const CourseProgress &current = s.progress;
    return commit(courseId, Pending::Merge, [&](StoreWriter &w) {
        return w.putCourse(current) && w.putPractice(courseId, questionId, answer);
    });
}

bool ProgressStore::saveAudioPosition(const QString &courseId, const QString &blockId, qint64 positionMs)
{
    Slot &s = slot(courseId);
    s.progress.audioPositions.insert(blockId, positionMs);
    const CourseProgress &current = s.progress;
    return commit(courseId, Pending::Merge, [&](StoreWriter &w) {
        return w.putCourse(current) && w.putAudio(courseId, blockId, positionMs);
    });
}

bool ProgressStore::saveAttempt(const QString &courseId, const Attempt &attempt)
{
    Slot &s = slot(courseId);
    Attempt stored = attempt;
    std::optional<Attempt> before;
    auto it = std::find_if(s.progress.attempts.begin(), s.progress.attempts.end(),
                           [&](const Attempt &a) { return a.id == attempt.id; });
    if (it != s.progress.attempts.end()) {
        before = *it;
        stored.courseVersion = it->courseVersion;
        *it = stored;
    } else {
        stored.courseVersion = s.progress.courseVersion;
        s.progress.attempts.append(stored);
    }
    const CourseProgress &current = s.progress;
    return commit(courseId, Pending::Merge, [&](StoreWriter &w) {
        return w.putCourse(current) && w.putAttemptDelta(courseId, before ? &*before : nullptr, stored);
    });
}

bool ProgressStore::reset(const QString &courseId)
{
    Slot &s = slot(courseId);
    CourseProgress empty;
    empty.courseId = courseId;
    empty.courseVersion = s.progress.courseVersion;
    empty.registration = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.progress = empty;
    // Replace even if the file only comes back later: the learner asked to forget it all.
    return commit(courseId, Pending::Replace,
                  [&](StoreWriter &w) { return w.removeCourse(courseId) && w.putCourse(empty); });
}

bool ProgressStore::ensureOpen()
{
    if (m_connection->isOpen()) {
        if (m_connection->fileStillThere())
            return true;
        // Deleted, renamed or replaced underneath us: writes would land in a lost file.
        qCWarning(lcStore) << "progress file" << m_connection->filePath()
                           << "was deleted or replaced while open; reopening it";
        m_writer.reset();
        m_connection->closeLostFile();
    }
    const StoreConnection::OpenResult result = m_connection->open();
    for (const StoreRecovery &recovery : result.recoveries) {
        m_recoveries.append(recovery);
        emit recovered(recovery);
    }
    if (!result.ok) {
        fail(result.error, false);
        return false;
    }
    auto writer = std::make_unique<StoreWriter>(m_connection->database(), m_profileId);
    if (!writer->prepare()) {
        const QSqlError error = writer->lastError();
        writer.reset();
        fail(sqlMessage(QStringLiteral("preparing statements"), error), false);
        return false;
    }
    m_writer = std::move(writer);
    QSqlError adoptError;
    if (!transact([](StoreWriter &w) { return w.adoptUnclaimed(); }, &adoptError)) {
        fail(sqlMessage(QStringLiteral("giving earlier progress to profile %1").arg(m_profileId),
                        adoptError),
             isTransientError(adoptError));
        return false;
    }
    if (result.fresh) {
        // A new file (first run, or after moving one aside): everything this session
        // knows has to go into it.
        for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it)
            markPending(it.key(), Pending::Merge);
    }
    return true;
}

bool ProgressStore::commit(const QString &courseId, Pending how,
                           const std::function<bool(StoreWriter &)> &change)
{
    const QList<OutboxStatement> statements = std::exchange(m_staged, {});
    if (!ensureOpen()) {
        markPending(courseId, how);
        m_unsaved += statements;
        return false;
    }
    if (!m_pending.isEmpty() || !m_unsaved.isEmpty()) {
        // Earlier changes never reached the file: write this course (and the others)
        // whole, which includes this change.
        markPending(courseId, how);
        m_unsaved += statements;
        return writePending();
    }
    QSqlError error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!transact([&](StoreWriter &w) { return change(w) && w.putStatements(statements, now); }, &error)) {
        markPending(courseId, how);
        m_unsaved += statements;
        fail(sqlMessage(QStringLiteral("saving course %1").arg(courseId), error), isTransientError(error));
        return false;
    }
    setSaving(true);
    if (!statements.isEmpty())
        emit outboxChanged();
    return true;
}

bool ProgressStore::writePending()
{
    QSqlError error;
    const bool ok = transact(
        [this](StoreWriter &w) {
            for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
                if (it.value() == Pending::Replace && !w.removeCourse(it.key()))
                    return false;
                const auto course = m_courses.constFind(it.key());
                if (course != m_courses.constEnd() && !w.putWholeCourse(course->progress))
                    return false;
            }
            return w.putStatements(m_unsaved, QDateTime::currentMSecsSinceEpoch());
        },
        &error);
    if (!ok) {
        fail(sqlMessage(QStringLiteral("writing unsaved progress"), error), isTransientError(error));
        return false;
    }
    qCInfo(lcStore) << "saving works again; wrote" << m_pending.size() << "course(s) and"
                    << m_unsaved.size() << "statement(s) from memory";
    m_pending.clear();
    const bool statements = !std::exchange(m_unsaved, {}).isEmpty();
    setSaving(true);
    if (statements)
        emit outboxChanged();
    return true;
}

bool ProgressStore::transact(const std::function<bool(StoreWriter &)> &body, QSqlError *error)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction()) {
        *error = db.lastError();
        return false;
    }
    if (!body(*m_writer)) {
        *error = m_writer->lastError();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError();
        db.rollback();
        return false;
    }
    return true;
}

void ProgressStore::markPending(const QString &courseId, Pending how)
{
    auto it = m_pending.find(courseId);
    if (it == m_pending.end())
        m_pending.insert(courseId, how);
    else if (how == Pending::Replace)
        *it = Pending::Replace;
}

void ProgressStore::fail(const QString &message, bool keepConnection)
{
    m_lastError = message;
    qCWarning(lcStore).noquote() << "progress not saved:" << message;
    if (!keepConnection) {
        // Reopen from scratch next time: that also re-checks the file and moves a
        // damaged one aside.
        m_writer.reset();
        m_connection->close();
    }
    setSaving(false);
}

void ProgressStore::setSaving(bool saving)
{
    if (m_saving == saving)
        return;
    m_saving = saving;
    emit savingChanged(saving);
}

} // namespace leerpad
