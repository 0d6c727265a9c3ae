#pragma once

// Text size of the page, in points, kept in QSettings so the learner's choice survives
// a restart. Never below 11 pt: reading is what the player is for.

#include <QObject>

namespace leerpad {

class Zoom : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinimum = 11;
    static constexpr int kDefault = 12;
    static constexpr int kMaximum = 28;

    explicit Zoom(QObject *parent = nullptr); // reads the saved size

    int pointSize() const { return m_pointSize; }
    bool canZoomIn() const { return m_pointSize < kMaximum; }
    bool canZoomOut() const { return m_pointSize > kMinimum; }

public slots:
    void zoomIn();
    void zoomOut();
    void reset();
    void setPointSize(int points);

signals:
    void changed(int pointSize);

private:
    int m_pointSize = kDefault;
};

} // namespace leerpad
