#include "storescript.h"

#include <QDateTime>

#include <algorithm>
#include <sstream>

namespace leerpad::storescript {

namespace {

constexpr int kPages = 12;
constexpr int kPractice = 6;
constexpr int kTestQuestions = 10;
const QString kCourseId = QStringLiteral("kill-test");
const QStringList kOptions = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                              QStringLiteral("d")};
const QStringList kAudio = {QStringLiteral("audio-0"), QStringLiteral("audio-1")};

QString pageId(int n) { return QStringLiteral("page-%1").arg(n); }
QString practiceId(int n) { return QStringLiteral("practice-%1").arg(n); }
QString testQuestionId(int n) { return QStringLiteral("test-%1").arg(n); }

// splitmix64: well-mixed, and the same on every platform and run.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

QStringList shuffled(QStringList ids, quint64 seed)
{
    for (qsizetype i = ids.size() - 1; i > 0; --i) {
        seed = mix(seed);
        ids.swapItemsAt(i, qsizetype(seed % quint64(i + 1)));
    }
    return ids;
}

QDateTime timeOf(int index)
{
    return QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + qint64(index) * 1000, Qt::UTC);
}

bool navigate(int index, CourseProgress &p, ProgressStore *store)
{
    NavigationState &nav = p.navigation;
    if (!nav.currentPageId.isEmpty())
        nav.completed.insert(nav.currentPageId);
    nav.currentPageId = pageId(int(mix(quint64(index)) % kPages));
    nav.visited.insert(nav.currentPageId);
    return !store || store->saveNavigation(p.courseId, nav);
}

bool answerPractice(int index, CourseProgress &p, ProgressStore *store)
{
    const quint64 h = mix(quint64(index));
    const QString question = practiceId(int(h % kPractice));
    PracticeAnswer answer;
    answer.optionIds = QStringList{kOptions.at(int((h >> 8) % 4))};
    if ((h >> 16) % 3 == 0)
        answer.optionIds << kOptions.at(int((h >> 24) % 4)); // sometimes two (multiple choice)
    p.practice.insert(question, answer);
    return !store || store->savePracticeAnswer(p.courseId, question, answer);
}

bool checkPractice(int index, CourseProgress &p, ProgressStore *store)
{
    const QString question = practiceId(int(mix(quint64(index)) % kPractice));
    PracticeAnswer answer = p.practice.value(question);
    answer.checked = true;
    p.practice.insert(question, answer);
    return !store || store->savePracticeAnswer(p.courseId, question, answer);
}

bool moveAudio(int index, CourseProgress &p, ProgressStore *store)
{
    const QString block = kAudio.at(int(mix(quint64(index)) % 2));
    const qint64 position = qint64(index) * 37;
    p.audioPositions.insert(block, position);
    return !store || store->saveAudioPosition(p.courseId, block, position);
}

// Starts an attempt, answers its next question, or submits it when all are answered.
bool attemptStep(int index, CourseProgress &p, ProgressStore *store)
{
    Attempt *open = nullptr;
    if (!p.attempts.isEmpty() && !p.attempts.last().isSubmitted())
        open = &p.attempts.last();
    if (!open) {
        Attempt a;
        a.id = QStringLiteral("attempt-%1").arg(index);
        a.number = int(p.attempts.size()) + 1;
        a.courseVersion = p.courseVersion;
        a.startedAt = timeOf(index);
        a.seed = mix(quint64(index) ^ 0xA5A5A5A5A5A5A5A5ull); // often above 2^63
        QStringList questions;
        for (int q = 0; q < kTestQuestions; ++q)
            questions << testQuestionId(q);
        a.questionOrder = shuffled(questions, a.seed);
        for (int q = 0; q < kTestQuestions; ++q)
            a.optionOrder.insert(testQuestionId(q), shuffled(kOptions, a.seed + quint64(q)));
        p.attempts.append(a);
        return !store || store->saveAttempt(p.courseId, a);
    }
    const auto next = std::find_if(open->questionOrder.cbegin(), open->questionOrder.cend(),
                                   [open](const QString &q) { return !open->answers.contains(q); });
    if (next != open->questionOrder.cend()) {
        open->answers.insert(*next, QSet<QString>{kOptions.at(int(mix(quint64(index)) % 4))});
    } else {
        // No score: the store reads attempts back without one (the self-test session
        // rescores them from the answers), so the script's expectations have none either.
        open->submittedAt = timeOf(index);
    }
    return !store || store->saveAttempt(p.courseId, *open);
}

} // namespace

CourseKeys keys()
{
    CourseKeys k;
    k.courseId = kCourseId;
    k.courseVersion = QStringLiteral("1");
    for (int i = 0; i < kPages; ++i)
        k.pageIds.insert(pageId(i));
    const QSet<QString> options(kOptions.cbegin(), kOptions.cend());
    for (int i = 0; i < kPractice; ++i)
        k.questionOptions.insert(practiceId(i), options);
    for (int i = 0; i < kTestQuestions; ++i)
        k.questionOptions.insert(testQuestionId(i), options);
    k.audioBlockIds = QSet<QString>(kAudio.cbegin(), kAudio.cend());
    return k;
}

CourseKeys changedKeys()
{
    CourseKeys k = keys();
    k.courseVersion = QStringLiteral("2");
    k.pageIds.remove(pageId(kPages - 1));
    k.questionOptions.remove(practiceId(kPractice - 1));
    k.questionOptions[practiceId(0)].remove(QStringLiteral("d"));
    k.audioBlockIds.remove(kAudio.at(1));
    return k;
}

StoreMigration upgradeStep()
{
    return {latestSchemaVersion() + 1,
            {QStringLiteral("ALTER TABLE page_state ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE page_state SET note = 'seen ' || page_id"),
             QStringLiteral("ALTER TABLE attempt ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE attempt SET note = 'attempt ' || attempt_id"),
             QStringLiteral("CREATE TABLE learner_note (course_id TEXT NOT NULL, text TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO learner_note SELECT course_id, 'from ' || course_version FROM course")}};
}

CourseProgress initialProgress()
{
    CourseProgress p;
    p.courseId = kCourseId;
    p.courseVersion = QStringLiteral("1");
    return p;
}

bool step(int index, CourseProgress &progress, ProgressStore *store)
{
    switch (index % 8) {
    case 0:
    case 7:
        return navigate(index, progress, store);
    case 1:
        return answerPractice(index, progress, store);
    case 2:
        return checkPractice(index, progress, store);
    case 3:
        return moveAudio(index, progress, store);
    default:
        return attemptStep(index, progress, store);
    }
}

std::string summary(const CourseProgress &p)
{
    std::ostringstream out;
    out << "page=" << p.navigation.currentPageId.toStdString() << " visited=" << p.navigation.visited.size()
        << " completed=" << p.navigation.completed.size() << " practice={";
    QStringList questions = p.practice.keys();
    questions.sort();
    for (const QString &q : questions) {
        const PracticeAnswer &a = p.practice[q];
        out << q.toStdString() << ':' << a.optionIds.join(QLatin1Char('+')).toStdString()
            << (a.checked ? "!" : "") << ' ';
    }
    out << "} audio={";
    for (const QString &b : kAudio)
        out << b.toStdString() << ':' << p.audioPositions.value(b, -1) << ' ';
    out << "} attempts=[";
    for (const Attempt &a : p.attempts)
        out << a.id.toStdString() << "(answers=" << a.answers.size() << (a.isSubmitted() ? ",submitted" : "")
            << ") ";
    out << ']';
    return out.str();
}

} // namespace leerpad::storescript
