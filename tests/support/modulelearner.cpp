#include "modulelearner.h"

#include "core/learning/navigator.h"
#include "core/learning/selftestsession.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "core/results/statementbuilder.h"
#include "core/session/coursesession.h"

namespace leerpad::test {

std::shared_ptr<const Course> module14()
{
    LoadOptions options;
    options.openWithMissingMedia = true;
    return loadCourse(QStringLiteral(LEERPAD_SOURCE_DIR "/content/module-1.4"), options).course;
}

QString learnTheModule(ProgressStore &store)
{
    return learnTheModule(store, {QStringLiteral("Karolien Jansen"), QStringLiteral("s2026001"),
                                  QStringLiteral("urn:leerpad:test")});
}

QString learnTheModule(ProgressStore &store, const xapi::Learner &learner, int wrong, bool close)
{
    const auto course = module14();
    CourseSession session(course, &store);
    session.reportAs(learner, QStringLiteral("Leerpad test"));
    session.begin();
    do {
        for (const Block &b : course->page(session.navigator()->currentIndex())->blocks) {
            if (const Question *q = b.question())
                session.answerPractice(q->id, {q->correct.first()}, true);
            else if (b.audio())
                session.finishDialogue(b.id);
        }
    } while (session.navigator()->next());
    SelfTestSession &test = *session.selfTest();
    test.start();
    int n = 0;
    for (const Question &q : test.test().questions) {
        QString option = q.correct.first();
        for (const Option &o : q.options)
            option = n < wrong && !q.isCorrectOption(o.id) ? o.id : option;
        ++n;
        test.answer(q.id, {option});
    }
    test.submit();
    if (close)
        session.close();
    return store.registration(course->id);
}

} // namespace leerpad::test
