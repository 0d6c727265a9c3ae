#include "core/learning/selftestshuffle.h"

namespace leerpad {

quint64 SplitMix64::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 SplitMix64::below(quint64 bound)
{
    Q_ASSERT(bound > 0);
    // Accept only values below the largest multiple of bound, so every residue is
    // equally likely; for our small bounds a retry is astronomically rare.
    const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
    quint64 x = next();
    while (x >= limit)
        x = next();
    return x % bound;
}

AttemptOrder attemptOrder(const SelfTest &test, quint64 seed)
{
    // One stream, consumed in a fixed sequence: questions first, then each question's
    // options in definition order. Changing this sequence changes every stored
    // attempt's replay, so it is part of the storage format.
    SplitMix64 rng(seed);
    AttemptOrder order;
    for (const Question &q : test.questions)
        order.questions.append(q.id);
    if (test.shuffleQuestions)
        shuffleInPlace(order.questions, rng);

    for (const Question &q : test.questions) {
        QStringList ids;
        for (const Option &o : q.options)
            ids.append(o.id);
        if (test.shuffleOptions && q.shuffle && q.type != Question::Type::TrueFalse)
            shuffleInPlace(ids, rng);
        order.options.insert(q.id, ids);
    }
    return order;
}

} // namespace leerpad
