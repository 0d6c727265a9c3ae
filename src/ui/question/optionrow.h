#pragma once

// One answer option of a practice question: a radio button or check box with its text
// wrapped beside it, the whole row clickable, its number key shown, and after checking
// a mark with icon and word (never colour alone).

#include <QFrame>

class QAbstractButton;
class QLabel;

namespace leerpad {

class OptionRow : public QFrame
{
    Q_OBJECT
public:
    enum class Mark { None, Correct, Incorrect };

    OptionRow(int number, const QString &text, bool multiple, QWidget *parent = nullptr);

    QAbstractButton *button() const { return m_button; }
    QString text() const;
    bool isChecked() const;
    void setLocked(bool locked);
    void setMark(Mark mark);
    Mark mark() const { return m_mark; }
    QString markText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMark();

    QAbstractButton *m_button;
    QLabel *m_number;
    QLabel *m_text;
    QLabel *m_markIcon;
    QLabel *m_markText;
    QString m_description; // accessible description without the mark
    Mark m_mark = Mark::None;
    bool m_locked = false;
    bool m_hover = false;
};

} // namespace leerpad
