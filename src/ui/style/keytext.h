#pragma once

// How keys read for the learner: as the menus show them, in the interface's language
// ("Alt+Pijl rechts" in Dutch, "Alt+Right" in English), so the help, tooltips and the
// self-test's instructions never name a key differently from the menus.

#include <QKeySequence>
#include <QList>
#include <QString>

namespace leerpad {

inline QString keyText(const QList<QKeySequence> &keys)
{
    QStringList parts;
    for (const QKeySequence &k : keys)
        parts << k.toString(QKeySequence::NativeText);
    return parts.join(QStringLiteral(", "));
}

} // namespace leerpad
