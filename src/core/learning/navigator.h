#pragma once

// Where the learner is in a course and what they have seen and finished. QtCore only,
// so the rules (what "completed" means, where "back" goes) are tested without widgets;
// the window and the table of contents only reflect this state.

#include "core/learning/navigationstate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace leerpad {

class CourseIndex;

class Navigator : public QObject
{
    Q_OBJECT
public:
    struct PageEntry
    {
        QString id;
        QStringList requiredBlocks; // see CourseIndex::completionBlocks()
    };

    explicit Navigator(QObject *parent = nullptr);

    // Replaces the page list (course order) and resets all state; shows the first page.
    void setCourse(const CourseIndex &index);
    void setPages(const QList<PageEntry> &pages);

    int pageCount() const { return int(m_pages.size()); }
    int currentIndex() const { return m_current; }
    QString currentPageId() const;
    QString pageId(int index) const;
    int indexOf(const QString &pageId) const; // -1 when unknown

    bool canGoNext() const { return m_current >= 0 && m_current + 1 < pageCount(); }
    bool canGoPrevious() const { return m_current > 0; }
    bool canGoBack() const { return !m_history.isEmpty(); }

    PageState pageState(int index) const;
    PageState pageState(const QString &pageId) const { return pageState(indexOf(pageId)); }
    bool isVisited(const QString &pageId) const { return m_visited.contains(pageId); }
    bool isCompleted(const QString &pageId) const { return m_completed.contains(pageId); }
    int visitedCount() const { return int(m_visited.size()); }
    int completedCount() const { return int(m_completed.size()); }
    double progress() const; // completed pages / all pages, 0 for an empty course

    NavigationState state() const;
    // Unknown page ids are dropped (the course may have changed since the state was
    // saved); an unknown or empty current page falls back to the first page.
    void restore(const NavigationState &state);

public slots:
    bool goTo(const QString &pageId);
    bool goToIndex(int index);
    bool next();
    bool previous();
    bool first();
    bool last();
    bool back(); // to the page shown before the last jump; history is not a page list

    // A finished block of a page; the page completes once all its required blocks are.
    void markBlockDone(const QString &pageId, const QString &blockId);
    // Completes a page regardless of its blocks (e.g. when the self-test is finished).
    void markCompleted(const QString &pageId);

signals:
    // After every change of the current page (including restore and setCourse).
    void currentChanged(int index, const QString &pageId);
    void pageStateChanged(int index, PageState state);
    void progressChanged(double fraction);
    void historyChanged(bool canGoBack);
    // setCourse/setPages/restore: listeners should re-read everything.
    void reset();
    // After each change other than a reset, once, with what it changed (see
    // NavigationChange); currentChanged and pageStateChanged have been sent before it.
    void changed(const leerpad::NavigationChange &change);

private:
    bool show(int index, bool recordHistory);
    void visit(int index);
    void complete(int index);
    void announce(bool moved);

    QList<PageEntry> m_pages;
    QHash<QString, int> m_index;
    int m_current = -1;
    QSet<QString> m_visited;
    QSet<QString> m_completed;
    QHash<int, QSet<QString>> m_doneBlocks; // partial progress on the current session
    QList<int> m_history;
    QList<QPair<QString, PageState>> m_changes; // collected until announce()
};

} // namespace leerpad
