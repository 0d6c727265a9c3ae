#pragma once

// The player bar of a dialogue: play/pause, position slider with elapsed and total
// time, mute, volume and speed. A dumb view: it shows what it is told and emits the
// learner's intents; the AudioController decides what happens.

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QToolButton;

namespace leerpad {

class AudioControls : public QWidget
{
    Q_OBJECT
public:
    explicit AudioControls(QWidget *parent = nullptr);

    void setPlaying(bool playing, bool ended = false);
    void setPlaybackEnabled(bool enabled);
    void setPosition(qint64 ms);
    void setDuration(qint64 ms);
    void setRate(qreal rate);
    void setVolume(float volume);
    void setMuted(bool muted);

    QPushButton *playButton() const { return m_play; }
    QSlider *positionSlider() const { return m_position; }
    QToolButton *muteButton() const { return m_mute; }
    QSlider *volumeSlider() const { return m_volume; }
    QComboBox *rateBox() const { return m_rate; }
    QString elapsedText() const;

    // "1:05"; hours only when needed ("1:02:03").
    static QString formatTime(qint64 ms);

signals:
    void playPauseRequested();
    void seekRequested(qint64 ms);
    void rateRequested(qreal rate);
    void volumeRequested(float volume);
    void muteRequested(bool muted);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTimeLabels(qint64 position);
    void updateIcons();
    void updateSizes();
    void describeVolume();

    QPushButton *m_play;
    QSlider *m_position;
    QLabel *m_elapsed;
    QLabel *m_total;
    QToolButton *m_mute;
    QSlider *m_volume;
    QComboBox *m_rate;
    qint64 m_duration = 0;
    bool m_playing = false;
    bool m_ended = false;
};

} // namespace leerpad
