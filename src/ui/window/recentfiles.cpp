#include "ui/window/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace leerpad {

namespace {
const QString kRecentKey = QStringLiteral("recent/courses");
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    // Rebuilt on every opening so files deleted meanwhile disappear from the menu.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::entries() const
{
    const QStringList stored = QSettings().value(kRecentKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    }
    if (existing != stored)
        store(existing);
    return existing.mid(0, kMaxEntries);
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = entries();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaxEntries));
    rebuildMenu();
}

void RecentFiles::store(const QStringList &entries) const
{
    QSettings().setValue(kRecentKey, entries);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = entries();
    int number = 1;
    for (const QString &path : list) {
        // The number is a mnemonic; the path is shown as the user's platform writes it.
        auto *action = m_menu->addAction(
            tr("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace leerpad
