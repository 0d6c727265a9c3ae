// Leerpad entry point: parse the command line, run headless commands without a
// display, otherwise start the player window.

#include "commandline.h"
#include "courseloader.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const leerpad::CommandLine cl = leerpad::parseCommandLine(args);

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (cl.mode) {
    case leerpad::CommandLine::Mode::UsageError:
        err << "leerpad: " << cl.errorText << "\nTry 'leerpad --help'.\n";
        return 2;
    case leerpad::CommandLine::Mode::Help:
        out << cl.helpText;
        return 0;
    case leerpad::CommandLine::Mode::Version:
        out << "leerpad " << LEERPAD_VERSION << '\n';
        return 0;
    case leerpad::CommandLine::Mode::Validate: {
        QCoreApplication app(argc, argv);
        return leerpad::runValidate(cl.paths, out, err);
    }
    case leerpad::CommandLine::Mode::Open:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Leerpad"));
    QApplication::setOrganizationName(QStringLiteral("Leerpad"));
    QApplication::setApplicationVersion(QStringLiteral(LEERPAD_VERSION));

    QString path = cl.paths.value(0);
    if (path.isEmpty()) {
        path = leerpad::findBundledCourse(QCoreApplication::applicationDirPath(),
                                          QStringLiteral(LEERPAD_SHARE_SUBDIR));
        if (path.isEmpty()) {
            err << "leerpad: the bundled course module 1.4 was not found next to the program "
                   "or under its share folder; pass a course PATH\n";
            return 1;
        }
    }
    leerpad::LoadOptions options;
    options.missingMediaIsError = false; // the player degrades; --validate insists
    const leerpad::LoadResult result = leerpad::loadCourse(path, options);
    for (const leerpad::Diagnostic &d : result.diagnostics)
        err << d.toString() << '\n';
    err.flush();

    leerpad::MainWindow window;
    window.showLoadResult(result);
    window.show();
    return app.exec();
}
