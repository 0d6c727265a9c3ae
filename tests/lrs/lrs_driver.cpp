// A player's results side as a process the kill test can SIGKILL at any moment:
//
//   lrs_driver DATA_DIR --make              the learner works through module 1.4; the
//                                           statements wait in the outbox; exits
//   lrs_driver DATA_DIR ENDPOINT [--batch N] sends the outbox to the LRS until it is empty
//
// Output, one flushed line each: "made N REGISTRATION", "posted FIRST_SEQ COUNT" as a
// batch leaves (the test kills right after such a line, so the LRS may or may not have
// stored the batch), "answered" after the outbox heard back, and "done".

#include "core/progress/progressstore.h"
#include "core/results/lrssender.h"
#include "modulelearner.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace leerpad;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: lrs_driver DATA_DIR --make | lrs_driver DATA_DIR ENDPOINT [--batch N]\n");
        return 2;
    }
    ProgressStore store(args.at(0), ProgressStore::Durability::ProcessCrash);
    if (args.at(1) == QLatin1String("--make")) {
        const QString registration = test::learnTheModule(store);
        std::printf("made %d %s\n", store.outboxStatus().waiting, qPrintable(registration));
        return 0;
    }
    xapi::LrsConfig config;
    config.endpoint = QUrl(args.at(1));
    config.key = QStringLiteral("leerpad");
    config.secret = QStringLiteral("test");
    xapi::LrsSender sender(&store, config);
    const int batch = args.indexOf(QStringLiteral("--batch"));
    if (batch > 0 && batch + 1 < args.size())
        sender.setBatchLimit(args.at(batch + 1).toInt());
    QObject::connect(&sender, &xapi::LrsSender::batchPosted, [](qint64 seq, int count) {
        std::printf("posted %lld %d\n", static_cast<long long>(seq), count);
        std::fflush(stdout);
    });
    QObject::connect(&sender, &xapi::LrsSender::batchFinished, [&] {
        std::printf("answered\n");
        std::fflush(stdout);
        if (store.outboxStatus().waiting == 0 && !sender.isBusy()) {
            std::printf("done\n");
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        }
    });
    if (store.outboxStatus().waiting == 0) {
        std::printf("done\n");
        return 0;
    }
    sender.start();
    return app.exec();
}
