#pragma once

// One answer option: a radio button or check box with a word-wrapped label (Qt's
// buttons cannot wrap long option texts), a number badge that hints at the number
// key, and, in review, a tag saying in words whether this was your and/or the right
// answer.

#include "core/model/course.h"

#include <QFrame>

class QAbstractButton;
class QLabel;

namespace leerpad {

class SelfTestOptionRow : public QFrame
{
    Q_OBJECT
public:
    SelfTestOptionRow(int number, const Option &option, bool multiple, QWidget *parent = nullptr);

    QAbstractButton *button() const { return m_button; }
    const QString &optionId() const { return m_optionId; }
    QString text() const;

    // Review: read-only, marked as chosen and/or correct.
    void setReview(bool chosen, bool correct);

signals:
    void toggledByUser();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void setMark(const QString &mark, const QString &tag);
    void updateChecked();

    QString m_optionId;
    QAbstractButton *m_button;
    QLabel *m_badge;
    QLabel *m_label;
    QLabel *m_tag;
};

} // namespace leerpad
