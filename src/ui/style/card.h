#pragma once

// A rounded panel that sets related controls apart from the running text (the audio
// player, a question's feedback, the self-test start). Colours come from the palette.

#include <QColor>
#include <QFrame>

namespace leerpad {

class Card : public QFrame
{
    Q_OBJECT
public:
    explicit Card(QWidget *parent = nullptr);

    // Invalid colours mean "derived from the palette".
    void setColors(const QColor &fill, const QColor &border);
    // A bar along the left edge (an outcome's colour beside its words); invalid: none.
    void setStripe(const QColor &color);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QColor m_fill;
    QColor m_border;
    QColor m_stripe;
};

} // namespace leerpad
