#pragma once

// The left pane: the course's title and subtitle above the table of contents.

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTreeView;

namespace leerpad {

class Sidebar : public QWidget
{
    Q_OBJECT
public:
    explicit Sidebar(QAbstractItemModel *toc, QWidget *parent = nullptr);

    void setCourseTitle(const QString &title, const QString &subtitle);
    QTreeView *toc() const { return m_toc; }

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QTreeView *m_toc;
};

} // namespace leerpad
