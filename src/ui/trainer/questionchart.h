#pragma once

// A bar per self-test question in the class report: how many of the learners' best
// attempts got it wrong, so the question to explain again stands out at a glance. Drawn
// with QPainter (a dozen bars need no chart library). The same figures are in the table
// below it; a screen reader gets them as the chart's description.

#include "core/results/classreport.h"

#include <QWidget>

namespace leerpad {

class QuestionChart : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionChart(QWidget *parent = nullptr);

    void setReport(const xapi::ClassReport &report);
    // "Vraag 1: 2 van 5 fout; …" in the grid's order: the chart in words.
    QString summary() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Bar
    {
        QString questionId;
        int wrong = 0;
        int answered = 0;
    };
    QRectF barRect(int index) const;

    QList<Bar> m_bars;
};

} // namespace leerpad
