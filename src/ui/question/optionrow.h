#pragma once

// One answer option, the same in practice and in the self-test: a radio button or check
// box with its text wrapped beside it, the whole row clickable, its number key shown,
// and after checking (or in review) a mark with icon and word, never colour alone.

#include "core/model/course.h"

#include <QFrame>

class QAbstractButton;
class QLabel;

namespace leerpad {

class OptionRow : public QFrame
{
    Q_OBJECT
public:
    enum class Mark {
        None,
        Correct,   // chosen, and right
        Incorrect, // chosen, and wrong
        Missed,    // the right answer, not chosen (review and the trainer's key)
    };

    OptionRow(int number, const Option &option, bool multiple, QWidget *parent = nullptr);

    QAbstractButton *button() const { return m_button; }
    const QString &optionId() const { return m_optionId; }
    QString text() const;
    bool isChecked() const;
    // Read-only: the indicator greys out, the text stays fully readable.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
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

    QString m_optionId;
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
