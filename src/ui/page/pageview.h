#pragma once

// Shows one page of a course session: its section and title, then its blocks top to
// bottom in a column of comfortable reading width. Only the current page's widgets
// exist; switching pages throws them away and builds the next, so a course of any size
// switches quickly. It reads the session (saved answers, dialogue positions, the
// self-test's state) and reports what the learner does as intents; it changes nothing.

#include "ui/audio/mediaplayers.h"

#include <QPointer>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace leerpad {

class EndOfCourseCard;

struct Block;
class CourseSession;
struct Page;

class PageView : public QScrollArea
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    // The session to show (null: nothing). It must outlive its use here; clear() first
    // when it closes.
    void setSession(const CourseSession *session);
    // Builds the page at this course-order index; out of range clears.
    void showPage(int pageIndex);
    void clear();
    QString pageId() const { return m_pageId; }

    // Every block widget of the current page, in order (text, audio, question, test).
    QList<QWidget *> blockViews() const { return m_blocks; }
    // On the course's last page: where the learner stands and what to do next; else null.
    EndOfCourseCard *endOfCourseCard() const;
    template<typename T>
    QList<T *> blocksOf() const
    {
        QList<T *> out;
        for (QWidget *w : m_blocks) {
            if (auto *t = qobject_cast<T *>(w))
                out << t;
        }
        return out;
    }

    void setMediaPlayers(MediaPlayers players) { m_players = std::move(players); }
    void setContentFont(const QFont &font);
    // Trainer view: questions show their key and added items are tagged. Takes effect
    // on the next showPage().
    void setTrainerMode(bool on) { m_trainerMode = on; }
    bool trainerMode() const { return m_trainerMode; }
    QFont contentFont() const { return m_font; }

    // Page Up / Page Down: scroll when there is more of this page that way; false when
    // already at that end (the caller then turns the page).
    bool scrollByPage(int direction);

    // Asks every dialogue of the page where it is (the window does before the session
    // closes; leaving a page does it too).
    void saveAudioPositions();

signals:
    void practiceAnswerChanged(const QString &questionId, const QStringList &optionIds, bool checked);
    void audioPositionChanged(const QString &blockId, qint64 ms);
    // Played to the end, or its transcript opened.
    void dialogueFinished(const QString &blockId);
    void selfTestRequested();
    void selfTestResultsRequested();
    void glossaryRequested();
    void pageRequested(int pageIndex);
    void zoomRequested(int steps); // Ctrl + mouse wheel

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildBlock(const Page &page, const Block &block, QWidget *parent);
    void updateMeasure();
    QWidget *addedTag(QWidget *parent) const;
    void ensureFocusVisible(QWidget *now);
    void orderTabs();

    const CourseSession *m_session = nullptr;
    MediaPlayers m_players;
    QFont m_font;
    QString m_pageId;
    QPointer<QWidget> m_content;
    QVBoxLayout *m_columnLayout = nullptr;
    QList<QWidget *> m_blocks;
    QPointer<EndOfCourseCard> m_endCard;
    bool m_trainerMode = false;
};

} // namespace leerpad
