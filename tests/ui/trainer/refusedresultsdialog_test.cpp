// What the LRS refused, for the trainer: a row with the LRS's message and the statement
// itself to read, and "Opnieuw versturen" puts it back in line for the sender.

#include "core/progress/progressstore.h"
#include "ui/trainer/refusedresultsdialog.h"

#include <gtest/gtest.h>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace leerpad;

TEST(RefusedResultsDialog, ShowsWhatTheLrsRefusedAndPutsItBackInLine)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    CourseKeys keys;
    keys.courseId = QStringLiteral("c");
    keys.courseVersion = QStringLiteral("1");
    store.openCourse(keys);
    const QByteArray body =
        R"({"id":"s1","timestamp":"2026-12-07T09:30:00.000Z","verb":{"id":"answered"},)"
        R"("object":{"id":"urn:leerpad:course:c:question:q1","definition":{"name":{"nl":"Vraag één"}}}})";
    ASSERT_TRUE(store.saveStatements(
        QStringLiteral("c"),
        {{QStringLiteral("s1"), QStringLiteral("c"), QStringLiteral("r"), body},
         {QStringLiteral("s2"), QStringLiteral("c"), QStringLiteral("r"), "{}"}}));
    const QList<OutboxEntry> due = store.dueStatements(10, 0);
    ASSERT_EQ(due.size(), 2);
    ASSERT_TRUE(
        store.markQuarantined(due.first().seq, QStringLiteral("HTTP 400: verb.id is not an IRI")));

    RefusedResultsDialog dialog(&store);
    QTableWidget *table = dialog.table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("answered"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("Vraag één"));
    EXPECT_EQ(table->item(0, 2)->toolTip(), QStringLiteral("urn:leerpad:course:c:question:q1"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("HTTP 400: verb.id is not an IRI"));
    EXPECT_TRUE(dialog.details()->toPlainText().contains(QStringLiteral("\"verb\": {")))
        << "laid out to read";
    EXPECT_FALSE(table->accessibleName().isEmpty());
    ASSERT_TRUE(dialog.retryButton()->isEnabled());

    dialog.retryButton()->click();
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_FALSE(dialog.retryButton()->isEnabled());
    EXPECT_TRUE(store.quarantinedStatements().isEmpty());
    const QList<OutboxEntry> again = store.dueStatements(10, 0);
    ASSERT_EQ(again.size(), 2);
    EXPECT_EQ(again.first().statement.id, QStringLiteral("s1"))
        << "back in its place in the event order";
    EXPECT_EQ(again.first().attempts, 0);
}
