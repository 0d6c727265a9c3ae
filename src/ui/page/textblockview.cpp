#include "ui/page/textblockview.h"

#include "ui/a11y/announcement.h"
#include "ui/page/glossarypopup.h"

#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QTextCursor>
#include <QToolTip>

namespace leerpad {

TextBlockView::TextBlockView(const TextBlock &block, std::shared_ptr<const Course> course,
                             QWidget *parent)
    : RichTextView(parent), m_block(block), m_course(std::move(course))
{
    setAccessibleName(tr("Tekst"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const int n = termOccurrence(url.toString());
        if (n >= 0)
            showTerm(n);
    });
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) {
                const int n = termOccurrence(url.toString());
                setToolTip(n >= 0 ? tr("Klik voor de betekenis van dit begrip") : QString());
            });
    connect(this, &QTextEdit::cursorPositionChanged, this, &TextBlockView::caretMoved);
    rebuild();
}

void TextBlockView::rebuild()
{
    // The default font drives the heading sizes and spacing, so zooming rebuilds.
    document()->setDefaultFont(font());
    TextDocumentBuilder builder(document(), palette());
    QStringList known;
    if (m_course) {
        for (const GlossaryEntry &e : m_course->glossary)
            known << e.id;
    }
    builder.setKnownTerms(known);
    m_rebuilding = true; // the caret moves as the text is replaced: no term is entered
    builder.build(m_block);
    m_rebuilding = false;
    m_terms = builder.terms();
    m_announcedTerm = -1;
    if (!m_terms.isEmpty() && !m_termRegion) {
        m_termRegion = new QWidget(this);
        m_termRegion->setObjectName(QStringLiteral("termAnnouncer"));
        m_termRegion->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_termRegion->setFocusPolicy(Qt::NoFocus);
        a11y::markLiveRegion(m_termRegion);
        m_termRegion->hide(); // shows with its first announcement, never empty
    }
    // Text without terms has nothing to operate, so it is no Tab stop; with terms the
    // learner tabs from term to term.
    setFocusPolicy(m_terms.isEmpty() ? Qt::ClickFocus : Qt::StrongFocus);
    setAccessibleDescription(
        m_terms.isEmpty()
            ? QString()
            : tr("Onderstreepte woorden zijn begrippen: ga er met Tab naartoe en druk op Enter "
                 "voor de betekenis."));
    updateGeometry();
}

void TextBlockView::changeEvent(QEvent *event)
{
    RichTextView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void TextBlockView::focusInEvent(QFocusEvent *event)
{
    RichTextView::focusInEvent(event);
    // QTextBrowser only marks a link on the second Tab; arriving by Tab must already
    // show where focus is, so the first (or, backwards, the last) term is marked now.
    const bool forward = event->reason() == Qt::TabFocusReason;
    if ((forward || event->reason() == Qt::BacktabFocusReason) && !m_terms.isEmpty()) {
        QTextCursor c(document());
        c.movePosition(forward ? QTextCursor::Start : QTextCursor::End);
        setTextCursor(c);
        focusNextPrevChild(forward);
    }
}

void TextBlockView::keyPressEvent(QKeyEvent *event)
{
    // Enter on a term opens it wherever the caret came from: Tab marks the term as a
    // link (QTextBrowser would open that too), a screen reader only moves the caret.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const int term = enter && event->modifiers() == Qt::NoModifier
                         ? termAt(textCursor().selectionStart())
                         : -1;
    if (term >= 0) {
        showTerm(term);
        event->accept();
        return;
    }
    RichTextView::keyPressEvent(event);
}

int TextBlockView::termAt(int position) const
{
    for (int i = 0; i < termCount(); ++i) {
        // The position just after a term's last letter still reads as that term: a
        // caret placed after a word belongs to it.
        if (position >= m_terms[i].start && position <= m_terms[i].end)
            return i;
    }
    return -1;
}

QString TextBlockView::termAnnouncement(int occurrence) const
{
    const GlossaryEntry *entry = m_course ? m_course->glossaryEntry(termId(occurrence)) : nullptr;
    if (!entry)
        return {};
    return tr("Begrip %1: %2. Druk op Enter om de uitleg te openen.")
        .arg(entry->term, entry->definition);
}

void TextBlockView::caretMoved()
{
    if (m_rebuilding)
        return;
    const int term = termAt(textCursor().selectionStart());
    if (term == m_announcedTerm)
        return; // moving within one term says it once
    m_announcedTerm = term;
    if (term < 0 || !m_termRegion)
        return;
    m_termRegion->setGeometry(termRect(term));
    // Hidden until now, showing it is the announcement (Qt sends "showing" itself).
    a11y::announce(m_termRegion, termAnnouncement(term));
    m_termRegion->show();
}

QString TextBlockView::termId(int occurrence) const
{
    return occurrence >= 0 && occurrence < termCount() ? m_terms[occurrence].termId : QString();
}

QRect TextBlockView::termRect(int occurrence) const
{
    if (occurrence < 0 || occurrence >= termCount())
        return {};
    const TermSpan &span = m_terms[occurrence];
    QTextCursor c(document());
    c.setPosition(span.start);
    const QRect start = cursorRect(c);
    c.setPosition(span.end);
    QRect end = cursorRect(c);
    // A term wrapped over two lines: anchor at its first line.
    if (end.top() != start.top())
        end = QRect(viewport()->width(), start.top(), 0, start.height());
    return QRect(start.topLeft(), QPoint(end.left(), start.bottom())).translated(viewport()->pos());
}

void TextBlockView::showTerm(int occurrence)
{
    const GlossaryEntry *entry = m_course ? m_course->glossaryEntry(termId(occurrence)) : nullptr;
    if (!entry)
        return;
    QToolTip::hideText();
    if (!m_popup) {
        m_popup = new GlossaryPopup(this);
        connect(m_popup, &GlossaryPopup::glossaryRequested, this,
                &TextBlockView::glossaryRequested);
    }
    m_popup->setEntry(*entry);
    const QRect r = termRect(occurrence);
    m_popup->showAt(QRect(mapToGlobal(r.topLeft()), r.size()));
}

} // namespace leerpad
