#pragma once

// Table of contents: sections at the top level, their pages below, each page with its
// state (not visited / visited / completed) from the Navigator. The model only reads
// the course and the navigator; it never changes either.

#include "core/learning/navigator.h"
#include "core/model/course.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QPalette>

#include <array>
#include <memory>
#include <optional>

namespace leerpad {

class TocModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        PageIdRole = Qt::UserRole + 1,
        PageIndexRole, // position in course order, -1 for sections
        PageStateRole, // int(PageState), pages only
    };

    explicit TocModel(QObject *parent = nullptr);

    // The navigator must outlive the model or be reset together with it.
    void setCourse(std::shared_ptr<const Course> course, const Navigator *navigator);

    QModelIndex indexForPage(int pageIndex) const;
    int pageIndexOf(const QModelIndex &index) const; // -1 for sections and invalid

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString stateText(PageState state);

    // Redraws the state icons in the palette of the view (after a theme switch).
    void setIconPalette(const QPalette &palette);

private:
    void onPageStateChanged(int pageIndex);
    void onNavigatorReset();
    void refreshIcons();
    std::optional<QPalette> m_iconPalette; // the application's until a view sets one

    // internalId: 0 for a section, otherwise 1 + the section's row (for its pages).
    std::shared_ptr<const Course> m_course;
    const Navigator *m_navigator = nullptr;
    std::array<QIcon, 3> m_stateIcons;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace leerpad
