#include "ui/page/glossarydialog.h"
#include "ui/page/glossarypopup.h"
#include "ui/page/pageview.h"
#include "ui/page/textblockview.h"
#include "support/uitestsupport.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

namespace {

const TextBlock *textOf(const Course &course, const QString &pageId)
{
    for (const Section &s : course.sections) {
        for (const Page &p : s.pages) {
            if (p.id == pageId)
                return p.blocks.first().text();
        }
    }
    return nullptr;
}

int occurrenceOf(const TextBlockView &view, const QString &termId)
{
    for (int i = 0; i < view.termCount(); ++i) {
        if (view.termId(i) == termId)
            return i;
    }
    return -1;
}

struct ShownText
{
    QWidget window;
    TextBlockView *view;
    ShownText(const TextBlock &block, std::shared_ptr<const Course> course)
        : view(new TextBlockView(block, std::move(course), &window))
    {
        window.resize(700, 500);
        view->setGeometry(0, 0, 680, view->heightForWidth(680));
        window.show();
        QApplication::setActiveWindow(&window);
    }
};

} // namespace

TEST(TextBlockView, MarksGlossaryTermsAndOpensTheDefinitionAtTheTerm)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    const TextBlock *block = textOf(*r.course, QStringLiteral("normen-en-waarden"));
    ASSERT_NE(block, nullptr);
    ShownText shown(*block, r.course);
    TextBlockView &view = *shown.view;
    ASSERT_EQ(view.termCount(), 2);
    EXPECT_EQ(view.termId(0), QStringLiteral("waarde"));
    const int norm = occurrenceOf(view, QStringLiteral("norm"));
    ASSERT_GE(norm, 0);

    // A click on the term opens its popup right below it.
    const QRect term = view.termRect(norm);
    ASSERT_TRUE(term.isValid());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, term.center() - view.viewport()->pos());
    ASSERT_NE(view.popup(), nullptr);
    EXPECT_TRUE(view.popup()->isVisible());
    EXPECT_EQ(view.popup()->term(), QStringLiteral("norm"));
    EXPECT_EQ(view.popup()->definition(), r.course->glossaryEntry(QStringLiteral("norm"))->definition);
    const QPoint termBottomLeft = view.mapToGlobal(term.bottomLeft());
    const QRect popup = view.popup()->geometry();
    EXPECT_NEAR(popup.left(), termBottomLeft.x(), 2);
    EXPECT_GE(popup.top(), termBottomLeft.y());
    EXPECT_LE(popup.top(), termBottomLeft.y() + 12);
    view.popup()->close();
}

TEST(TextBlockView, KeyboardReachesTermsWithTabAndOpensThemWithEnter)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    ShownText shown(*textOf(*r.course, QStringLiteral("normen-en-waarden")), r.course);
    TextBlockView &view = *shown.view;
    EXPECT_EQ(view.focusPolicy(), Qt::StrongFocus);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Tab); // to the first term: "waarden"
    QTest::keyClick(&view, Qt::Key_Return);
    ASSERT_NE(view.popup(), nullptr);
    EXPECT_TRUE(view.popup()->isVisible());
    EXPECT_EQ(view.popup()->term(), QStringLiteral("waarde"));
    view.popup()->close();
}

// A screen reader moves the caret through the Text interface (Orca's caret navigation);
// entering a term must say the term and its definition, once, at the term.
TEST(TextBlockView, ACaretEnteringATermAnnouncesItsDefinitionOnce)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    ShownText shown(*textOf(*r.course, QStringLiteral("normen-en-waarden")), r.course);
    TextBlockView &view = *shown.view;
    const int norm = occurrenceOf(view, QStringLiteral("norm"));
    ASSERT_GE(norm, 0);
    const QString text = view.document()->toPlainText();
    const int at = text.indexOf(QStringLiteral("norm"), 0, Qt::CaseInsensitive);
    ASSERT_GE(at, 0);
    auto *region = view.findChild<QWidget *>(QStringLiteral("termAnnouncer"));
    ASSERT_NE(region, nullptr);
    EXPECT_FALSE(region->isVisible()) << "nothing said before a term is entered";

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
    ASSERT_NE(iface, nullptr);
    ASSERT_NE(iface->textInterface(), nullptr);
    iface->textInterface()->setCursorPosition(at + 1);
    ASSERT_EQ(view.termAt(view.textCursor().position()), norm);
    EXPECT_TRUE(region->isVisible());
    const QString said = region->accessibleName();
    EXPECT_TRUE(said.contains(QStringLiteral("norm")));
    EXPECT_TRUE(said.contains(r.course->glossaryEntry(QStringLiteral("norm"))->definition)) << said.toStdString();
    EXPECT_EQ(QAccessible::queryAccessibleInterface(region)->role(), QAccessible::Notification);
    EXPECT_TRUE(region->geometry().intersects(view.termRect(norm)));

    // Further along the same word: not said again. Out and back in: said again.
    region->setAccessibleName(QString());
    iface->textInterface()->setCursorPosition(at + 2);
    EXPECT_TRUE(region->accessibleName().isEmpty());
    iface->textInterface()->setCursorPosition(0);
    iface->textInterface()->setCursorPosition(at + 1);
    EXPECT_EQ(region->accessibleName(), said);

    // Enter where the caret is opens the popup, as it does for a term reached by Tab.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Return);
    ASSERT_NE(view.popup(), nullptr);
    EXPECT_TRUE(view.popup()->isVisible());
    EXPECT_EQ(view.popup()->term(), QStringLiteral("norm"));
    view.popup()->close();
}

