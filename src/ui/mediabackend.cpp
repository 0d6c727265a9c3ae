#include "mediabackend.h"

#include "uilogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace leerpad {
namespace {

struct Plugin
{
    media::CreateEngine create = nullptr;
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
            // Never unloaded: players created from it may live until the process ends.
            auto *library = new QLibrary(file);
            if (!library->load()) {
                failures << library->errorString();
                delete library;
                continue;
            }
            p.create = reinterpret_cast<media::CreateEngine>(library->resolve(media::kCreateSymbol));
            if (p.create) {
                p.status = QStringLiteral("loaded %1").arg(library->fileName());
                qCInfo(lcAudio) << "media plugin" << p.status;
                return p;
            }
            failures << QStringLiteral("%1 has no %2").arg(library->fileName(),
                                                           QLatin1String(media::kCreateSymbol));
            library->unload();
            delete library;
        }
        p.status = QStringLiteral("the audio plugin leerpad_qtmedia could not be loaded: %1")
                       .arg(failures.join(QStringLiteral("; ")));
        qCWarning(lcAudio) << p.status;
        return p;
    }();
    return loaded;
}

} // namespace

QtMediaBackend::QtMediaBackend(QObject *parent) : MediaBackend(parent)
{
    if (const auto create = plugin().create)
        m_engine.reset(create(media::kAbiVersion, this));
}

QtMediaBackend::~QtMediaBackend() = default;

QString QtMediaBackend::pluginStatus()
{
    return plugin().status;
}

void QtMediaBackend::setSource(const QUrl &url)
{
    if (!m_engine) {
        emit errorOccurred(plugin().status);
        emit mediaStatusChanged(MediaStatus::Invalid);
        return;
    }
    m_engine->setSource(url);
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
    if (m_engine)
        m_engine->setVolume(volume);
}

void QtMediaBackend::setMuted(bool muted)
{
    if (m_engine)
        m_engine->setMuted(muted);
}

bool QtMediaBackend::hasAudioOutput() const
{
    // Without the plugin nothing can play; setSource() says why.
    return !m_engine || m_engine->hasAudioOutput();
}

} // namespace leerpad
