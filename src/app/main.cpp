// Leerpad entry point: parse the command line, run headless commands without a
// display, otherwise start the player window (see player.h).

#include "app/commandline.h"
#include "app/installcheck.h"
#include "app/player.h"
#include "app/resultscommands.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    leerpad::CommandLine cl = leerpad::parseCommandLine(args);
    // The environment variable lets a benchmark probe a player started by a script or a
    // desktop file whose arguments it cannot change. Only the player window is probed.
    if (cl.mode == leerpad::CommandLine::Mode::Open &&
        qEnvironmentVariable("LEERPAD_STARTUP_PROBE") == QLatin1String("1"))
        cl.startupProbe = true;

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
    case leerpad::CommandLine::Mode::AnswerKey: {
        QCoreApplication app(argc, argv);
        return leerpad::runAnswerKey(cl.paths.value(0), out, err);
    }
    case leerpad::CommandLine::Mode::Pack: {
        QCoreApplication app(argc, argv);
        return leerpad::runPack(cl.paths.value(0), cl.outputPath, out, err);
    }
    case leerpad::CommandLine::Mode::CheckInstall: {
        QCoreApplication app(argc, argv);
        return leerpad::runInstallCheck(QStringLiteral(LEERPAD_SHARE_SUBDIR), out);
    }
    case leerpad::CommandLine::Mode::ExportResults: {
        QCoreApplication app(argc, argv);
        // The learner profiles are the player's settings.
        QCoreApplication::setApplicationName(QStringLiteral("Leerpad"));
        QCoreApplication::setOrganizationName(QStringLiteral("Leerpad"));
        QCoreApplication::setApplicationVersion(QStringLiteral(LEERPAD_VERSION));
        return leerpad::runExportResults(cl, out, err);
    }
    case leerpad::CommandLine::Mode::ClassReport: {
        QCoreApplication app(argc, argv);
        return leerpad::runClassReport(cl.paths, out, err);
    }
    case leerpad::CommandLine::Mode::ExportPdf: {
        // Laying out a PDF needs fonts, not a display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return leerpad::runExportPdf(cl);
    }
    case leerpad::CommandLine::Mode::Open:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Leerpad"));
    QApplication::setOrganizationName(QStringLiteral("Leerpad"));
    QApplication::setApplicationVersion(QStringLiteral(LEERPAD_VERSION));
    return leerpad::runPlayer(app, cl, QStringLiteral(LEERPAD_SHARE_SUBDIR));
}
