#include "ui/page/richtextview.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace leerpad {

RichTextView::RichTextView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    // The page behind shows through, so text blocks do not look like input fields.
    viewport()->setAutoFillBackground(false);
    document()->setDocumentMargin(0);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
            this, [this] {
                if (!m_measuring)
                    updateGeometry();
            });
    connect(document(), &QTextDocument::contentsChanged, this, [this] { m_heightForWidth.clear(); });
}

int RichTextView::heightForWidth(int width) const
{
    const int frame = 2 * frameWidth();
    const QMargins margins = contentsMargins();
    // Keyed by everything the answer depends on besides the text and its font.
    const int key = width - frame - margins.left() - margins.right();
    if (const auto it = m_heightForWidth.constFind(key); it != m_heightForWidth.constEnd())
        return *it + frame + margins.top() + margins.bottom();
    QTextDocument *doc = document();
    const qreal old = doc->textWidth();
    const qreal textWidth = qMax(1, key);
    m_measuring = true;
    doc->setTextWidth(textWidth);
    const int textHeight = qCeil(doc->size().height());
    // Layouts ask about widths the view never gets; leave the document as shown.
    if (!qFuzzyCompare(old, textWidth) && old > 0)
        doc->setTextWidth(old);
    m_measuring = false;
    m_heightForWidth.insert(key, textHeight);
    return textHeight + frame + margins.top() + margins.bottom();
}

QSize RichTextView::sizeHint() const
{
    const int w = width() > 0 ? width() : 400;
    return {w, heightForWidth(w)};
}

QSize RichTextView::minimumSizeHint() const
{
    return {100, fontMetrics().height()};
}

QVariant RichTextView::loadResource(int, const QUrl &)
{
    return {};
}

void RichTextView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The default font and the style decide line heights; the text may be rebuilt
    // after this, which clears the answers again.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_heightForWidth.clear();
}

void RichTextView::wheelEvent(QWheelEvent *event)
{
    // Nothing to scroll here: let the page scroll (or zoom, with Ctrl).
    event->ignore();
}

} // namespace leerpad
