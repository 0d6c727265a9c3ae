#pragma once

// Wraps a large pane (table of contents, page) and draws a clear ring around it while
// that pane itself has keyboard focus: F6 moves focus between panes, and the learner
// must see where it went. Styles draw little or nothing for focused scroll areas.
// Like the web's :focus-visible, the ring shows when focus came from the keyboard
// (Tab, F6), not from a mouse click or from the window being activated.

#include <QWidget>

namespace leerpad {

class FocusRing : public QWidget
{
    Q_OBJECT
public:
    FocusRing(QWidget *pane, QWidget *parent = nullptr);

    bool isRingShown() const { return m_ring && m_pane->hasFocus(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_pane;
    bool m_ring = false;
};

} // namespace leerpad
