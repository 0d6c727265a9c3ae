#include "app/installcheck.h"

#include "app/commandline.h"
#include "core/loader/courseloader.h"
#include "core/package/coursepackage.h"
#include "ui/audio/mediaplayers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSqlDatabase>
#include <QTemporaryFile>
#include <QTranslator>

namespace leerpad {

namespace {

class Report
{
public:
    explicit Report(QTextStream &out) : m_out(out) {}
    void ok(const QString &what, const QString &detail) { line("ok", what, detail); }
    void note(const QString &what, const QString &detail) { line("note", what, detail); }
    void failed(const QString &what, const QString &detail)
    {
        line("FAILED", what, detail);
        m_failed = true;
    }
    bool anyFailed() const { return m_failed; }

private:
    void line(const char *verdict, const QString &what, const QString &detail)
    {
        m_out << verdict << ": " << what << ": " << detail << '\n';
    }
    QTextStream &m_out;
    bool m_failed = false;
};

void checkCourse(Report &report, const QString &shareSubdir)
{
    const QString folder = findBundledCourse(QCoreApplication::applicationDirPath(), shareSubdir);
    if (folder.isEmpty()) {
        report.failed(QStringLiteral("bundled course"),
                      QStringLiteral("module 1.4 is neither next to the program nor in ../%1/content")
                          .arg(shareSubdir));
        return;
    }
    const LoadResult r = loadCourse(folder);
    if (!r.ok()) {
        report.failed(QStringLiteral("bundled course"),
                      QStringLiteral("%1 has errors: %2")
                          .arg(folder, r.diagnostics.value(0).toString()));
        return;
    }
    report.ok(QStringLiteral("bundled course"),
              QStringLiteral("%1 (%2 %3, %4 pages)")
                  .arg(folder, r.course->id, r.course->version)
                  .arg(r.course->pageCount()));
}

void checkMedia(Report &report)
{
    const MediaPlayers players = MediaPlayers::plugin();
    const QString status = MediaPlayers::pluginStatus();
    if (!status.startsWith(QLatin1String("loaded "))) {
        report.failed(QStringLiteral("media plugin"), status);
        return;
    }
    report.ok(QStringLiteral("media plugin"), status);
    if (!players.hasAudioOutput())
        report.note(QStringLiteral("audio output"),
                    QStringLiteral("none found now; dialogues show their transcript until one is "
                                   "connected"));
    else
        report.ok(QStringLiteral("audio output"), QStringLiteral("found"));
}

void checkStore(Report &report)
{
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        report.ok(QStringLiteral("progress store"), QStringLiteral("Qt's SQLite driver is available"));
    else
        report.failed(QStringLiteral("progress store"),
                      QStringLiteral("Qt's SQLite driver is missing (Debian: libqt6sql6-sqlite); "
                                     "progress cannot be saved"));
}

void checkTranslations(Report &report)
{
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        QTranslator own;
        const QString name = QStringLiteral("leerpad_") + language;
        if (own.load(QStringLiteral(":/i18n/") + name))
            report.ok(QStringLiteral("translation %1").arg(language),
                      QStringLiteral("%1, built into the program").arg(name));
        else
            report.failed(QStringLiteral("translation %1").arg(language),
                          QStringLiteral("%1 is missing from the program").arg(name));
    }
    // Qt's own strings (standard dialogs) come from the system and are optional.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QTranslator qt;
    if (qt.load(QStringLiteral("qtbase_nl"), qtDir))
        report.ok(QStringLiteral("Qt translations"), qtDir);
    else
        report.note(QStringLiteral("Qt translations"),
                    QStringLiteral("not found in %1; Qt's standard dialogs stay in English "
                                   "(Debian: qt6-translations-l10n)")
                        .arg(qtDir));
}

void checkPackageCache(Report &report)
{
    const QString cache = defaultPackageCache();
    QTemporaryFile probe(cache + QStringLiteral("/check-XXXXXX"));
    if (QDir().mkpath(cache) && probe.open())
        report.ok(QStringLiteral("package cache"), cache);
    else
        report.failed(QStringLiteral("package cache"),
                      QStringLiteral("cannot write in %1; .leerpad courses cannot be opened").arg(cache));
}

} // namespace

int runInstallCheck(const QString &shareSubdir, QTextStream &out)
{
    Report report(out);
    out << "leerpad: " << QCoreApplication::applicationFilePath() << '\n';
    checkCourse(report, shareSubdir);
    checkMedia(report);
    checkStore(report);
    checkTranslations(report);
    checkPackageCache(report);
    out.flush();
    return report.anyFailed() ? 1 : 0;
}

} // namespace leerpad
