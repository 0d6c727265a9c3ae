// The start-up baseline for tools/bench-startup: the least a Qt Widgets program does to
// put text on the screen (a QApplication and one QLabel), timed exactly like
// `leerpad --startup-probe`: from process start to the label's first paint.
//
//   minimal_label [--size WIDTHxHEIGHT]
//
// --size shows the same label in a window as large as the player's (1200x780), to tell
// the cost of painting that many pixels from the cost of the player's own work.

#include "app/processclock.h"

#include <QApplication>
#include <QLabel>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hallo, het Westen hier"));
    if (argc == 3 && std::strcmp(argv[1], "--size") == 0) {
        int width = 0;
        int height = 0;
        if (std::sscanf(argv[2], "%dx%d", &width, &height) != 2 || width <= 0 || height <= 0) {
            std::fprintf(stderr, "minimal_label: --size needs WIDTHxHEIGHT\n");
            return 2;
        }
        label.resize(width, height);
    }
    leerpad::installStartupProbe(&label);
    label.show();
    return app.exec();
}
