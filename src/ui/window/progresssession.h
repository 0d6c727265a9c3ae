#pragma once

// Connects the player window to the progress store: restores where the learner left
// off, commits every page change and every self-test action as it happens, shows
// what the store has to say (resumed, recovered, not saving), and wipes progress on
// request. The window and the store know nothing of each other.

#include "core/learning/attempt.h"
#include "core/model/course.h"
#include "core/progress/storetypes.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace leerpad {

class MainWindow;
class ProgressStore;
class SelfTestView;

class ProgressSession : public QObject
{
    Q_OBJECT
public:
    // Both must outlive the session.
    ProgressSession(ProgressStore *store, MainWindow *window);

    // The Dutch notice shown when a course opens where the learner left off.
    static QString resumeNotice();

private:
    void attach();
    void saveNavigation();
    void openSelfTest();
    void saveAttempt(const Attempt &attempt);
    void confirmReset();
    void showSavingState();

    ProgressStore *m_store;
    MainWindow *m_window;
    std::shared_ptr<const Course> m_course;
    QList<Attempt> m_history;
    QHash<QString, PracticeAnswer> m_practice; // question id -> saved answer
    QHash<QString, qint64> m_audio;            // audio block id -> position in ms
};

} // namespace leerpad