TEST(TextBlockView, TextWithoutTermsIsNoTabStop)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    ShownText shown(*textOf(*r.course, QStringLiteral("inleiding")), r.course);
    EXPECT_EQ(shown.view->termCount(), 0);
    EXPECT_FALSE(shown.view->focusPolicy() & Qt::TabFocus);
}

TEST(TextBlockView, RendersListsHeadingsAndQuotesAsStructure)
{
    TextBlock block;
    const auto runs = [](const QString &s) { return InlineText{{InlineRun::Style::Plain, s, {}}}; };
    block.content = {
        {TextElement::Type::Heading, runs(QStringLiteral("Kop")), {}},
        {TextElement::Type::BulletList, {}, {runs(QStringLiteral("een")), runs(QStringLiteral("twee"))}},
        {TextElement::Type::NumberedList, {}, {runs(QStringLiteral("eerste")), runs(QStringLiteral("tweede")), runs(QStringLiteral("derde"))}},
        {TextElement::Type::Quote, runs(QStringLiteral("“Een voorbeeldzin.”")), {}},
        {TextElement::Type::Paragraph,
         {{InlineRun::Style::Plain, QStringLiteral("Met "), {}}, {InlineRun::Style::Emphasis, QStringLiteral("nadruk"), {}}},
         {}},
    };
    TextBlockView view(block, nullptr);
    QTextDocument *doc = view.document();
    QList<QTextList *> lists;
    bool sawHeading = false;
    bool sawItalicQuote = false;
    bool sawEmphasis = false;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.textList() && !lists.contains(b.textList()))
            lists << b.textList();
        if (b.text() == QLatin1String("Kop"))
            sawHeading = b.blockFormat().headingLevel() > 0 && b.charFormat().fontWeight() > QFont::Normal;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.text().contains(QStringLiteral("voorbeeldzin")))
                sawItalicQuote = f.charFormat().fontItalic();
            if (f.text() == QLatin1String("nadruk"))
                sawEmphasis = f.charFormat().fontItalic();
        }
    }
    ASSERT_EQ(lists.size(), 2);
    EXPECT_EQ(lists[0]->format().style(), QTextListFormat::ListDisc);
    EXPECT_EQ(lists[0]->count(), 2);
    EXPECT_EQ(lists[1]->format().style(), QTextListFormat::ListDecimal);
    EXPECT_EQ(lists[1]->count(), 3);
    EXPECT_TRUE(sawHeading);
    EXPECT_TRUE(sawItalicQuote);
    EXPECT_TRUE(sawEmphasis);
    // The paragraph after the list is not swallowed by it.
    EXPECT_EQ(doc->lastBlock().textList(), nullptr);
}

TEST(TextBlockView, ShowsMarkupInCourseTextLiterally)
{
    const QString img = QStringLiteral("<img src=http://example.invalid/x.png>");
    const QString script = QStringLiteral("<script>alert(1)</script>");
    const QByteArray json = singleParagraphCourse(QStringLiteral("Zie %1 en %2 <b>vet</b>").arg(img, script));
    const LoadResult r = loadCourseFromBytes(json, QStringLiteral("/tmp/escape/course.json"));
    ASSERT_TRUE(r.ok()) << (r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().toString()).toStdString();

    TestPlayer player(r);
    MainWindow &w = player.window;
    w.show();
    const auto texts = w.pageView()->blocksOf<TextBlockView>();
    ASSERT_EQ(texts.size(), 1);
    QTextDocument *doc = texts.first()->document();
    const QString shown = doc->toPlainText();
    EXPECT_TRUE(shown.contains(img));
    EXPECT_TRUE(shown.contains(script));
    EXPECT_TRUE(shown.contains(QStringLiteral("<b>vet</b>")));
    // Nothing became an element: no image, no anchor, no bold run.
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            EXPECT_FALSE(f.isImageFormat());
            EXPECT_FALSE(f.isAnchor());
            EXPECT_LE(f.fontWeight(), QFont::Normal);
        }
    }
    // And the view refuses to load resources at all, whatever asks.
    EXPECT_FALSE(texts.first()->loadResource(QTextDocument::ImageResource,
                                             QUrl(QStringLiteral("http://example.invalid/x.png")))
                     .isValid());
}

TEST(GlossaryDialog, ListsTermsAlphabeticallyAndFilters)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    GlossaryDialog dialog(r.course->glossary);
    const QStringList terms = dialog.visibleTerms();
    ASSERT_EQ(terms.size(), r.course->glossary.size());
    QStringList sorted = terms;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    EXPECT_EQ(terms, sorted);

    dialog.selectTerm(QStringLiteral("interne-klanten"));
    EXPECT_EQ(dialog.shownDefinition(), r.course->glossaryEntry(QStringLiteral("interne-klanten"))->definition);

    auto *search = dialog.findChild<QLineEdit *>();
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("DDMA"));
    // Matches the term itself and every definition that mentions it.
    for (const QString &t : dialog.visibleTerms()) {
        bool mentions = false;
        for (const GlossaryEntry &e : r.course->glossary) {
            if (e.term == t)
                mentions = e.term.contains(QStringLiteral("DDMA")) || e.definition.contains(QStringLiteral("DDMA"));
        }
        EXPECT_TRUE(mentions) << t.toStdString();
    }
    EXPECT_TRUE(dialog.visibleTerms().contains(QStringLiteral("DDMA")));
    EXPECT_FALSE(dialog.visibleTerms().contains(QStringLiteral("interne klanten")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzzz"));
    EXPECT_TRUE(dialog.visibleTerms().isEmpty());
    EXPECT_EQ(dialog.shownDefinition(), QStringLiteral("Geen begrip gevonden."));
}
