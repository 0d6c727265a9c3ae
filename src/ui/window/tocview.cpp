#include "ui/window/tocview.h"

#include "ui/window/tocmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyledItemDelegate>

namespace leerpad {

namespace {

constexpr qreal kMinimumPointSize = 11;

class RoomyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(s.height() + option.fontMetrics.height() / 2);
        return s;
    }
};

} // namespace

TocView::TocView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("toc"));
    setItemDelegate(new RoomyDelegate(this));
    setHeaderHidden(true);
    setUniformRowHeights(true); // cheap layout for very long courses
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFrameShape(QFrame::NoFrame);
    setIndentation(14);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    setAccessibleName(tr("Inhoudsopgave"));
    setAccessibleDescription(
        tr("Onderdelen en pagina's van de cursus; kies een pagina met de pijltjes of Enter"));
    applyMinimumFont();
}

void TocView::applyMinimumFont()
{
    if (font().pointSizeF() >= kMinimumPointSize)
        return;
    m_adjustingFont = true;
    QFont f = font();
    f.setPointSizeF(kMinimumPointSize);
    setFont(f);
    m_adjustingFont = false;
    const int icon = fontMetrics().height();
    setIconSize(QSize(icon, icon));
}

void TocView::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange && !m_adjustingFont)
        applyMinimumFont();
    if (event->type() == QEvent::PaletteChange) {
        if (auto *toc = qobject_cast<TocModel *>(model()))
            toc->setIconPalette(palette());
    }
}

} // namespace leerpad
