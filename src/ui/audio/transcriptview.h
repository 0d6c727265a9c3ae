#pragma once

// The written-out dialogue: one line per cue with time, speaker (in their own colour,
// on their own line) and text. The cue being spoken is marked (tint, bar and a play
// mark, not colour alone) and kept in view; clicking a line or pressing Enter on it
// asks to play from there.

#include "core/model/course.h"

#include <QListWidget>

namespace leerpad {

class TranscriptView : public QListWidget
{
    Q_OBJECT
public:
    enum Role {
        SpeakerRole = Qt::UserRole + 1,
        TextRole,
        StartRole,
        SpeakerIndexRole,
    };

    TranscriptView(const QList<Cue> &cues, const QList<Speaker> &speakers,
                   QWidget *parent = nullptr);

    int currentCue() const { return m_currentCue; }
    void setCurrentCue(int index);
    // Follow the current cue with the scroll position (on while playing).
    void setFollowing(bool following);

    void doItemsLayout() override;

signals:
    void cueActivated(int index);
    // Its last line has been in view while it was open: the learner has read it through.
    void readToEnd();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateHeight();
    void scrollToCurrent();
    void checkReadToEnd();

    int m_currentCue = -1;
    bool m_following = true;
    bool m_readToEnd = false;
};

} // namespace leerpad
