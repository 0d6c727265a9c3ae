#include "richtextview.h"

#include <QAbstractTextDocumentLayout>
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
            this, [this] { updateGeometry(); });
}

int RichTextView::heightForWidth(int width) const
{
    QTextDocument *doc = document();
    const qreal old = doc->textWidth();
    const int frame = 2 * frameWidth();
    const int margins = contentsMargins().left() + contentsMargins().right();
    const qreal textWidth = qMax(1, width - frame - margins);
    doc->setTextWidth(textWidth);
    const int height = qCeil(doc->size().height()) + frame + contentsMargins().top() +
                       contentsMargins().bottom();
    // Layouts ask about widths the view never gets; leave the document as shown.
    if (!qFuzzyCompare(old, textWidth) && old > 0)
        doc->setTextWidth(old);
    return height;
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

void RichTextView::wheelEvent(QWheelEvent *event)
{
    // Nothing to scroll here: let the page scroll (or zoom, with Ctrl).
    event->ignore();
}

} // namespace leerpad
