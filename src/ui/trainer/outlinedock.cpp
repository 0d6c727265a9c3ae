#include "ui/trainer/outlinedock.h"

#include "core/model/courseoutline.h"

#include <QHeaderView>
#include <QShowEvent>
#include <QStyledItemDelegate>
#include <QTreeWidget>

#include <algorithm>

namespace leerpad {

namespace {

// QTreeView asks for a row's height without telling the delegate how wide the column
// is, so a wrapped value stays one cut-off line. This one measures the value column's
// text at the column's width (the label column is sized to its contents anyway).
class WrappingValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        const auto *tree = qobject_cast<const QTreeView *>(option.widget);
        if (!tree || index.column() != 1)
            return base;
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const int margins = 4 * o.fontMetrics.averageCharWidth() / 3 + 4;
        const int width = std::max(1, tree->columnWidth(1) - margins);
        const QRect text = o.fontMetrics.boundingRect(QRect(0, 0, width, 0),
                                                       Qt::AlignLeft | Qt::TextWordWrap, o.text);
        return {base.width(), std::max(base.height(), text.height() + base.height() - o.fontMetrics.height())};
    }
};

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

OutlineDock::OutlineDock(QWidget *parent)
    : QDockWidget(tr("Overzicht"), parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("outlineDock"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Onderdeel"), tr("Aantal")});
    // Labels and answer texts are long: size the label column to its contents, let the
    // value column take the rest, and give the dock room for both.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Answer texts run to two lines: wrap them rather than cut them off.
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new WrappingValueDelegate(m_tree));
    // A narrower column needs taller rows: measure them again.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this](int section) {
        if (section == 1)
            m_tree->doItemsLayout();
    });
    // The values wrap inside the dock: no sideways scrolling to read an answer.
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_tree->setAccessibleName(tr("Overzicht van de cursus voor trainers"));
    setWidget(m_tree);
}

void OutlineDock::setCourse(std::shared_ptr<const Course> course)
{
    m_course = std::move(course);
    m_stale = true;
    if (!isHidden())
        rebuild();
}

QTreeWidget *OutlineDock::tree()
{
    if (m_stale)
        rebuild();
    return m_tree;
}

void OutlineDock::showEvent(QShowEvent *event)
{
    if (m_stale)
        rebuild();
    QDockWidget::showEvent(event);
}

void OutlineDock::rebuild()
{
    m_stale = false;
    m_tree->clear();
    if (!m_course)
        return;
    const Course *course = m_course.get();
    const CourseOutline o = outlineOf(*course);
    auto row = [this](QTreeWidgetItem *parent, const QString &label, const QString &value) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, label);
        item->setText(1, value);
        return item;
    };
    row(nullptr, tr("Onderdelen"), QString::number(o.sections));
    row(nullptr, tr("Pagina's"), QString::number(o.pages));
    auto *questions = row(nullptr, tr("Oefenvragen"), QString::number(o.practiceQuestions()));
    row(questions, tr("Eén antwoord"), QString::number(o.singleQuestions));
    row(questions, tr("Juist/onjuist"), QString::number(o.trueFalseQuestions));
    row(questions, tr("Meerdere antwoorden"), QString::number(o.multipleQuestions));
    row(nullptr, tr("Vragen in de test"), QString::number(o.selfTestQuestions));
    row(nullptr, tr("Toegevoegde onderdelen"), QString::number(o.addedItems));
    row(nullptr, tr("Audiofragmenten"), QString::number(o.audioBlocks));
    row(nullptr, tr("Totale audioduur"), duration(o.audioDurationMs));
    if (o.missingAudio > 0)
        row(nullptr, tr("Ontbrekende audiobestanden"), QString::number(o.missingAudio));
    auto *media = row(nullptr, tr("Media per pagina"), QString::number(o.media.size()));
    for (const CourseOutline::PageMedia &page : o.media) {
        // QTreeWidgetItem text is plain text: course titles need no escaping here.
        auto *p = row(media, page.pageTitle, QString::number(page.files.size()));
        for (const QString &file : page.files)
            row(p, file, page.missing.contains(file) ? tr("ontbreekt") : QString());
    }
    if (course->selfTest) {
        // The self-test page starts a test rather than showing its questions, so its key
        // lives here: each question with its correct option(s), added ones tagged.
        auto *key = row(nullptr, tr("Antwoordsleutel van de test"),
                        QString::number(course->selfTest->questions.size()));
        key->setData(0, Qt::UserRole, QStringLiteral("selfTestKey"));
        for (const Question &q : course->selfTest->questions) {
            QStringList answers;
            for (const QString &id : q.correct)
                if (const Option *o = q.option(id))
                    answers << o->text;
            QString label = q.id;
            if (q.added)
                label += QStringLiteral(" — ") + tr("Toegevoegd");
            auto *item = row(key, label, answers.join(QStringLiteral(" | ")));
            item->setToolTip(1, item->text(1));
            // The question beside the first line of its (wrapped) answer.
            item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
            item->setTextAlignment(1, Qt::AlignLeft | Qt::AlignTop);
        }
    }
    m_tree->expandToDepth(0);
}

} // namespace leerpad
