#pragma once

// Playback of one dialogue: owns the media player (the media plugin's in the product),
// turns its statuses into a small state the widgets show, and takes the learner's
// intents (play, pause, seek, speed, volume). Never blocks: a missing or broken file
// becomes a Dutch message, and the transcript stays usable.

#include "core/model/course.h"
#include "ui/audio/mediaplayers.h"

#include <QObject>

#include <memory>

namespace leerpad {

class AudioController : public QObject, private media::EngineEvents
{
    Q_OBJECT
public:
    enum class Status {
        Unavailable, // no file: nothing to play
        Loading,
        Ready,
        Playing,
        Paused,
        Ended,
        Failed, // the file cannot be decoded or played
    };
    Q_ENUM(Status)

    // Creates its player from players when the block's audio file exists (right away,
    // or just after the page is painted; see MediaPlayers).
    AudioController(const AudioBlock &block, const MediaPlayers &players, QObject *parent = nullptr);
    ~AudioController() override;

    Status status() const { return m_status; }
    bool canPlay() const;
    // Whether the learner can hear it: it plays, and the system has a sound output.
    bool isAudible() const { return canPlay() && !m_silent; }
    bool isPlaying() const { return m_status == Status::Playing; }
    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }
    qreal rate() const { return m_rate; }
    float volume() const { return m_volume; }
    bool isMuted() const { return m_muted; }
    // For the learner, in Dutch; empty when all is well.
    QString message() const { return m_message; }

    const QList<Cue> &cues() const { return m_cues; }
    // The cue being spoken: the last one started at the current position, so the
    // highlight does not flicker in the pauses between lines; the first cue before it
    // starts. -1 only without cues.
    int currentCue() const { return m_currentCue; }
    int cueAt(qint64 ms) const;

    static QList<qreal> rates(); // 0.5, 0.75, 1, 1.25, 1.5

public slots:
    void play();
    void pause();
    void togglePlayPause();
    void seek(qint64 ms);
    // Where a learner left off: applied now if the media is loaded, else once it is
    // (a player ignores positions set before loading). Does not start playback.
    void resumeAt(qint64 ms);
    void seekToCue(int index); // and play from there
    void setRate(qreal rate);
    void setVolume(float volume);
    void setMuted(bool muted);

signals:
    void statusChanged(AudioController::Status status);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void currentCueChanged(int index);
    void messageChanged(const QString &message);
    void rateChanged(qreal rate);
    void volumeChanged(float volume);
    void mutedChanged(bool muted);
    void playedToEnd();

private:
    // What the player reports (media::EngineEvents).
    void engineStatus(media::Status status) override;
    void engineState(media::State state) override;
    void enginePosition(qint64 ms) override;
    void engineDuration(qint64 ms) override;
    void engineError(const QString &message) override;

    void createPlayer();
    bool hasPlayer() const; // created, and the file can be played
    void setStatus(Status status);
    void setMessage(const QString &message);
    void updatePosition(qint64 ms);
    void fail(const QString &detail);

    MediaPlayers m_players;
    std::unique_ptr<media::Engine> m_player; // null until created, or when none could be
    QString m_src;
    QString m_srcPath;
    QList<Cue> m_cues;
    Status m_status = Status::Unavailable;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    qreal m_rate = 1.0;
    float m_volume = 1.0f;
    bool m_muted = false;
    int m_currentCue = -1;
    QString m_message;
    bool m_outputChecked = false;
    qint64 m_pendingPosition = -1; // see resumeAt()
    bool m_closing = false;
    bool m_silent = false; // no sound output was found (playback may run silently)
};

} // namespace leerpad
