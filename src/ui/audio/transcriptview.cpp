#include "ui/audio/transcriptview.h"

#include "ui/audio/audiocontrols.h"
#include "ui/style/ownkeys.h"
#include "ui/style/theme.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace leerpad {

namespace {

constexpr int kPadX = 10;
constexpr int kPadY = 7;
constexpr int kBar = 4;
constexpr int kGap = 12;

class TranscriptDelegate : public QStyledItemDelegate
{
public:
    explicit TranscriptDelegate(TranscriptView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFont font = m_view->font();
        const QFontMetrics fm(font);
        const int textWidth = qMax(80, m_view->viewport()->width() - textLeft(fm) - kPadX);
        int h = kPadY * 2;
        if (!index.data(TranscriptView::SpeakerRole).toString().isEmpty())
            h += QFontMetrics(speakerFont(font)).height() + 2;
        h += fm.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap,
                             index.data(TranscriptView::TextRole).toString())
                 .height();
        return {option.rect.width(), h};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QPalette &pal = option.palette;
        const QRect r = option.rect;
        const bool current = index.row() == m_view->currentCue();
        const QFont font = m_view->font();
        const QFontMetrics fm(font);
        p->save();
        if (current) {
            p->fillRect(r, theme::tint(pal.color(QPalette::Highlight), pal, 0.16));
            p->fillRect(QRect(r.left(), r.top(), kBar, r.height()), pal.color(QPalette::Highlight));
        }
        // Time stamp, with a play mark on the current line.
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.85);
        p->setFont(small);
        p->setPen(theme::muted(pal));
        const QRect timeRect(r.left() + kBar + kPadX, r.top() + kPadY, timeWidth(fm),
                             QFontMetrics(small).height());
        p->drawText(timeRect, Qt::AlignLeft | Qt::AlignVCenter,
                    AudioControls::formatTime(index.data(TranscriptView::StartRole).toLongLong()));
        if (current) {
            const int s = QFontMetrics(small).height() / 2;
            const QPoint o(timeRect.left(), timeRect.bottom() + 6);
            p->setRenderHint(QPainter::Antialiasing);
            p->setPen(Qt::NoPen);
            p->setBrush(pal.color(QPalette::Highlight));
            p->drawPolygon(QPolygon({o, o + QPoint(s, s / 2 + 1), o + QPoint(0, s + 2)}));
        }

        int y = r.top() + kPadY;
        const int x = r.left() + textLeft(fm);
        const int w = r.right() - x - kPadX;
        const QString speaker = index.data(TranscriptView::SpeakerRole).toString();
        if (!speaker.isEmpty()) {
            const QFont sf = speakerFont(font);
            p->setFont(sf);
            p->setPen(theme::speaker(pal, index.data(TranscriptView::SpeakerIndexRole).toInt()));
            p->drawText(QRect(x, y, w, QFontMetrics(sf).height()), Qt::AlignLeft, speaker);
            y += QFontMetrics(sf).height() + 2;
        }
        QFont tf = font;
        tf.setItalic(speaker.isEmpty()); // stage directions such as "[telefoon gaat over]"
        p->setFont(tf);
        p->setPen(speaker.isEmpty() ? theme::muted(pal) : pal.color(QPalette::Text));
        p->drawText(QRect(x, y, w, r.bottom() - y), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                    index.data(TranscriptView::TextRole).toString());

        if (option.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(option);
            focus.rect = r.adjusted(kBar + 1, 1, -2, -2);
            focus.backgroundColor = pal.color(QPalette::Base);
            m_view->style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, p, m_view);
            // The style's dotted rectangle is faint on some themes: add a clear ring.
            p->setPen(QPen(pal.color(QPalette::Highlight), 2));
            p->setBrush(Qt::NoBrush);
            p->drawRect(r.adjusted(kBar + 1, 1, -2, -2));
        }
        p->restore();
    }

private:
    static QFont speakerFont(const QFont &base)
    {
        QFont f = base;
        f.setWeight(QFont::Bold);
        return f;
    }
    static int timeWidth(const QFontMetrics &fm)
    {
        return fm.horizontalAdvance(QStringLiteral("00:00"));
    }
    static int textLeft(const QFontMetrics &fm) { return kBar + kPadX + timeWidth(fm) + kGap; }

    TranscriptView *m_view;
};

} // namespace

