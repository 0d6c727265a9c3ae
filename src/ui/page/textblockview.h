#pragma once

// One text block of a page: paragraphs, headings, lists and example phrases, with
// glossary terms as links that open their definition right at the term (click, or
// Tab to the term and Enter). A screen reader reaches a term the way it reads text,
// by moving the caret (Orca's caret navigation sets it through the Text interface):
// a caret that enters a term has the term and its definition announced, and Enter
// opens the popup there too.

#include "core/model/course.h"
#include "ui/page/glossarypopup.h"
#include "ui/page/richtextview.h"
#include "ui/page/textdocumentbuilder.h"

#include <memory>
#include <QPointer>

namespace leerpad {

class TextBlockView : public RichTextView
{
    Q_OBJECT
public:
    TextBlockView(const TextBlock &block, std::shared_ptr<const Course> course,
                  QWidget *parent = nullptr);

    int termCount() const { return int(m_terms.size()); }
    QString termId(int occurrence) const;
    // Where the n-th term is drawn, in this widget's coordinates.
    QRect termRect(int occurrence) const;
    // Opens the definition popup for the n-th term (what a click or Enter does).
    void showTerm(int occurrence);
    GlossaryPopup *popup() const { return m_popup; }
    // The term whose text holds document position `position`, or -1.
    int termAt(int position) const;
    // What a screen reader is told when the caret enters the n-th term.
    QString termAnnouncement(int occurrence) const;

signals:
    void glossaryRequested();

protected:
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void caretMoved();

    TextBlock m_block;
    std::shared_ptr<const Course> m_course;
    QList<TermSpan> m_terms;
    QPointer<GlossaryPopup> m_popup;
    // The live region that speaks for the terms (announcement.h); made with the first
    // term, laid over the term it announces so a magnifier following it lands there.
    QWidget *m_termRegion = nullptr;
    int m_announcedTerm = -1; // the term the caret is in, said once per entry
    bool m_rebuilding = false;
};

} // namespace leerpad
