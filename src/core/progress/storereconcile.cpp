#include "core/progress/storereconcile.h"

namespace leerpad {

namespace {

bool optionsExist(const CourseKeys &keys, const QString &questionId, const QStringList &optionIds)
{
    const auto it = keys.questionOptions.constFind(questionId);
    if (it == keys.questionOptions.constEnd())
        return false;
    for (const QString &o : optionIds) {
        if (!it->contains(o))
            return false;
    }
    return true;
}

int reconcileNavigation(NavigationState &nav, const QSet<QString> &pageIds)
{
    QSet<QString> dropped;
    if (!nav.currentPageId.isEmpty() && !pageIds.contains(nav.currentPageId)) {
        dropped.insert(nav.currentPageId);
        nav.currentPageId.clear();
    }
    for (QSet<QString> *set : {&nav.visited, &nav.completed}) {
        for (auto it = set->begin(); it != set->end();) {
            if (pageIds.contains(*it)) {
                ++it;
            } else {
                dropped.insert(*it);
                it = set->erase(it);
            }
        }
    }
    return int(dropped.size());
}

} // namespace

bool attemptFits(const Attempt &attempt, const CourseKeys &keys)
{
    for (const QString &q : attempt.questionOrder) {
        if (!keys.questionOptions.contains(q))
            return false;
    }
    for (auto it = attempt.optionOrder.cbegin(); it != attempt.optionOrder.cend(); ++it) {
        if (!optionsExist(keys, it.key(), it.value()))
            return false;
    }
    for (auto it = attempt.answers.cbegin(); it != attempt.answers.cend(); ++it) {
        if (!optionsExist(keys, it.key(), QStringList(it.value().cbegin(), it.value().cend())))
            return false;
    }
    return true;
}

ReconcileReport reconcileProgress(CourseProgress &progress, const CourseKeys &keys)
{
    ReconcileReport report;
    // An empty stored version means "never opened with a version" (saved before
    // openCourse), which is not a change the learner needs to hear about.
    if (!progress.courseVersion.isEmpty() && progress.courseVersion != keys.courseVersion) {
        report.versionChanged = true;
        report.previousVersion = progress.courseVersion;
    }
    progress.courseId = keys.courseId;
    progress.courseVersion = keys.courseVersion;

    report.droppedPages = reconcileNavigation(progress.navigation, keys.pageIds);

    for (auto it = progress.practice.begin(); it != progress.practice.end();) {
        if (optionsExist(keys, it.key(), it->optionIds)) {
            ++it;
        } else {
            ++report.droppedAnswers;
            it = progress.practice.erase(it);
        }
    }
    for (auto it = progress.audioPositions.begin(); it != progress.audioPositions.end();) {
        if (keys.audioBlockIds.contains(it.key())) {
            ++it;
        } else {
            ++report.droppedAudio;
            it = progress.audioPositions.erase(it);
        }
    }
    report.droppedAttempts = int(progress.attempts.removeIf(
        [&keys](const Attempt &a) { return !attemptFits(a, keys); }));
    return report;
}

} // namespace leerpad