TranscriptView::TranscriptView(const QList<Cue> &cues, const QList<Speaker> &speakers,
                               QWidget *parent)
    : QListWidget(parent)
{
    QStringList names;
    for (const Speaker &s : speakers)
        names << s.name;
    for (const Cue &c : cues) {
        if (!c.speaker.isEmpty() && !names.contains(c.speaker))
            names << c.speaker;
        auto *item = new QListWidgetItem(this);
        const QString spoken = c.speaker.isEmpty() ? c.text : tr("%1: %2").arg(c.speaker, c.text);
        item->setText(spoken); // what a screen reader announces
        item->setData(Qt::AccessibleDescriptionRole, AudioControls::formatTime(c.startMs));
        item->setData(SpeakerRole, c.speaker);
        item->setData(TextRole, c.text);
        item->setData(StartRole, c.startMs);
        item->setData(SpeakerIndexRole, int(names.indexOf(c.speaker)));
        item->setFlags(Qt::ItemIsEnabled);
    }
    setItemDelegate(new TranscriptDelegate(this));
    setSelectionMode(QAbstractItemView::NoSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Uitgeschreven tekst van het gesprek"));
    setAccessibleDescription(
        tr("Kies een regel met de pijltjes en druk op Enter om vanaf daar te luisteren"));
    // Page Up/Down scroll the transcript while it has focus; they turn the page elsewhere.
    keepOwnKeys(this, movementKeys());
    updateHeight();
}

void TranscriptView::setCurrentCue(int index)
{
    if (index == m_currentCue)
        return;
    const int old = m_currentCue;
    m_currentCue = index;
    for (int row : {old, index}) {
        if (QListWidgetItem *it = item(row))
            viewport()->update(visualItemRect(it));
    }
    if (m_following)
        scrollToCurrent();
}

void TranscriptView::setFollowing(bool following)
{
    m_following = following;
    if (following)
        scrollToCurrent();
}

void TranscriptView::scrollToCurrent()
{
    // Centred, so the lines just before and after the spoken one are in view too.
    if (QListWidgetItem *it = item(m_currentCue))
        scrollToItem(it, QAbstractItemView::PositionAtCenter);
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit cueActivated(currentIndex().row());
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void TranscriptView::mousePressEvent(QMouseEvent *event)
{
    // The line under the pointer when it is pressed is the one meant. A view scrolls a
    // partly visible line into view on press, and the release then lands on another
    // line (a click on 0:17 sought to 0:24); so the press decides, and does not scroll.
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !index.isValid()) {
        QListWidget::mousePressEvent(event);
        return;
    }
    setAutoScroll(false);
    QListWidget::mousePressEvent(event);
    setAutoScroll(true);
    emit cueActivated(index.row());
}

void TranscriptView::scrollContentsBy(int dx, int dy)
{
    QListWidget::scrollContentsBy(dx, dy);
    checkReadToEnd();
}

void TranscriptView::showEvent(QShowEvent *event)
{
    QListWidget::showEvent(event);
    checkReadToEnd();
}

void TranscriptView::checkReadToEnd()
{
    if (m_readToEnd || !isVisible() || count() == 0)
        return;
    const QRect last = visualItemRect(item(count() - 1));
    if (last.isValid() && last.bottom() <= viewport()->height()) {
        m_readToEnd = true;
        emit readToEnd();
    }
}

void TranscriptView::doItemsLayout()
{
    // Line heights are known only once the items are laid out (deferred, word wrap).
    QListWidget::doItemsLayout();
    checkReadToEnd();
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    // Line heights depend on the width (word wrap): lay the items out again.
    scheduleDelayedItemsLayout();
    checkReadToEnd();
}

void TranscriptView::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateHeight();
        scheduleDelayedItemsLayout();
    }
}

void TranscriptView::updateHeight()
{
    // About a dozen lines: enough context around the spoken line, while the player
    // controls above stay on screen.
    setFixedHeight(fontMetrics().lineSpacing() * 17);
}

} // namespace leerpad
