#pragma once

// Deterministic shuffling for self-test attempts. The generator and the Fisher–Yates
// loop are our own on purpose: std::shuffle and the std distributions are allowed to
// differ between standard libraries, and a stored seed must reproduce the same order
// on every build, forever.

#include "core/model/course.h"

#include <QMap>
#include <QStringList>

namespace leerpad {

// SplitMix64 (Steele, Lea, Flood 2014): tiny, full 64-bit period, good enough mixing
// for ordering questions. Not for anything security related.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}
    quint64 next();
    // Uniform in [0, bound), bound > 0; rejection sampling avoids modulo bias.
    quint64 below(quint64 bound);

private:
    quint64 m_state;
};

// Fisher–Yates, from the back, drawing j uniformly in [0, i].
template<typename T>
void shuffleInPlace(QList<T> &items, SplitMix64 &rng)
{
    for (qsizetype i = items.size() - 1; i > 0; --i) {
        const auto j = qsizetype(rng.below(quint64(i) + 1));
        if (j != i)
            items.swapItemsAt(i, j);
    }
}

struct AttemptOrder
{
    QStringList questions;              // question ids in the order shown
    QMap<QString, QStringList> options; // per question id: option ids in the order shown
};

// The order for one attempt. Definition order wherever the test's flags or a question's
// own `shuffle` say not to shuffle. True/false options are never shuffled: "Juist"
// before "Onjuist" is a convention learners rely on, and swapping them adds nothing but
// confusion.
AttemptOrder attemptOrder(const SelfTest &test, quint64 seed);

} // namespace leerpad
