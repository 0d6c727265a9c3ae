#include "ui/page/textdocumentbuilder.h"

#include "ui/style/theme.h"

#include <QFontMetricsF>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>

namespace leerpad {

namespace {
const QString kTermScheme = QStringLiteral("term:");
constexpr qreal kLineHeightPercent = 145; // airy body text reads easier on screen
} // namespace

QString termHref(int occurrence)
{
    return kTermScheme + QString::number(occurrence);
}

int termOccurrence(const QString &href)
{
    if (!href.startsWith(kTermScheme))
        return -1;
    bool ok = false;
    const int n = href.mid(kTermScheme.size()).toInt(&ok);
    return ok && n >= 0 ? n : -1;
}

TextDocumentBuilder::TextDocumentBuilder(QTextDocument *document, const QPalette &palette)
    : m_doc(document), m_palette(palette)
{
}

qreal TextDocumentBuilder::lineSpacing() const
{
    return QFontMetricsF(m_doc->defaultFont()).lineSpacing();
}

void TextDocumentBuilder::insertRuns(QTextCursor &cursor, const InlineText &text)
{
    const QTextCharFormat base = cursor.charFormat();
    for (const InlineRun &run : text) {
        QTextCharFormat f = base;
        switch (run.style) {
        case InlineRun::Style::Plain:
            break;
        case InlineRun::Style::Emphasis:
            f.setFontItalic(true);
            break;
        case InlineRun::Style::Strong:
            f.setFontWeight(QFont::Bold);
            break;
        case InlineRun::Style::Term:
            if (!m_knownTerms.contains(run.termId)) {
                f.setFontItalic(true);
                break;
            }
            f.setAnchor(true);
            f.setAnchorHref(termHref(int(m_terms.size())));
            f.setForeground(m_palette.color(QPalette::Link));
            f.setUnderlineStyle(QTextCharFormat::DashUnderline);
            f.setUnderlineColor(m_palette.color(QPalette::Link));
            m_terms.append({run.termId, cursor.position(), cursor.position() + int(run.text.size())});
            break;
        }
        cursor.insertText(run.text, f);
    }
    cursor.setCharFormat(base);
}

void TextDocumentBuilder::buildInline(const InlineText &text)
{
    m_doc->clear();
    m_terms.clear();
    QTextCursor cursor(m_doc);
    QTextBlockFormat bf;
    bf.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    cursor.setBlockFormat(bf);
    insertRuns(cursor, text);
}

void TextDocumentBuilder::build(const TextBlock &block)
{
    m_doc->clear();
    m_terms.clear();
    const qreal line = lineSpacing();
    QTextCursor cursor(m_doc);
    bool fresh = true; // the cursor sits in an empty block that the next element may use

    const auto startBlock = [&](const QTextBlockFormat &bf, const QTextCharFormat &cf) {
        if (fresh)
            cursor.setBlockFormat(bf);
        else
            cursor.insertBlock(bf);
        cursor.setBlockCharFormat(cf);
        cursor.setCharFormat(cf);
        fresh = false;
    };

    QTextBlockFormat body;
    body.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    body.setBottomMargin(line * 0.7);

    for (int i = 0; i < int(block.content.size()); ++i) {
        const TextElement &e = block.content[i];
        switch (e.type) {
        case TextElement::Type::Paragraph:
            startBlock(body, {});
            insertRuns(cursor, e.text);
            break;
        case TextElement::Type::Heading: {
            QTextBlockFormat hf;
            hf.setHeadingLevel(3);
            hf.setTopMargin(i == 0 ? 0 : line * 0.5);
            hf.setBottomMargin(line * 0.35);
            QTextCharFormat cf;
            cf.setFontWeight(QFont::DemiBold);
            cf.setFontPointSize(m_doc->defaultFont().pointSizeF() * 1.15);
            startBlock(hf, cf);
            insertRuns(cursor, e.text);
            break;
        }
        case TextElement::Type::BulletList:
        case TextElement::Type::NumberedList: {
            QTextListFormat lf;
            lf.setStyle(e.type == TextElement::Type::BulletList ? QTextListFormat::ListDisc
                                                                : QTextListFormat::ListDecimal);
            lf.setIndent(1);
            QTextList *list = nullptr;
            for (int item = 0; item < int(e.items.size()); ++item) {
                QTextBlockFormat bf;
                bf.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
                const bool last = item + 1 == int(e.items.size());
                bf.setBottomMargin(last ? line * 0.7 : line * 0.2);
                startBlock(bf, {});
                if (!list)
                    list = cursor.createList(lf);
                else
                    list->add(cursor.block());
                insertRuns(cursor, e.items[item]);
            }
            break;
        }
        case TextElement::Type::Quote: {
            QTextFrameFormat ff;
            ff.setBackground(theme::tint(m_palette.color(QPalette::Highlight), m_palette, 0.10));
            ff.setPadding(line * 0.5);
            ff.setLeftMargin(line);
            ff.setBottomMargin(line * 0.7);
            ff.setBorder(0);
            cursor.insertFrame(ff);
            fresh = true;
            QTextBlockFormat qf;
            qf.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
            QTextCharFormat cf;
            cf.setFontItalic(true);
            startBlock(qf, cf);
            insertRuns(cursor, e.text);
            cursor = m_doc->rootFrame()->lastCursorPosition();
            fresh = true; // Qt keeps an empty block after a frame; the next element uses it
            break;
        }
        }
    }
}

} // namespace leerpad
