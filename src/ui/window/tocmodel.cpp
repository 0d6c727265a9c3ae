#include "ui/window/tocmodel.h"

#include "ui/style/icons.h"

#include <QFont>
#include <QGuiApplication>


namespace leerpad {

TocModel::TocModel(QObject *parent) : QAbstractItemModel(parent)
{
    refreshIcons();
}

void TocModel::refreshIcons()
{
    const QPalette palette = m_iconPalette.value_or(QGuiApplication::palette());
    for (PageState s : {PageState::NotVisited, PageState::Visited, PageState::Completed})
        m_stateIcons[std::size_t(s)] = icons::pageState(s, palette);
}

void TocModel::setIconPalette(const QPalette &palette)
{
    m_iconPalette = palette;
    refreshIcons();
    onNavigatorReset();
}

void TocModel::setCourse(std::shared_ptr<const Course> course, const Navigator *navigator)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_course = std::move(course);
    m_navigator = navigator;
    if (m_navigator) {
        m_connections << connect(m_navigator, &Navigator::pageStateChanged, this,
                                 [this](int pageIndex, PageState) { onPageStateChanged(pageIndex); });
        m_connections << connect(m_navigator, &Navigator::reset, this, &TocModel::onNavigatorReset);
    }
    refreshIcons();
    endResetModel();
}

void TocModel::onPageStateChanged(int pageIndex)
{
    const QModelIndex i = indexForPage(pageIndex);
    if (i.isValid())
        emit dataChanged(i, i, {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole,
                                PageStateRole});
}

void TocModel::onNavigatorReset()
{
    // Every page may have changed; signal per section so views keep their expansion.
    for (int s = 0; s < rowCount(); ++s) {
        const QModelIndex parent = index(s, 0);
        const int rows = rowCount(parent);
        if (rows > 0)
            emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
    }
}

QModelIndex TocModel::indexForPage(int pageIndex) const
{
    if (!m_course)
        return {};
    const CourseIndex::Position at = m_course->index.position(pageIndex);
    if (!at.isValid())
        return {};
    return createIndex(at.page, 0, quintptr(at.section + 1));
}

int TocModel::pageIndexOf(const QModelIndex &index) const
{
    if (!m_course || !index.isValid() || index.internalId() == 0)
        return -1;
    return m_course->index.pageAt({int(index.internalId()) - 1, index.row()});
}

QModelIndex TocModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TocModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int TocModel::rowCount(const QModelIndex &parent) const
{
    if (!m_course || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_course->sections.size());
    if (parent.internalId() == 0)
        return int(m_course->sections[parent.row()].pages.size());
    return 0;
}

int TocModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString TocModel::stateText(PageState state)
{
    switch (state) {
    case PageState::NotVisited:
        return tr("Nog niet bekeken");
    case PageState::Visited:
        return tr("Bekeken, nog niet afgerond");
    case PageState::Completed:
        return tr("Afgerond");
    }
    return {};
}

QVariant TocModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Section &s = m_course->sections[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return s.title;
        case Qt::AccessibleDescriptionRole:
            return tr("Onderdeel met %n pagina's", nullptr, int(s.pages.size()));
        case Qt::FontRole: {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        case PageIndexRole:
            return -1;
        default:
            return {};
        }
    }
    const int section = int(index.internalId()) - 1;
    const Page &p = m_course->sections[section].pages[index.row()];
    const int pageIndex = m_course->index.pageAt({section, index.row()});
    const PageState state = m_navigator ? m_navigator->pageState(pageIndex) : PageState::NotVisited;
    switch (role) {
    case Qt::DisplayRole:
        return p.title;
    case Qt::DecorationRole:
        return m_stateIcons[std::size_t(state)];
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(p.title, stateText(state));
    case Qt::AccessibleDescriptionRole:
        return stateText(state);
    case PageIdRole:
        return p.id;
    case PageIndexRole:
        return pageIndex;
    case PageStateRole:
        return int(state);
    default:
        return {};
    }
}

Qt::ItemFlags TocModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled; // sections group pages; only pages can be shown
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace leerpad
