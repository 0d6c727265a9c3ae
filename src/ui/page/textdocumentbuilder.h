#pragma once

// Turns the structured course text into a QTextDocument through the cursor API. Runs
// are inserted with insertText(), which never interprets markup: "<script>" in a
// course stays eight visible characters, and no element can make the view load
// anything.

#include "core/model/course.h"

#include <QList>
#include <QPalette>

class QTextCursor;
class QTextDocument;

namespace leerpad {

struct TermSpan
{
    QString termId;
    int start = 0; // document positions of the term's visible text
    int end = 0;
};

// Anchor of the n-th term: "term:<n>". The index, not the glossary id, is in the URL so
// two mentions of one term anchor their popups at their own place.
QString termHref(int occurrence);
int termOccurrence(const QString &href); // -1 when href is not a term anchor

class TextDocumentBuilder
{
public:
    TextDocumentBuilder(QTextDocument *document, const QPalette &palette);

    void build(const TextBlock &block);
    // A single run list as one paragraph (question prompts, titles).
    void buildInline(const InlineText &text);

    // Glossary ids for which term anchors are made; other terms render as emphasis.
    void setKnownTerms(const QStringList &termIds) { m_knownTerms = termIds; }
    const QList<TermSpan> &terms() const { return m_terms; }

private:
    void insertRuns(QTextCursor &cursor, const InlineText &text);
    qreal lineSpacing() const;

    QTextDocument *m_doc;
    QPalette m_palette;
    QStringList m_knownTerms;
    QList<TermSpan> m_terms;
};

} // namespace leerpad
