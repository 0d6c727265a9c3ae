#include "core/learning/practice.h"

#include "core/learning/selftestshuffle.h"
#include "core/model/course.h"

namespace leerpad {

namespace {

// FNV-1a over the id's UTF-8 bytes: a stable seed on every build and machine (qHash is
// seeded per process, so it would not do).
quint64 stableSeed(const QString &id)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : id.toUtf8()) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace

QStringList practiceOptionOrder(const Question &question)
{
    QStringList ids;
    for (const Option &o : question.options)
        ids << o.id;
    if (!question.shuffle || question.type == Question::Type::TrueFalse)
        return ids;
    SplitMix64 rng(stableSeed(question.id));
    shuffleInPlace(ids, rng);
    return ids;
}

} // namespace leerpad
