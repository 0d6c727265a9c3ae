#include "ui/audio/audioblockview.h"

#include "ui/audio/audiocontroller.h"
#include "ui/audio/audiocontrols.h"
#include "ui/audio/transcriptview.h"
#include "ui/style/icons.h"
#include "ui/style/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace leerpad {

namespace {
const QString kVolumeKey = QStringLiteral("audio/volume");
const QString kRateKey = QStringLiteral("audio/rate");
} // namespace

AudioBlockView::AudioBlockView(const AudioBlock &block, const MediaPlayers &players, QWidget *parent)
    : Card(parent), m_controller(new AudioController(block, players, this)),
      m_controls(new AudioControls(this)), m_messageBox(new QWidget(this)),
      m_messageIcon(new QLabel(m_messageBox)), m_message(new QLabel(m_messageBox))
{
    setAccessibleName(tr("Gesprek: %1").arg(block.title));

    auto *title = new QLabel(block.title, this);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    theme::markScaled(title, 1.15, QFont::DemiBold);

    // "Met Karolien (klantcontactmedewerker), Henk en een klant": a role is left out
    // when it is empty or says no more than the name, and the last name joins with "en".
    QStringList who;
    for (const Speaker &s : block.speakers) {
        const bool sayRole = !s.role.isEmpty() && s.role.compare(s.name, Qt::CaseInsensitive) != 0;
        who << (sayRole ? tr("%1 (%2)").arg(s.name, s.role) : s.name);
    }
    QString list = who.value(0);
    if (who.size() > 1)
        list = tr("%1 en %2", "the last two names of a list").arg(who.mid(0, who.size() - 1).join(QStringLiteral(", ")), who.last());
    auto *speakers = new QLabel(who.isEmpty() ? QString() : tr("Met %1").arg(list), this);
    speakers->setTextFormat(Qt::PlainText);
    speakers->setWordWrap(true);
    theme::setInk(speakers, theme::Ink::Muted);
    speakers->setVisible(!who.isEmpty());

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int iconSize = fontMetrics().height();
    theme::followPalette(m_messageIcon, "leerpadIcon", [this, iconSize] {
        m_messageIcon->setPixmap(icons::icon(icons::Glyph::Warning, palette()).pixmap(iconSize, iconSize));
    });
    m_messageIcon->setAlignment(Qt::AlignTop);
    auto *messageRow = new QHBoxLayout(m_messageBox);
    messageRow->setContentsMargins(0, 0, 0, 0);
    messageRow->addWidget(m_messageIcon);
    messageRow->addWidget(m_message, 1);
    m_messageBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(speakers);
    layout->addWidget(m_messageBox);
    layout->addSpacing(4);
    layout->addWidget(m_controls);

    if (!block.cues.isEmpty()) {
        m_toggle = new QToolButton(this);
        m_toggle->setCheckable(true);
        m_toggle->setAutoRaise(true);
        m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toggle->setAccessibleDescription(tr("Toont of verbergt wat er in het gesprek gezegd wordt"));
        m_transcript = new TranscriptView(block.cues, block.speakers, this);
        m_transcript->hide();
        layout->addWidget(m_toggle, 0, Qt::AlignLeft);
        layout->addWidget(m_transcript);
        connect(m_toggle, &QToolButton::toggled, this, &AudioBlockView::setTranscriptOpen);
        connect(m_transcript, &TranscriptView::cueActivated, m_controller,
                &AudioController::seekToCue);
        // Reading the transcript through is taking in the dialogue too.
        connect(m_transcript, &TranscriptView::readToEnd, this, &AudioBlockView::complete);
        connect(m_controller, &AudioController::currentCueChanged, m_transcript,
                &TranscriptView::setCurrentCue);
        // The first line is marked before it is spoken: the learner sees where it begins.
        m_transcript->setCurrentCue(m_controller->currentCue());
        setTranscriptOpen(false);
    } else {
        auto *none = new QLabel(tr("Er is geen uitgeschreven tekst van dit gesprek."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }

    // Controls → controller (intents) and controller → controls (state).
    connect(m_controls, &AudioControls::playPauseRequested, m_controller,
            &AudioController::togglePlayPause);
    connect(m_controls, &AudioControls::seekRequested, m_controller, &AudioController::seek);
    connect(m_controls, &AudioControls::rateRequested, m_controller, &AudioController::setRate);
    connect(m_controls, &AudioControls::volumeRequested, m_controller, &AudioController::setVolume);
    connect(m_controls, &AudioControls::muteRequested, m_controller, &AudioController::setMuted);
    connect(m_controller, &AudioController::positionChanged, m_controls, &AudioControls::setPosition);
    connect(m_controller, &AudioController::durationChanged, m_controls, &AudioControls::setDuration);
    connect(m_controller, &AudioController::rateChanged, m_controls, &AudioControls::setRate);
    connect(m_controller, &AudioController::volumeChanged, m_controls, &AudioControls::setVolume);
    connect(m_controller, &AudioController::mutedChanged, m_controls, &AudioControls::setMuted);
    connect(m_controller, &AudioController::statusChanged, this, &AudioBlockView::syncStatus);
    // Remember the place when playback pauses and when the learner seeks while it is
    // not playing; during playback the place is saved at the next pause or page turn.
    connect(m_controller, &AudioController::statusChanged, this, [this](AudioController::Status s) {
        if (s == AudioController::Status::Paused)
            emit positionToSave(m_controller->position());
    });
    connect(m_controller, &AudioController::positionChanged, this, [this](qint64 ms) {
        const auto s = m_controller->status();
        if (s == AudioController::Status::Ready || s == AudioController::Status::Paused)
            emit positionToSave(ms);
    });
    connect(m_controller, &AudioController::messageChanged, this, &AudioBlockView::showMessage);
    connect(m_controller, &AudioController::playedToEnd, this, &AudioBlockView::complete);

    // Volume and speed are the learner's preference, not the dialogue's.
    QSettings settings;
    m_controller->setVolume(settings.value(kVolumeKey, 1.0).toFloat());
    m_controller->setRate(settings.value(kRateKey, 1.0).toReal());
    m_controls->setVolume(m_controller->volume());
    m_controls->setRate(m_controller->rate());
    connect(m_controller, &AudioController::volumeChanged, this,
            [](float v) { QSettings().setValue(kVolumeKey, v); });
    connect(m_controller, &AudioController::rateChanged, this,
            [](qreal r) { QSettings().setValue(kRateKey, r); });

    showMessage(m_controller->message());
    syncStatus();
    // Without sound the transcript is the dialogue: open it straight away.
    if (!m_controller->isAudible() && m_toggle)
        m_toggle->setChecked(true);
}

void AudioBlockView::complete()
{
    if (m_completed)
        return;
    m_completed = true;
    emit completed();
}

QString AudioBlockView::message() const
{
    return m_message->text();
}

bool AudioBlockView::isMessageVisible() const
{
    return !m_messageBox->isHidden();
}

bool AudioBlockView::isTranscriptOpen() const
{
    return m_transcript && !m_transcript->isHidden();
}

void AudioBlockView::setTranscriptOpen(bool open)
{
    if (!m_toggle)
        return;
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(open);
    }
    m_transcript->setVisible(open);
    m_toggle->setText(open ? tr("Uitgeschreven tekst verbergen")
                           : tr("Uitgeschreven tekst tonen"));
    m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setAccessibleName(m_toggle->text());
    // Opening the transcript is not reading it: it completes the dialogue only when the
    // dialogue cannot be heard, and then the transcript is all there is.
    if (open && !m_controller->isAudible())
        complete();
}

void AudioBlockView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_messageBox->setVisible(!message.isEmpty());
    m_message->setAccessibleName(message);
    // No file, no playback, or no sound device: the transcript opens by itself.
    if (!m_controller->isAudible() && m_toggle && !m_toggle->isChecked())
        m_toggle->setChecked(true);
}

void AudioBlockView::syncStatus()
{
    using S = AudioController::Status;
    const S s = m_controller->status();
    m_controls->setPlaybackEnabled(m_controller->canPlay());
    m_controls->setPlaying(s == S::Playing, s == S::Ended);
    if (m_transcript)
        m_transcript->setFollowing(s == S::Playing);
}

} // namespace leerpad
