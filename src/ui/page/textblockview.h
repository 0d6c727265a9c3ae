#pragma once

// One text block of a page: paragraphs, headings, lists and example phrases, with
// glossary terms as links that open their definition right at the term (click, or
// Tab to the term and Enter).

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

signals:
    void glossaryRequested();

protected:
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void rebuild();

    TextBlock m_block;
    std::shared_ptr<const Course> m_course;
    QList<TermSpan> m_terms;
    QPointer<GlossaryPopup> m_popup;
};

} // namespace leerpad
