#include "ui/audio/mediabackend.h"

#include "ui/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QTimer>

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
    files << appDir.filePath(name)
          << appDir.filePath(QStringLiteral("../") + QStringLiteral(LEERPAD_PLUGIN_SUBDIR) +
                             QLatin1Char('/') + name)
          << QDir(QStringLiteral(LEERPAD_PLUGIN_BUILD_DIR)).filePath(name);
    return files;
}

const Plugin &plugin()
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

QtMediaBackend::QtMediaBackend(QObject *parent) : MediaBackend(parent) {}

QtMediaBackend::~QtMediaBackend() = default;

QString QtMediaBackend::pluginStatus()
{
    return plugin().status;
}

void QtMediaBackend::setSource(const QUrl &url)
{
    m_source = url;
    if (m_engine) {
        m_engine->setSource(url);
        return;
    }
    if (m_starting)
        return;
    m_starting = true;
    // A timer, not a posted call: timers run after the posted layout and paint events,
    // so the page is on screen before the pipeline is built.
    QTimer::singleShot(1, this, &QtMediaBackend::startEngine);
}

void QtMediaBackend::startEngine()
{
    m_starting = false;
    if (m_engine)
        return;
    if (const auto create = plugin().create)
        m_engine.reset(create(media::kAbiVersion, this));
    if (!m_engine) {
        emit errorOccurred(plugin().status);
        emit mediaStatusChanged(MediaStatus::Invalid);
        return;
    }
    m_engine->setVolume(m_volume);
    m_engine->setMuted(m_muted);
    m_engine->setSource(m_source);
}

void QtMediaBackend::play()
{
    if (m_engine)
        m_engine->play();
}

void QtMediaBackend::pause()
{
    if (m_engine)
        m_engine->pause();
}

void QtMediaBackend::stop()
{
    if (m_engine)
        m_engine->stop();
}

void QtMediaBackend::setPosition(qint64 ms)
{
    if (m_engine)
        m_engine->setPosition(ms);
}

void QtMediaBackend::setPlaybackRate(qreal rate)
{
    if (m_engine)
        m_engine->setPlaybackRate(rate);
}

void QtMediaBackend::setVolume(float volume)
{
    m_volume = volume;
    if (m_engine)
        m_engine->setVolume(volume);
}

void QtMediaBackend::setMuted(bool muted)
{
    m_muted = muted;
    if (m_engine)
        m_engine->setMuted(muted);
}

bool QtMediaBackend::hasAudioOutput() const
{
    // Without the plugin nothing can play, and the error says why; no need to add that
    // there is no audio device as well. Asked once per process: devices rarely change.
    static const bool any = !plugin().hasAudioOutput || plugin().hasAudioOutput();
    return any;
}

} // namespace leerpad
