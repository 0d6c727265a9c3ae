// The start-up baseline for tools/bench-startup: the least a Qt Widgets program does to
// put text on the screen (a QApplication and one QLabel), timed exactly like
// `leerpad --startup-probe`: from process start to the label's first paint.

#include "processclock.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hallo, het Westen hier"));
    leerpad::installStartupProbe(&label);
    label.show();
    return app.exec();
}
