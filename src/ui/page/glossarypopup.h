#pragma once

// The definition of one glossary term, shown in a small popup right under the term
// the learner clicked or pressed Enter on. Escape or a click elsewhere closes it and
// keyboard focus returns to the text.

#include <QFrame>

class QLabel;

namespace leerpad {

struct GlossaryEntry;

class GlossaryPopup : public QFrame
{
    Q_OBJECT
public:
    explicit GlossaryPopup(QWidget *parent);

    void setEntry(const GlossaryEntry &entry);
    // anchor: the term's rectangle in global coordinates; the popup goes below it, or
    // above when the screen ends first.
    void showAt(const QRect &anchor);

    QString term() const;
    QString definition() const;

signals:
    void glossaryRequested(); // "Alle begrippen" link

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_term;
    QLabel *m_definition;
};

} // namespace leerpad
