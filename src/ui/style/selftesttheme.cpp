#include "ui/style/selftesttheme.h"

#include <QLabel>

#include "ui/style/theme.h"

#include <QColor>
#include <QMap>

#include <algorithm>

namespace leerpad {

QString selfTestStyleSheet(const QPalette &p, qreal basePointSize)
{
    const QColor accent = p.color(QPalette::Highlight);
    const QColor success = theme::success(p);
    const QColor failure = theme::failure(p);
    const QColor muted = theme::muted(p);
    const QColor text = p.color(QPalette::Text);
    const QMap<QString, QColor> colours = {
        {QStringLiteral("window"), p.color(QPalette::Window)},
        {QStringLiteral("base"), p.color(QPalette::Base)},
        {QStringLiteral("text"), text},
        {QStringLiteral("muted"), muted},
        {QStringLiteral("border"), theme::tint(text, p, 0.22)},
        {QStringLiteral("strongBorder"), theme::tint(text, p, 0.45)},
        {QStringLiteral("hover"), theme::tint(text, p, 0.06)},
        {QStringLiteral("button"), p.color(QPalette::Button)},
        {QStringLiteral("buttonText"), p.color(QPalette::ButtonText)},
        {QStringLiteral("accent"), accent},
        {QStringLiteral("accentText"), p.color(QPalette::HighlightedText)},
        {QStringLiteral("accentDark"), theme::isDark(p) ? accent.lighter(130) : accent.darker(140)},
        {QStringLiteral("accentSoft"), theme::tint(accent, p, 0.12)},
        // Filled areas carry HighlightedText; a darker fill keeps that readable (4.5:1).
        {QStringLiteral("fill"), theme::isDark(p) ? accent : accent.darker(135)},
        {QStringLiteral("fillHover"), theme::isDark(p) ? accent.lighter(115) : accent.darker(160)},
        {QStringLiteral("correct"), success},
        {QStringLiteral("correctSoft"), theme::tint(success, p, 0.12)},
        {QStringLiteral("wrong"), failure},
        {QStringLiteral("wrongSoft"), theme::tint(failure, p, 0.10)},
        {QStringLiteral("neutralSoft"), theme::tint(muted, p, 0.12)},
        {QStringLiteral("focus"), theme::warning(p)},
    };
    // Every state colour is paired with a word or a symbol in the widgets themselves;
    // colour only makes the difference quicker to see.
    QString css = QStringLiteral(R"(
#selfTestView { background: @window; }
#selfTestView QWidget { font-size: @size100; }
#selfTestView #introTitle, #selfTestView #resultsHeading { font-size: @size175; font-weight: bold; }
#selfTestView #scoreLabel { font-size: @size200; font-weight: bold; }
#selfTestView #questionPosition { font-size: @size135; font-weight: bold; }
#selfTestView QLabel[sectionHeading="true"] { font-size: @size125; font-weight: bold; }
#selfTestView #questionPrompt { font-size: @size120; font-weight: 600; }
#selfTestView #introCount, #selfTestView #reviewOutcome, #selfTestView #noSelfTest { font-size: @size110; font-weight: 600; }
#selfTestView #reviewCardHeading { font-size: @size105; font-weight: bold; }
#selfTestView #reviewCardPrompt { font-weight: 600; }
#selfTestView #runTitle { font-size: @size90; font-weight: 600; }
#selfTestView #optionNumber { font-size: @size85; font-weight: bold; }
QScrollArea, QScrollArea > QWidget, #resultsContent, #questionHolder { background: transparent; }

#introCard, #questionCard, #resultsSummary {
    background: @base; border: 1px solid @border; border-radius: 10px;
}
#introTitle, #resultsHeading { color: @accentDark; }
#introCount, #questionPosition, #questionPrompt, #bandFeedback, #scoreLabel { color: @text; }
#introRules, #introKeys, #resultsWhen, #runTitle, #answeredCount, #noSelfTest { color: @muted; }
#questionInstruction { font-style: italic; color: @muted; }

#selfTestOption { background: @base; border: 1px solid @border; border-radius: 8px; }
#selfTestOption:hover { border-color: @accent; }
#selfTestOption[checked="true"] { background: @accentSoft; border: 2px solid @accent; }
#selfTestOption[mark="correct"] { background: @correctSoft; border: 2px solid @correct; }
#selfTestOption[mark="wrong"] { background: @wrongSoft; border: 2px solid @wrong; }
#selfTestOption[mark="missed"] { background: @base; border: 2px dashed @correct; }
#optionText { color: @text; }
#optionNumber {
    min-width: 24px; max-width: 24px; min-height: 24px; max-height: 24px;
    border-radius: 12px; background: @neutralSoft; color: @muted;
}
#selfTestOption[checked="true"] #optionNumber { background: @fill; color: @accentText; }
#optionTag { font-weight: bold; }
#optionTag[mark="correct"], #optionTag[mark="missed"] { color: @correct; }
#optionTag[mark="wrong"] { color: @wrong; }

#reviewBox { border-radius: 8px; border-left: 5px solid @muted; background: @neutralSoft; }
#reviewBox[mark="correct"] { border-left-color: @correct; background: @correctSoft; }
#reviewBox[mark="wrong"] { border-left-color: @wrong; background: @wrongSoft; }
#reviewOutcome { color: @muted; }
#reviewOutcome[mark="correct"] { color: @correct; }
#reviewOutcome[mark="wrong"] { color: @wrong; }
#reviewFeedback, #reviewExplanation { color: @text; }

QToolButton[overview="true"] {
    min-width: 36px; min-height: 30px; padding: 0 4px;
    border: 1px solid @strongBorder; border-radius: 6px; background: @base; color: @text;
}
QToolButton[overview="true"]:hover { border-color: @accent; }
QToolButton[overview="true"][mark="answered"] { background: @fill; border-color: @fill; color: @accentText; }
QToolButton[overview="true"][mark="correct"] { background: @correctSoft; border-color: @correct; color: @correct; }
QToolButton[overview="true"][mark="wrong"] { background: @wrongSoft; border-color: @wrong; color: @wrong; }
QToolButton[overview="true"][mark="missed"] { background: @neutralSoft; border: 1px dashed @muted; color: @muted; }
QToolButton[overview="true"][current="true"] { border: 3px solid @accentDark; font-weight: bold; }
QToolButton[overview="true"]:focus { border: 3px solid @focus; }

QPushButton {
    padding: 7px 16px; border: 1px solid @strongBorder; border-radius: 6px;
    background: @button; color: @buttonText;
}
QPushButton:hover { background: @hover; }
QPushButton:focus { border: 2px solid @accent; outline: none; }
QPushButton:disabled { color: @muted; border-color: @border; background: @window; }
QPushButton[primary="true"] { background: @fill; border-color: @fill; color: @accentText; font-weight: bold; }
QPushButton[primary="true"]:hover { background: @fillHover; }
QPushButton[primary="true"]:focus { border: 2px solid @focus; }

#scoreLabel { padding: 2px 4px; border: 2px solid transparent; border-radius: 6px; }
#scoreLabel:focus { border: 2px dotted @accent; }
#passLabel { font-weight: bold; padding: 6px 10px; border-radius: 6px; }
#passLabel[mark="correct"] { color: @correct; background: @correctSoft; }
#passLabel[mark="wrong"] { color: @wrong; background: @wrongSoft; }
QLabel[sectionHeading="true"] { color: @text; }

#reviewCard {
    background: @base; border: 1px solid @border; border-left: 6px solid @muted; border-radius: 8px;
}
#reviewCard[mark="correct"] { border-left-color: @correct; }
#reviewCard[mark="wrong"] { border-left-color: @wrong; }
#reviewCardHeading, #reviewCardPrompt, #reviewCardYourAnswer, #reviewCardCorrectAnswer,
#reviewCardExplanation { color: @text; }
#reviewCardOutcome { font-weight: bold; padding: 2px 10px; border-radius: 10px; color: @muted; background: @neutralSoft; }
#reviewCardOutcome[mark="correct"] { color: @correct; background: @correctSoft; }
#reviewCardOutcome[mark="wrong"] { color: @wrong; background: @wrongSoft; }

#historyList { background: @base; color: @text; border: 1px solid @border; border-radius: 6px; }
#historyList::item { padding: 6px 8px; }
#historyList::item:selected { background: @accentSoft; color: @text; }
)");
    for (const int percent : {200, 175, 135, 125, 120, 110, 105, 100, 90, 85}) {
        const qreal points = qMax<qreal>(1.0, basePointSize * percent / 100.0);
        css.replace(QStringLiteral("@size%1;").arg(percent),
                    QString::number(points, 'f', 1) + QStringLiteral("pt;"));
    }
    // Longest names first, so "accent" does not eat into "accentSoft".
    QStringList names = colours.keys();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : std::as_const(names))
        css.replace(QLatin1Char('@') + name, colours.value(name).name());
    return css;
}

QLabel *selfTestLabel(const QString &objectName, QWidget *parent, bool selectable)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace leerpad
