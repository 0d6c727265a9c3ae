#include "core/learning/navigator.h"
#include "ui/window/tocmodel.h"
#include "support/uitestsupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace leerpad;
using namespace leerpad::test;

TEST(TocModel, PassesTheModelTesterThroughNavigationAndResets)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    Navigator nav;
    TocModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCourse(r.course, &nav);
    nav.setCourse(r.course->index);
    nav.goTo(QStringLiteral("opdracht-2"));
    nav.markBlockDone(QStringLiteral("opdracht-2"), QStringLiteral("oefen-2"));
    nav.last();
    nav.restore({QStringLiteral("leerdoelen"), {QStringLiteral("inleiding")}, {}});
    model.setCourse(nullptr, nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    model.setCourse(r.course, &nav);
    EXPECT_EQ(model.rowCount(), int(r.course->sections.size()));
}

TEST(TocModel, SectionsHoldTheirPagesInCourseOrder)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    Navigator nav;
    nav.setCourse(r.course->index);
    TocModel model;
    model.setCourse(r.course, &nav);
    int pageIndex = 0;
    for (int s = 0; s < int(r.course->sections.size()); ++s) {
        const QModelIndex section = model.index(s, 0);
        EXPECT_EQ(section.data().toString(), r.course->sections[s].title);
        EXPECT_FALSE(model.flags(section) & Qt::ItemIsSelectable);
        EXPECT_EQ(model.pageIndexOf(section), -1);
        ASSERT_EQ(model.rowCount(section), int(r.course->sections[s].pages.size()));
        for (int p = 0; p < model.rowCount(section); ++p, ++pageIndex) {
            const QModelIndex page = model.index(p, 0, section);
            EXPECT_EQ(page.data().toString(), r.course->sections[s].pages[p].title);
            EXPECT_EQ(page.data(TocModel::PageIdRole).toString(), nav.pageId(pageIndex));
            EXPECT_EQ(model.pageIndexOf(page), pageIndex);
            EXPECT_EQ(model.indexForPage(pageIndex), page);
            EXPECT_EQ(model.parent(page), section);
        }
    }
    EXPECT_EQ(pageIndex, nav.pageCount());
    EXPECT_FALSE(model.indexForPage(pageIndex).isValid());
    EXPECT_FALSE(model.indexForPage(-1).isValid());
}

TEST(TocModel, ShowsEachPagesStateAndSignalsChanges)
{
    const LoadResult r = loadModule();
    ASSERT_TRUE(r.ok());
    Navigator nav;
    nav.setCourse(r.course->index);
    TocModel model;
    model.setCourse(r.course, &nav);
    const int question = nav.indexOf(QStringLiteral("opdracht-1"));
    const QModelIndex index = model.indexForPage(question);
    const auto state = [&] { return PageState(index.data(TocModel::PageStateRole).toInt()); };
    EXPECT_EQ(state(), PageState::NotVisited);
    EXPECT_EQ(index.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Nog niet bekeken"));

    QList<QModelIndex> changed;
    QObject::connect(&model, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex &from, const QModelIndex &) { changed << from; });
    nav.goTo(QStringLiteral("opdracht-1"));
    EXPECT_EQ(state(), PageState::Visited);
    EXPECT_TRUE(changed.contains(index));
    EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("nog niet afgerond")));

    changed.clear();
    nav.markBlockDone(QStringLiteral("opdracht-1"), QStringLiteral("oefen-1"));
    EXPECT_EQ(state(), PageState::Completed);
    EXPECT_EQ(changed, QList<QModelIndex>{index});
    EXPECT_EQ(index.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Afgerond"));
    EXPECT_FALSE(index.data(Qt::DecorationRole).value<QIcon>().isNull());
}
