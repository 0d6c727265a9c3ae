#pragma once

// Leerpad's own answers to "what is this widget to assistive technology", where Qt
// 6.4's are wrong for us:
//
// - A QScrollArea. Qt's interface lists the viewport plus the scroll bars that are
//   visible *now*, and child(i) indexes that list without a bounds check. A screen
//   reader that counted the children before a page turn hid the scroll bar asks for a
//   child that is gone, and the player crashed reading past the list (seen on the
//   accessibility bus, tests/a11y). Our scroll areas get Qt's generic widget interface:
//   its children are the child widgets (a hidden scroll bar is there, not showing), so
//   the count does not change under the reader, and every index is checked.
// - A live region (announcement.h): role Notification, which Orca reads when it shows.
//
// Installed once, before the first window is shown; Qt asks later-installed factories
// first, and caches what they answer.

namespace leerpad::a11y {

inline constexpr char kLiveRegionProperty[] = "leerpadLiveRegion";

void installAccessibleFactory();

} // namespace leerpad::a11y
