// The kill test's victim: opens a progress store and performs the scripted session
// (storescript.h), printing "committed N" after interaction N has been committed.
//
//   store_driver DATA_DIR FIRST COUNT full|normal
//
// Exit codes: 0 all done, 2 usage, 3 the store is not saving (which the test reports).

#include "core/progress/progressstore.h"
#include "storescript.h"

#include <QCoreApplication>

#include <cstdio>

using namespace leerpad;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: store_driver DATA_DIR FIRST COUNT full|normal\n");
        return 2;
    }
    const int first = args.at(2).toInt();
    const int count = args.at(3).toInt();
    const auto durability = args.at(4) == QLatin1String("normal") ? ProgressStore::Durability::ProcessCrash
                                                                   : ProgressStore::Durability::PowerLoss;
    ProgressStore store(args.at(1), durability);
    if (!store.isSaving()) {
        std::fprintf(stderr, "store_driver: not saving: %s\n", qPrintable(store.lastError()));
        return 3;
    }
    CourseProgress progress = store.openCourse(storescript::keys()).progress;
    for (int i = first; i < first + count; ++i) {
        if (!storescript::step(i, progress, &store)) {
            std::fprintf(stderr, "store_driver: interaction %d not saved: %s\n", i, qPrintable(store.lastError()));
            return 3;
        }
        // Only now is it "accepted": the line is the test's proof of commitment.
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    std::printf("done\n");
    return 0;
}
