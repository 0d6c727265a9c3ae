#pragma once

// A dialogue on a page: title and speakers, the player bar, a notice when the audio
// cannot be played, and the transcript behind a "show" button. Completes when the
// dialogue has played to the end, or its transcript has been read through (its last
// line was in view), or it cannot be heard and its transcript is open.

#include "core/model/course.h"
#include "ui/audio/mediaplayers.h"
#include "ui/style/card.h"

class QLabel;
class QToolButton;

namespace leerpad {

class AudioController;
class AudioControls;
class TranscriptView;

class AudioBlockView : public Card
{
    Q_OBJECT
public:
    AudioBlockView(const AudioBlock &block, const MediaPlayers &players, QWidget *parent = nullptr);

    AudioController *controller() const { return m_controller; }
    AudioControls *controls() const { return m_controls; }
    TranscriptView *transcript() const { return m_transcript; }
    QToolButton *transcriptButton() const { return m_toggle; }
    QString message() const;
    bool isMessageVisible() const;

    // See above (possibly already while constructing).
    bool isCompleted() const { return m_completed; }
    bool isTranscriptOpen() const;
    void setTranscriptOpen(bool open);

signals:
    void completed();
    // The place to remember: sent on pause and on a seek while not playing (the page
    // view asks for the place itself when the page is left).
    void positionToSave(qint64 ms);

private:
    void showMessage(const QString &message);
    void complete();
    void syncStatus();

    AudioController *m_controller;
    AudioControls *m_controls;
    QWidget *m_messageBox;
    QLabel *m_messageIcon;
    QLabel *m_message;
    QToolButton *m_toggle = nullptr;
    TranscriptView *m_transcript = nullptr;
    bool m_completed = false;
};

} // namespace leerpad
