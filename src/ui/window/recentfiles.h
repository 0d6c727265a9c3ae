#pragma once

// File → Recent geopend: the last courses opened, newest first, kept in QSettings.
// Entries whose file has gone are dropped whenever the list is read.

#include <QObject>
#include <QStringList>

class QMenu;

namespace leerpad {

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 8;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList entries() const;
    void add(const QString &path);

signals:
    void openRequested(const QString &path);

private:
    void store(const QStringList &entries) const;
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace leerpad
