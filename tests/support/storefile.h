#pragma once

// Reads a progress file with plain SQL, independently of the progress store's code, so
// a test's expectations never come from the code under test.

#include <QSet>
#include <QString>
#include <QStringList>

namespace leerpad::test {

class StoreFile
{
public:
    explicit StoreFile(const QString &dataDir); // dataDir/progress.sqlite
    ~StoreFile();
    StoreFile(const StoreFile &) = delete;
    StoreFile &operator=(const StoreFile &) = delete;

    bool isOpen() const { return m_open; }
    QString currentPage(const QString &courseId) const;
    QSet<QString> visited(const QString &courseId) const;
    QSet<QString> completed(const QString &courseId) const;
    // Chosen option ids as stored (a JSON array), and whether it was checked.
    QString practiceOptions(const QString &courseId, const QString &questionId) const;
    bool practiceChecked(const QString &courseId, const QString &questionId) const;
    int attemptCount(const QString &courseId) const;
    // Answers of the newest unsubmitted attempt: question id -> option ids (JSON).
    int openAttemptAnswerCount(const QString &courseId) const;
    // Audio position of a block in ms, or -1 when none is stored.
    qint64 audioPosition(const QString &courseId, const QString &blockId) const;
    // Every row of every table that belongs to the course, as text, in a stable order;
    // "column=value" fields, leaving out the columns named in `ignoredColumns` (say,
    // updated_at, which differs between two runs that store the same progress).
    QStringList dump(const QString &courseId, const QStringList &ignoredColumns = {}) const;

private:
    QStringList column(const QString &sql, const QString &courseId, const QString &extra = {}) const;

    QString m_connection;
    bool m_open = false;
};

} // namespace leerpad::test
