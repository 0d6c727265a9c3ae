#include "app/player.h"

#include "core/session/sessionhost.h"

#include "app/processclock.h"
#include "app/reporting.h"
#include "core/loader/courseloader.h"
#include "core/progress/progressstore.h"
#include "ui/logging.h"
#include "ui/page/pageview.h"
#include "ui/style/playerstyle.h"
#include "ui/style/themepalette.h"
#include "ui/trainer/handout.h"
#include "ui/window/mainwindow.h"
#include "ui/window/themechoice.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QLibraryInfo>
#include <QTimer>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <utility>

namespace leerpad {

namespace {
QString primaryLanguage(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}
bool supported(const QString &lang)
{
    return lang == QLatin1String("nl") || lang == QLatin1String("en");
}

// Runs job once, when control is back in the event loop after target's first paint;
// then removes itself.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *target, std::function<void()> job)
        : QObject(target), m_job(std::move(job))
    {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_job) {
            watched->removeEventFilter(this);
            // Not now: the paint pass has only started; a zero timer runs after it. One
            // more hop lets what was queued during that pass (input, other paints) go
            // first: the job is what can wait.
            QTimer::singleShot(0, this, [this] {
                QTimer::singleShot(0, this, [this] {
                    std::exchange(m_job, {})();
                    deleteLater();
                });
            });
        }
        return false;
    }

private:
    std::function<void()> m_job;
};

void afterFirstPaint(QWidget *target, std::function<void()> job)
{
    new AfterFirstPaint(target, std::move(job));
}
} // namespace

QString chooseUiLanguage(const QString &requested, const Course *course, const QLocale &system)
{
    for (const QString &candidate :
         {requested, course ? course->language : QString(), system.name()}) {
        const QString lang = primaryLanguage(candidate);
        if (supported(lang))
            return lang;
    }
    return QStringLiteral("nl");
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                        : QLocale(QLocale::Dutch, QLocale::Netherlands));
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        qCInfo(lcUi) << "no Qt translation for" << language;
    auto *own = new QTranslator(&app);
    const bool found = own->load(QStringLiteral(":/i18n/leerpad_") + language);
    if (found)
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcUi) << "no Leerpad translation for" << language;
    return found;
}

int runExportPdf(const CommandLine &commandLine)
{
    QTextStream err(stderr);
    const QString path = commandLine.paths.value(0);
    LoadOptions options;
    options.openWithMissingMedia = true; // a handout needs no audio
    const LoadResult result = loadCourse(path, options);
    for (const Diagnostic &d : result.diagnostics)
        err << d.toString() << '\n';
    if (!result.course)
        return 1;
    installTranslations(*QCoreApplication::instance(),
                        chooseUiLanguage(commandLine.language, result.course.get()));
    HandoutOptions handout;
    handout.withKey = commandLine.withKey;
    QString error;
    if (!exportHandoutPdf(*result.course, commandLine.outputPath, handout, &error)) {
        err << "leerpad: " << error << '\n';
        return 1;
    }
    return 0;
}

int runPlayer(QApplication &app, const CommandLine &commandLine, const QString &shareSubdir)
{
    QTextStream err(stderr);
    // The application id everywhere: desktop file, icon, AppStream id, Wayland app id.
    QApplication::setDesktopFileName(QStringLiteral("nl.leerpad.Leerpad"));
    QApplication::setStyle(new PlayerStyle); // the application owns it

    QString path = commandLine.paths.value(0);
    if (path.isEmpty()) {
        path = findBundledCourse(QCoreApplication::applicationDirPath(), shareSubdir);
        if (path.isEmpty()) {
            err << "leerpad: the bundled course module 1.4 was not found next to the program "
                   "or under its share folder; pass a course PATH\n";
            return 1;
        }
    }
    qCInfo(lcUi) << "opening" << path;
    LoadOptions options;
    options.openWithMissingMedia = true; // the player degrades; --validate insists
    const LoadResult result = loadCourse(path, options);
    for (const Diagnostic &d : result.diagnostics)
        err << d.toString() << '\n';
    err.flush();

    installTranslations(app, chooseUiLanguage(commandLine.language, result.course.get()));

    // Before any window is built, so that it is built in the theme's colours.
    theme::applyTheme(commandLine.theme.value_or(themechoice::saved()));
    const std::optional<xapi::LearnerProfile> learner = chooseStartProfile(commandLine);
    if (!learner)
        return 0; // "Wie ben jij?" was closed: nobody to open the course for
    ProgressStore store(progressDataDir(commandLine), learner->id,
                        ProgressStore::Durability::PowerLoss);
    SessionHost host(&store);
    MainWindow window(&host);
    if (commandLine.trainer)
        window.setTrainerMode(true);
    startReporting(host, store, window, commandLine, *learner, err); // before the first session
    // Shown first, then given the course: showing lays the window out, so the page is
    // built once at its real width instead of at a guess and again when shown. Nothing
    // is painted before the event loop runs, so the course is there for the first paint.
    window.show();
    host.show(path, result); // live reload follows the path, also when it failed to load
    // What the learner sees in the page area: the page's own content (the scroll area
    // around it paints nothing of the page), or the self-test or load error view when
    // one of those is shown instead. The window frame may be painted before it.
    QWidget *page = window.currentPageArea();
    if (page == window.pageView() && window.pageView()->widget())
        page = window.pageView()->widget();
    // The icon is an SVG: reading it loads the SVG icon engine plugin and QtSvg, which
    // nothing else in the first window needs (about 8 ms of CPU at start-up, see
    // tools/bench-startup). Only the window frame and the task bar show it, so it is set
    // right after the first page has been painted instead of before.
    afterFirstPaint(page, [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/leerpad.svg")));
    });
    // Everything above has run as it always does; the probe only watches.
    if (commandLine.startupProbe)
        installStartupProbe(page);
    return app.exec();
}

} // namespace leerpad
