#pragma once

// Lays items out left to right and wraps them onto the next line when the width runs
// out, like words in a paragraph. For rows of small buttons that must fit a narrow
// window (the self-test's question overview at 800×600) instead of forcing it wider.

#include <QLayout>
#include <QList>

namespace leerpad {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places (or, with apply false, only measures) the items in rect; returns the height.
    int place(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_gap;
};

} // namespace leerpad
