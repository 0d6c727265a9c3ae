#include "ui/trainer/outlinedock.h"

#include "core/model/courseoutline.h"

#include <QHeaderView>
#include <QShowEvent>
#include <QTreeWidget>

namespace leerpad {

namespace {
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
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
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
    row(questions, tr("Meer antwoorden"), QString::number(o.multipleQuestions));
    row(nullptr, tr("Vragen in de zelftoets"), QString::number(o.selfTestQuestions));
    row(nullptr, tr("Toegevoegde onderdelen"), QString::number(o.addedItems));
    row(nullptr, tr("Audiofragmenten"), QString::number(o.audioBlocks));
    row(nullptr, tr("Totale audioduur"), duration(o.audioDurationMs));
    auto *media = row(nullptr, tr("Media per pagina"), QString::number(o.media.size()));
    for (const CourseOutline::PageMedia &page : o.media) {
        // QTreeWidgetItem text is plain text: course titles need no escaping here.
        auto *p = row(media, page.pageTitle, QString::number(page.files.size()));
        for (const QString &file : page.files)
            row(p, file, {});
    }
    if (course->selfTest) {
        // The self-test page starts a test rather than showing its questions, so its key
        // lives here: each question with its correct option(s), added ones tagged.
        auto *key = row(nullptr, tr("Antwoordsleutel zelftoets"),
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
        }
    }
    m_tree->expandToDepth(0);
}

} // namespace leerpad
