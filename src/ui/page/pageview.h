#pragma once

// Shows one page: its section and title, then its blocks top to bottom in a column of
// comfortable reading width. Only the current page's widgets exist; switching pages
// throws them away and builds the next, so a course of any size switches quickly.

#include "core/model/course.h"
#include "core/progress/storetypes.h"
#include "ui/audio/mediabackend.h"

#include <QPointer>
#include <QScrollArea>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace leerpad {

class PageView : public QScrollArea
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    void setCourse(std::shared_ptr<const Course> course);
    // Builds the page at (section, page) of the course; an out-of-range pair clears.
    void showPage(int sectionIndex, int pageIndex);
    void clear();
    QString pageId() const { return m_pageId; }

    // Every block widget of the current page, in order (text, audio, question, test).
    QList<QWidget *> blockViews() const { return m_blocks; }
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

    void setMediaBackendFactory(MediaBackendFactory factory) { m_backendFactory = std::move(factory); }
    void setContentFont(const QFont &font);
    // Trainer view: questions show their key and added items are tagged. Takes effect
    // on the next showPage().
    void setTrainerMode(bool on) { m_trainerMode = on; }
    // Where saved practice answers come from when a page is built (none by default).
    using PracticeAnswerSource = std::function<std::optional<PracticeAnswer>(const QString &questionId)>;
    void setPracticeAnswerSource(PracticeAnswerSource source) { m_practiceSource = std::move(source); }
    // Where saved audio positions come from (ms; 0 = from the start).
    using AudioPositionSource = std::function<qint64(const QString &blockId)>;
    void setAudioPositionSource(AudioPositionSource source) { m_audioSource = std::move(source); }
    bool trainerMode() const { return m_trainerMode; }
    QFont contentFont() const { return m_font; }

    // Page Up / Page Down: scroll when there is more of this page that way; false when
    // already at that end (the caller then turns the page).
    bool scrollByPage(int direction);

signals:
    void blockCompleted(const QString &pageId, const QString &blockId);
    void practiceAnswerChanged(const QString &questionId, const QStringList &optionIds, bool checked);
    void audioPositionChanged(const QString &blockId, qint64 ms);
    void selfTestRequested();
    void glossaryRequested();
    void zoomRequested(int steps); // Ctrl + mouse wheel

protected:
    void saveAudioPositions();
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildBlock(const Page &page, const Block &block, QWidget *parent);
    void updateMeasure();
    QWidget *addedTag(QWidget *parent) const;
    void ensureFocusVisible(QWidget *now);

    std::shared_ptr<const Course> m_course;
    MediaBackendFactory m_backendFactory;
    QFont m_font;
    QString m_pageId;
    QPointer<QWidget> m_content;
    QVBoxLayout *m_columnLayout = nullptr;
    QList<QWidget *> m_blocks;
    bool m_trainerMode = false;
    PracticeAnswerSource m_practiceSource;
    AudioPositionSource m_audioSource;
};

} // namespace leerpad
