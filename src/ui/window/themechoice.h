#pragma once

// View → Thema: the learner's theme (Licht, Donker, Hoog contrast or Systeem), kept in
// QSettings so it survives a restart. Systeem, the default, follows the desktop.

#include "core/appearance/colorscheme.h"

#include <QString>

namespace leerpad::themechoice {

// System when nothing, or a value this version does not know, is stored.
appearance::ThemeId saved();
void save(appearance::ThemeId id);

// The menu text of a theme, in the interface's language.
QString label(appearance::ThemeId id);

} // namespace leerpad::themechoice
