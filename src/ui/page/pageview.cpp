#include "ui/page/pageview.h"

#include "core/learning/coursesummary.h"
#include "core/session/coursesession.h"

#include "ui/audio/audioblockview.h"
#include "ui/audio/audiocontroller.h"
#include "ui/logging.h"
#include "ui/page/endofcoursecard.h"
#include "ui/page/textblockview.h"
#include "ui/question/questionview.h"
#include "ui/selftest/testintroview.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace leerpad {

namespace {
constexpr int kMeasureChars = 70; // comfortable line length for body text
constexpr int kMinSideMargin = 24;
} // namespace

PageView::PageView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("pageView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Pagina"));
    m_players = MediaPlayers::plugin();
    m_font = font();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { ensureFocusVisible(now); });
}

void PageView::setSession(const CourseSession *session)
{
    clear();
    m_session = session;
}

void PageView::saveAudioPositions()
{
    // Asked for explicitly while this view is whole: a signal from a destructor could
    // reach a half-destroyed PageView when the window closes.
    if (QWidget *content = widget()) {
        const auto views = content->findChildren<AudioBlockView *>();
        for (AudioBlockView *view : views) {
            if (view->controller()->position() > 0)
                emit audioPositionChanged(view->property("blockId").toString(),
                                          view->controller()->position());
        }
    }
}

PageView::~PageView()
{
    saveAudioPositions();
}

EndOfCourseCard *PageView::endOfCourseCard() const
{
    return m_endCard;
}

void PageView::clear()
{
    saveAudioPositions();
    m_blocks.clear();
    m_endCard = nullptr;
    m_pageId.clear();
    m_columnLayout = nullptr;
    if (QWidget *old = takeWidget()) {
        // Deferred: the page may be left from inside one of its own widgets' handlers.
        old->hide();
        old->deleteLater();
    }
}

void PageView::showPage(int pageIndex)
{
    clear();
    const Page *pagePointer = m_session ? m_session->course().page(pageIndex) : nullptr;
    if (!pagePointer)
        return;
    const Page &page = *pagePointer;
    const Section &section = *m_session->course().sectionOfPage(pageIndex);
    m_pageId = page.id;
    setAccessibleName(tr("Pagina: %1").arg(page.title));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("pageContent"));
    content->setFont(m_font);
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    m_columnLayout = new QVBoxLayout(content);
    m_columnLayout->setSpacing(0);

    const QFontMetrics fm(m_font);
    auto *sectionLabel = new QLabel(section.title, content);
    sectionLabel->setTextFormat(Qt::PlainText);
    sectionLabel->setWordWrap(true);
    theme::markScaled(sectionLabel, 0.9, QFont::DemiBold);
    // The section as a small accent line above the title, so it reads as "where".
    theme::setInk(sectionLabel, theme::Ink::Accent);
    sectionLabel->setAccessibleName(tr("Onderdeel: %1").arg(section.title));

    auto *title = new QLabel(page.title, content);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    theme::markScaled(title, 1.6, QFont::DemiBold);
    title->setAccessibleName(page.title);

    m_columnLayout->addWidget(sectionLabel);
    m_columnLayout->addSpacing(fm.lineSpacing() / 4);
    m_columnLayout->addWidget(title);
    m_columnLayout->addSpacing(fm.lineSpacing());

    for (const Block &block : page.blocks) {
        QWidget *w = buildBlock(page, block, content);
        if (!w)
            continue;
        if (!m_blocks.isEmpty())
            m_columnLayout->addSpacing(fm.lineSpacing());
        const Question *q = block.question();
        if (m_trainerMode && (block.origin == Origin::Added || (q && q->added)))
            m_columnLayout->addWidget(addedTag(content), 0, Qt::AlignLeft);
        m_columnLayout->addWidget(w);
        m_blocks << w;
    }
    if (pageIndex == m_session->course().pageCount() - 1) {
        // The end: what is done, what is left, and where to go next.
        m_endCard = new EndOfCourseCard(summarize(m_session->course(), *m_session->navigator(),
                                                  m_session->selfTest()),
                                        m_session->course(), content);
        connect(m_endCard, &EndOfCourseCard::pageRequested, this, &PageView::pageRequested);
        connect(m_endCard, &EndOfCourseCard::selfTestRequested, this, &PageView::selfTestRequested);
        m_columnLayout->addSpacing(fm.lineSpacing() * 2);
        m_columnLayout->addWidget(m_endCard);
    }
    m_columnLayout->addStretch(1);
    m_content = content;
    // The margins first: setting them after the page is in place would lay the whole
    // page out a second time at a width it never keeps. Again afterwards, for when the
    // new page brought the scroll bar and narrowed the viewport (a no-op otherwise).
    updateMeasure();
    setWidget(content);
    updateMeasure();
    verticalScrollBar()->setValue(0);

    orderTabs();

    // Blocks that were complete on arrival (e.g. a dialogue whose audio is missing opens
    // its transcript at once) report now, after the page is in place.
    for (QWidget *w : std::as_const(m_blocks)) {
        if (auto *audio = qobject_cast<AudioBlockView *>(w); audio && audio->isCompleted())
            emit dialogueFinished(audio->property("blockId").toString());
    }
}

