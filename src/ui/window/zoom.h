#pragma once

// Text size of the page, in points, kept in QSettings so the learner's choice survives
// a restart. Never below 11 pt: reading is what the player is for. Until the learner
// chooses, it follows the desktop's font: 12 pt at the usual 9-10 pt, and as much larger
// as the desktop font is (a desktop font at 200 % gives page text at 200 %).

#include <QObject>

namespace leerpad {

class Zoom : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinimum = 11;
    static constexpr int kDefault = 12; // at a desktop font of 10 pt or less
    static constexpr int kMaximum = 28;

    explicit Zoom(QObject *parent = nullptr); // reads the saved size

    // The size before the learner chooses one (and after Ctrl+0), for this desktop font.
    static int defaultFor(qreal desktopPointSize);
    static int desktopDefault(); // defaultFor(the application font)

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
