#include "ui/audio/mediaplayers.h"

#include "ui/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace leerpad {
namespace {

struct Plugin
{
    media::CreateEngine create = nullptr;
    media::HasAudioOutput hasAudioOutput = nullptr;
    QString status;
};

// Where to look, most specific first: next to the executable, the installed location,
// the build tree. LEERPAD_MEDIA_PLUGIN (a file) replaces the search, for packagers.
QStringList pluginCandidates()
{
    QStringList files;
    if (const QString env = qEnvironmentVariable("LEERPAD_MEDIA_PLUGIN"); !env.isEmpty())
        return {env};
    const QString name = QStringLiteral("leerpad_qtmedia");
    const QDir appDir(QCoreApplication::applicationDirPath());
    // Clean paths: the one that loads is reported (--check-install, the audio error).
    files << appDir.filePath(name)
          << QDir::cleanPath(appDir.filePath(QStringLiteral("../") +
                                             QStringLiteral(LEERPAD_PLUGIN_SUBDIR) +
                                             QLatin1Char('/') + name))
          << QDir(QStringLiteral(LEERPAD_PLUGIN_BUILD_DIR)).filePath(name);
    return files;
}

const Plugin &loadedPlugin()
{
    static const Plugin loaded = [] {
        Plugin p;
        QStringList failures;
        for (const QString &file : pluginCandidates()) {
            // The library stays loaded when this QLibrary goes: players created from it
            // may live until the process ends. Only unload() would unload it.
            QLibrary library(file);
            if (!library.load()) {
                failures << library.errorString();
                continue;
            }
            p.create = reinterpret_cast<media::CreateEngine>(library.resolve(media::kCreateSymbol));
            p.hasAudioOutput =
                reinterpret_cast<media::HasAudioOutput>(library.resolve(media::kHasOutputSymbol));
            if (p.create && p.hasAudioOutput) {
                p.status = QStringLiteral("loaded %1").arg(library.fileName());
                qCInfo(lcAudio) << "media plugin" << p.status;
                return p;
            }
            failures << QStringLiteral("%1 is not a Leerpad media plugin").arg(library.fileName());
            p.create = nullptr;
            p.hasAudioOutput = nullptr;
            library.unload();
        }
        p.status = QStringLiteral("the audio plugin leerpad_qtmedia could not be loaded: %1")
                       .arg(failures.join(QStringLiteral("; ")));
        qCWarning(lcAudio) << p.status;
        return p;
    }();
    return loaded;
}

} // namespace

QString MediaPlayers::pluginStatus()
{
    return loadedPlugin().status;
}

MediaPlayers MediaPlayers::plugin()
{
    MediaPlayers players;
    players.create = [](media::EngineEvents *events) -> std::unique_ptr<media::Engine> {
        const auto create = loadedPlugin().create;
        return std::unique_ptr<media::Engine>(create ? create(media::kAbiVersion, events) : nullptr);
    };
    players.hasAudioOutput = [] {
        // Without the plugin nothing can play, and the error says why; no need to add
        // that there is no audio device as well. Asked once per process: devices rarely
        // change.
        static const bool any = !loadedPlugin().hasAudioOutput || loadedPlugin().hasAudioOutput();
        return any;
    };
    players.createAfterPaint = true;
    return players;
}

} // namespace leerpad