QWidget *PageView::buildBlock(const Page &page, const Block &block, QWidget *parent)
{
    const QString blockId = block.id;
    const Course &course = m_session->course();
    if (const TextBlock *text = block.text()) {
        auto *view = new TextBlockView(*text, m_session->coursePointer(), parent);
        connect(view, &TextBlockView::glossaryRequested, this, &PageView::glossaryRequested);
        return view;
    }
    if (const AudioBlock *audio = block.audio()) {
        auto *view = new AudioBlockView(*audio, m_players, parent);
        view->setProperty("blockId", blockId);
        connect(view, &AudioBlockView::completed, this,
                [this, blockId] { emit dialogueFinished(blockId); });
        view->controller()->resumeAt(m_session->audioPosition(blockId));
        // The page may be left while it plays; clear() and the destructor ask then.
        connect(view, &AudioBlockView::positionToSave, this,
                [this, blockId](qint64 ms) { emit audioPositionChanged(blockId, ms); });
        return view;
    }
    if (const Question *question = block.question()) {
        auto *view = new QuestionView(*question, parent);
        if (m_trainerMode) {
            view->showKey();
            return view;
        }
        const QString questionId = question->id;
        if (const auto saved = m_session->practiceAnswer(questionId))
            view->restoreAnswer(saved->optionIds, saved->checked);
        connect(view, &QuestionView::answerChanged, this,
                [this, questionId](const QStringList &ids, bool checked) {
                    emit practiceAnswerChanged(questionId, ids, checked);
                });
        return view;
    }
    if (block.isSelfTest()) {
        const SelfTest *test = course.selfTest ? &*course.selfTest : nullptr;
        auto *view = new TestIntroView(test, m_session->selfTest(), page.title, parent);
        connect(view, &TestIntroView::startRequested, this, &PageView::selfTestRequested);
        connect(view, &TestIntroView::resultsRequested, this, &PageView::selfTestResultsRequested);
        return view;
    }
    qCWarning(lcUi) << "block" << block.id << "has no view";
    return nullptr;
}

QWidget *PageView::addedTag(QWidget *parent) const
{
    // Items beyond the client's source text, so a trainer can tell them apart.
    auto *tag = new QLabel(tr("Toegevoegd"), parent);
    tag->setObjectName(QStringLiteral("addedTag"));
    tag->setTextFormat(Qt::PlainText);
    tag->setAccessibleName(tr("Toegevoegd: dit onderdeel staat niet in de brontekst"));
    tag->setToolTip(tag->accessibleName());
    theme::markScaled(tag, 0.85, QFont::DemiBold);
    theme::setInk(tag, theme::Ink::Accent);
    return tag;
}

void PageView::setContentFont(const QFont &font)
{
    m_font = font;
    if (m_content) {
        // Passed down instead of rebuilding the page, which would lose a question's
        // answer or the audio position.
        m_content->setFont(font);
        theme::applyScaledFonts(m_content, font);
        updateMeasure();
    }
}

void PageView::updateMeasure()
{
    if (!m_columnLayout)
        return;
    const QFontMetrics fm(m_font);
    const int measure = fm.averageCharWidth() * kMeasureChars + 2 * kMinSideMargin;
    const int side = qMax(kMinSideMargin, (viewport()->width() - measure) / 2 + kMinSideMargin);
    m_columnLayout->setContentsMargins(side, fm.lineSpacing() * 3 / 2, side, fm.lineSpacing() * 2);
}

bool PageView::scrollByPage(int direction)
{
    QScrollBar *bar = verticalScrollBar();
    if (direction > 0 && bar->value() < bar->maximum()) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return true;
    }
    if (direction < 0 && bar->value() > bar->minimum()) {
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        return true;
    }
    return false;
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    // Number keys answer the page's question even while focus is on the page itself.
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && (event->modifiers() & ~Qt::KeypadModifier) == 0) {
        const QList<QuestionView *> questions = blocksOf<QuestionView>();
        if (questions.size() == 1) {
            questions.first()->chooseOption(key - Qt::Key_1);
            event->accept();
            return;
        }
    }
    QScrollArea::keyPressEvent(event);
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            emit zoomRequested(steps);
        event->accept();
        return;
    }
    QScrollArea::wheelEvent(event);
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    updateMeasure();
}

void PageView::orderTabs()
{
    // Tab follows the reading order: from the page to its blocks' controls top to bottom,
    // then on to what follows the page in the window (the page bar). A new page's widgets
    // are made after the page bar, so the window's creation order would visit the bar
    // first. Within a block, its own order stands (blocks set it where it matters).
    QWidget *previous = this;
    for (QWidget *block : std::as_const(m_blocks)) {
        QList<QWidget *> inBlock;
        if (block->focusPolicy() & Qt::TabFocus)
            inBlock << block;
        for (QWidget *w = block->nextInFocusChain(); w != block; w = w->nextInFocusChain()) {
            if (block->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
                inBlock << w;
        }
        for (QWidget *w : std::as_const(inBlock)) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
}

void PageView::ensureFocusVisible(QWidget *now)
{
    if (!now || !m_content || now == this || !m_content->isAncestorOf(now))
        return;
    // Keyboard users must see what has focus, also after a programmatic focus change.
    ensureWidgetVisible(now, 16, 32);
}

} // namespace leerpad
