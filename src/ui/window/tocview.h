#pragma once

// The table of contents as a tree: sections with their pages, each page with its state
// icon. Rows are roomier than a default tree, and the text is at least 11 pt: page
// titles are read, not just scanned.

#include <QTreeView>

namespace leerpad {

class TocView : public QTreeView
{
    Q_OBJECT
public:
    explicit TocView(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyMinimumFont();
    bool m_adjustingFont = false;
};

} // namespace leerpad
