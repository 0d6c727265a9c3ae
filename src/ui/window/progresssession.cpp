#include "ui/window/progresssession.h"

#include "core/learning/navigator.h"
#include "core/progress/progressmapping.h"
#include "core/progress/progressstore.h"
#include "core/progress/storekeys.h"
#include "ui/page/pageview.h"
#include "ui/selftest/selftestview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/noticebar.h"
#include "ui/logging.h"

#include <QMessageBox>

namespace leerpad {

ProgressSession::ProgressSession(ProgressStore *store, MainWindow *window)
    : m_store(store), m_window(window)
{
    Navigator *nav = window->navigator();
    // One committed transaction per learner action: a page turn or a completed page.
    connect(nav, &Navigator::currentChanged, this, &ProgressSession::saveNavigation);
    connect(nav, &Navigator::pageStateChanged, this, &ProgressSession::saveNavigation);
    connect(window, &MainWindow::courseShown, this, &ProgressSession::attach);
    // Practice answers: put back when a page is built, committed on every change.
    window->pageView()->setPracticeAnswerSource(
        [this](const QString &questionId) -> std::optional<PracticeAnswer> {
            const auto it = m_practice.constFind(questionId);
            return it == m_practice.constEnd() ? std::nullopt : std::optional(*it);
        });
    window->pageView()->setAudioPositionSource(
        [this](const QString &blockId) { return m_audio.value(blockId, 0); });
    connect(window->pageView(), &PageView::audioPositionChanged, this,
            [this](const QString &blockId, qint64 ms) {
                m_audio.insert(blockId, ms);
                if (m_course)
                    m_store->saveAudioPosition(m_course->id, blockId, ms);
            });
    connect(window->pageView(), &PageView::practiceAnswerChanged, this,
            [this](const QString &questionId, const QStringList &ids, bool checked) {
                const PracticeAnswer answer{ids, checked};
                m_practice.insert(questionId, answer);
                if (m_course)
                    m_store->savePracticeAnswer(m_course->id, questionId, answer);
            });
    connect(window, &MainWindow::selfTestRequested, this, &ProgressSession::openSelfTest);
    connect(window, &MainWindow::resetProgressRequested, this, &ProgressSession::confirmReset);
    connect(store, &ProgressStore::savingChanged, this, &ProgressSession::showSavingState);
    connect(store, &ProgressStore::recovered, this, [this](const StoreRecovery &r) {
        m_window->noticeBar()->showNotice(ProgressStore::describe(r));
    });

    // What happened while the store opened, before anyone could listen.
    QStringList notices;
    for (const StoreRecovery &r : store->recoveries())
        notices << ProgressStore::describe(r);
    if (!notices.isEmpty())
        window->noticeBar()->showNotice(notices.join(QLatin1Char('\n')));
    showSavingState();
}

QString ProgressSession::resumeNotice()
{
    return tr("Verder waar je gebleven was.");
}

void ProgressSession::attach()
{
    m_course = m_window->course();
    m_history.clear();
    m_practice.clear();
    m_audio.clear();
    if (!m_course)
        return;
    const CourseResume resume = m_store->openCourse(courseKeys(*m_course));
    m_practice = resume.progress.practice;
    m_audio = resume.progress.audioPositions;
    for (const StoredAttempt &s : resume.progress.attempts)
        m_history << fromStored(s);
    if (resume.resumed) {
        m_window->navigator()->restore(fromStored(resume.progress.navigation));
        QString notice = resumeNotice();
        const QString changed = ProgressStore::describe(resume.report);
        if (!changed.isEmpty())
            notice += QLatin1Char(' ') + changed;
        m_window->noticeBar()->showNotice(notice);
    }
    saveNavigation();
}

void ProgressSession::saveNavigation()
{
    if (!m_course)
        return;
    m_store->saveNavigation(m_course->id, toStored(m_window->navigator()->state()));
}

void ProgressSession::openSelfTest()
{
    if (!m_course)
        return;
    auto *view = new SelfTestView(m_course);
    view->setHistory(m_history);
    connect(view, &SelfTestView::attemptStarted, this, &ProgressSession::saveAttempt);
    connect(view, &SelfTestView::answerChanged, this, &ProgressSession::saveAttempt);
    connect(view, &SelfTestView::attemptSubmitted, this, [this](const Attempt &a) {
        saveAttempt(a);
        m_window->navigator()->markCompleted(m_window->selfTestPageId());
    });
    m_window->setSelfTestWidget(view);
}

void ProgressSession::saveAttempt(const Attempt &attempt)
{
    auto it = std::find_if(m_history.begin(), m_history.end(),
                           [&attempt](const Attempt &a) { return a.id == attempt.id; });
    if (it == m_history.end())
        m_history << attempt;
    else
        *it = attempt;
    if (m_course)
        m_store->saveAttempt(m_course->id, toStored(attempt));
}

void ProgressSession::confirmReset()
{
    if (!m_course)
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Voortgang wissen"),
        tr("Alle voortgang van “%1” wissen? Bekeken pagina's, je plek in de cursus en alle "
           "pogingen van de test worden verwijderd. Dit kun je niet ongedaan maken.")
            .arg(m_course->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_store->reset(m_course->id);
    m_history.clear();
    m_practice.clear();
    m_audio.clear();
    m_window->setSelfTestWidget(nullptr);
    m_window->navigator()->setCourse(*m_course); // back to the first page, nothing visited
    m_window->noticeBar()->showNotice(tr("Je voortgang in deze cursus is gewist."));
    qCInfo(lcUi) << "progress reset for" << m_course->id;
}

void ProgressSession::showSavingState()
{
    m_window->noticeBar()->setWarning(m_store->isSaving() ? QString() : m_store->savingWarning());
}

} // namespace leerpad
