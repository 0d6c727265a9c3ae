// The trainer's class report read from a real LRS (realrs.h): two learners' statements
// come back page by page (`more`), one learner's registration each, and make the same
// report their handed-in files would; a learner's results file is accepted by the LRS as
// it is. Label `lrs`.

#include "core/progress/progressstore.h"
#include "core/results/activityids.h"
#include "core/results/classreport.h"
#include "core/results/lrsreader.h"
#include "core/results/lrssender.h"
#include "core/results/statementbuilder.h"
#include "core/results/statementsfile.h"
#include "modulelearner.h"
#include "realrs.h"
#include "sending.h"

#include <gtest/gtest.h>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

using namespace leerpad;
using namespace leerpad::test;

namespace {

bool waitFor(QObject *sender, const char *signal, int ms = 30000)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, SLOT(quit()));
    QTimer::singleShot(ms, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

} // namespace

TEST(RealLrs, TheClassReportReadsEveryLearnerBackPageByPage)
{
    RealLrs lrs;
    ASSERT_TRUE(lrs.start()) << lrs.error().toStdString();
    int sent = 0;
    for (const auto &[name, number] :
         {std::pair{"Karolien Jansen", "s2026001"}, std::pair{"Anouska de Vries", "s2026002"}}) {
        QTemporaryDir dir;
        ProgressStore store(dir.path(), QString::fromLatin1(number),
                            ProgressStore::Durability::ProcessCrash);
        learnTheModule(store, {QString::fromLatin1(name), QString::fromLatin1(number),
                               QStringLiteral("urn:leerpad:test"),
                               QStringLiteral("p-") + QString::fromLatin1(number)});
        sent += int(store.dueStatements(100000, kAll).size());
        xapi::LrsSender sender(&store, configFor(lrs.endpoint()));
        ASSERT_TRUE(drain(store, sender)) << sender.statusText().toStdString();
    }

    xapi::LrsReader reader(configFor(lrs.endpoint()));
    reader.setPageLimit(40); // a module is about 90 statements: several pages each
    reader.fetch(xapi::ActivityIds({}, module14()->id).course());
    ASSERT_TRUE(waitFor(&reader, SIGNAL(finished())));
    EXPECT_EQ(reader.error(), QString());
    EXPECT_TRUE(reader.diagnostics().isEmpty())
        << reader.diagnostics().value(0).toString().toStdString();
    EXPECT_EQ(reader.statementCount(), sent) << "every statement of the course, once";
    EXPECT_GE(reader.pageCount(), sent / 40) << "followed `more` to the last page";
    ASSERT_EQ(reader.results().size(), 2);

    const xapi::ClassReport report = xapi::buildClassReport(reader.results());
    ASSERT_EQ(report.rows.size(), 2);
    EXPECT_EQ(report.rows.at(0).learner, QStringLiteral("Anouska de Vries"));
    EXPECT_EQ(report.rows.at(1).studentNumber, QStringLiteral("s2026001"));
    for (const xapi::ClassRow &row : report.rows) {
        EXPECT_EQ(row.bestScore, 9) << row.learner.toStdString();
        EXPECT_EQ(row.pagesCompleted, row.pageCount) << row.learner.toStdString();
        EXPECT_EQ(row.right.size(), 10) << row.learner.toStdString();
    }
    ASSERT_FALSE(report.questions.isEmpty());
    EXPECT_EQ(report.questions.first().wrong, 2) << "both got their first question wrong";
}

TEST(RealLrs, AResultsFileIsAcceptedByTheLrsAsItIs)
{
    RealLrs lrs;
    ASSERT_TRUE(lrs.start()) << lrs.error().toStdString();
    QTemporaryDir dir;
    ProgressStore store(dir.path(), QStringLiteral("p-sanne"),
                        ProgressStore::Durability::ProcessCrash);
    const QString registration = learnTheModule(store);
    const QList<OutboxStatement> statements = store.statementsOf(module14()->id);
    const QByteArray file = xapi::statementsFileBytes(statements);

    QNetworkAccessManager network;
    QNetworkRequest request = xapi::lrsRequest(configFor(lrs.endpoint()),
                                               configFor(lrs.endpoint()).statementsUrl(), 30000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, file);
    ASSERT_TRUE(waitFor(reply, SIGNAL(finished())));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200)
        << reply->readAll().left(500).toStdString();
    reply->deleteLater();
    QStringList ids;
    for (const OutboxStatement &s : statements)
        ids << s.id;
    EXPECT_EQ(idsOf(lrs.statements(registration)), ids);
}
