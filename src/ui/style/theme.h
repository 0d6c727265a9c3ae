#pragma once

// The player's one styling mechanism: the palette. Colours and fonts are derived from
// the current palette, so the player follows the system's light or dark scheme instead
// of hard-coding one look; the few widgets that need more than the platform style draws
// (cards, answer options, the question overview) paint themselves from these colours.
// No style sheets: they replace the palette instead of following it, and stop fonts from
// reaching children, so zoom would not reach what they style.

#include <QColor>
#include <QFont>
#include <QPalette>

#include <functional>

class QLabel;
class QPushButton;
class QWidget;

namespace leerpad::theme {

bool isDark(const QPalette &palette);

// Meaning colours, derived from the palette by the active theme's contrast rule
// (core/appearance/colorscheme.h): readable on the palette's Base colour in every theme.
// Never the only carrier of meaning: every use pairs them with an icon or a word.
QColor success(const QPalette &palette);
QColor failure(const QPalette &palette);
QColor warning(const QPalette &palette);

// color laid over the palette's Base at the given opacity, as an opaque colour.
QColor tint(const QColor &color, const QPalette &palette, qreal opacity);

// WCAG 2.1 contrast ratio of two opaque colours: 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// The keyboard focus ring: the highlight colour, darkened or lightened until it stands
// out at 3:1 (WCAG 2.1, non-text contrast) against both Window and Base.
QColor focusRing(const QPalette &palette);
constexpr qreal kFocusRingWidth = 2.0;

// Accent for small headings: the link colour, which the palette keeps readable on Base.
QColor accent(const QPalette &palette);

// A chosen answer's mark and border: the highlight, at 3:1 (7:1 in Hoog contrast) on Base.
QColor selection(const QPalette &palette);

// Secondary text (section names, instructions, time stamps).
QColor muted(const QPalette &palette);

// Distinct, readable colours for the speakers of a transcript, by speaker number.
QColor speaker(const QPalette &palette, int index);

// base, but at least 11 pt: for anything the learner reads (dialogs, contents).
QFont readingFont(const QFont &base);

// Sets the text colour of a label whichever role it paints with: a label on a Base
// background (the page) uses Text, one on a Window background uses WindowText.
void setTextColor(QWidget *widget, const QColor &color);

// Runs apply now, and again whenever widget's palette changes (View → Thema), under
// key: a second call with the same key replaces the first. For what a widget derives
// from its palette once: icons, tints, explicitly set colours. Without it a theme
// switch would leave them in the old theme's colours.
void followPalette(QWidget *widget, const char *key, std::function<void()> apply);

// A meaning colour as a label's text colour, kept in the theme (followPalette), taken
// from the palette of the label's parent (its own holds the colour set last time).
enum class Ink { Muted, Accent, Link, Success, Failure, Warning };
void setInk(QWidget *widget, Ink ink);
// The palette a widget inherits: its parent's, or the application's for a window.
QPalette inheritedPalette(const QWidget *widget);

QFont scaled(const QFont &base, qreal factor, QFont::Weight weight = QFont::Normal);

// Titles are larger than the text around them. A widget marked here gets its font
// from base × factor now, and again from every applyScaledFonts() (the page calls it
// after zooming): an explicitly set font no longer follows its parent's.
void markScaled(QWidget *widget, qreal factor, QFont::Weight weight = QFont::Normal);
void applyScaledFonts(QWidget *root, const QFont &base);

// A word-wrapping plain-text label (course text is data, never markup).
QLabel *plainLabel(QWidget *parent, const QString &objectName = {}, bool selectable = false);

// The one button of a screen that moves the learner on ("Start", "Inleveren"): filled
// with the highlight colour, in bold; it follows the theme (followPalette).
void markPrimary(QPushButton *button);
bool isPrimary(const QWidget *widget);
// The palette of a primary button derived from palette (readable at 4.5:1).
QPalette primaryPalette(const QPalette &palette);

} // namespace leerpad::theme
