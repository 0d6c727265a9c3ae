#include "ui/audio/audiocontrols.h"

#include "ui/audio/audiocontroller.h"
#include "ui/style/icons.h"
#include "ui/style/ownkeys.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace leerpad {

namespace {
constexpr int kStepMs = 5000;
constexpr int kPageMs = 15000;
} // namespace

AudioControls::AudioControls(QWidget *parent)
    : QWidget(parent), m_play(new QPushButton(this)), m_position(new QSlider(Qt::Horizontal, this)),
      m_elapsed(new QLabel(this)), m_total(new QLabel(this)), m_mute(new QToolButton(this)),
      m_volume(new QSlider(Qt::Horizontal, this)), m_rate(new QComboBox(this))
{
    setFocusPolicy(Qt::NoFocus);
    m_play->setAccessibleDescription(tr("Spatiebalk speelt af of pauzeert"));
    m_play->setAutoDefault(false);

    m_position->setRange(0, 0);
    m_position->setSingleStep(kStepMs);
    m_position->setPageStep(kPageMs);
    m_position->setAccessibleName(tr("Positie in het gesprek"));
    m_position->setAccessibleDescription(
        tr("Pijltjes: 5 seconden terug of verder; Page Up en Page Down: 15 seconden"));
    m_position->setFocusPolicy(Qt::StrongFocus);

    for (QLabel *l : {m_elapsed, m_total})
        l->setTextFormat(Qt::PlainText);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elapsed->setAccessibleName(tr("Verstreken tijd"));
    m_total->setAccessibleName(tr("Totale duur"));

    m_mute->setCheckable(true);
    m_mute->setAutoRaise(true);
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(20);
    m_volume->setAccessibleName(tr("Volume"));
    // Page Up/Down, Home and End move the sliders, as their descriptions promise,
    // rather than turning the page.
    keepOwnKeys(m_position, movementKeys());
    keepOwnKeys(m_volume, movementKeys());

    for (qreal r : AudioController::rates())
        m_rate->addItem(tr("%1×").arg(QLocale().toString(r, 'g', 3)), r);
    m_rate->setAccessibleName(tr("Afspeelsnelheid"));
    auto *rateLabel = new QLabel(tr("&Snelheid:"), this);
    rateLabel->setBuddy(m_rate);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_play);
    top->addWidget(m_elapsed);
    top->addWidget(m_position, 1);
    top->addWidget(m_total);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(6);
    bottom->addWidget(m_mute);
    bottom->addWidget(m_volume);
    bottom->addStretch(1);
    bottom->addWidget(rateLabel);
    bottom->addWidget(m_rate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(bottom);

    connect(m_play, &QPushButton::clicked, this, &AudioControls::playPauseRequested);
    connect(m_position, &QSlider::actionTriggered, this, [this](int action) {
        // Keyboard steps and clicks on the groove seek at once; a drag seeks on release.
        if (action != QAbstractSlider::SliderMove)
            emit seekRequested(m_position->sliderPosition());
    });
    connect(m_position, &QSlider::sliderMoved, this,
            [this](int value) { updateTimeLabels(value); });
    connect(m_position, &QSlider::sliderReleased, this,
            [this] { emit seekRequested(m_position->value()); });
    connect(m_mute, &QToolButton::toggled, this, &AudioControls::muteRequested);
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) {
        describeVolume();
        emit volumeRequested(float(v) / 100.0f);
    });
    connect(m_rate, &QComboBox::activated, this,
            [this](int i) { emit rateRequested(m_rate->itemData(i).toReal()); });

    setVolume(1.0f);
    setRate(1.0);
    setPlaying(false);
    setMuted(false);
    updateTimeLabels(0);
    updateSizes();
}

void AudioControls::updateSizes()
{
    for (QLabel *l : {m_elapsed, m_total})
        l->setMinimumWidth(l->fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 4);
    m_volume->setFixedWidth(m_volume->fontMetrics().averageCharWidth() * 14);
}

QString AudioControls::formatTime(qint64 ms)
{
    const qint64 total = qMax<qint64>(0, ms) / 1000;
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString AudioControls::elapsedText() const
{
    return m_elapsed->text();
}

void AudioControls::setPlaying(bool playing, bool ended)
{
    m_playing = playing;
    m_ended = ended;
    updateIcons();
}

void AudioControls::updateIcons()
{
    const QPalette pal = palette();
    if (m_playing) {
        m_play->setIcon(icons::icon(icons::Glyph::Pause, pal));
        m_play->setText(tr("Pauzeren"));
    } else if (m_ended) {
        m_play->setIcon(icons::icon(icons::Glyph::Replay, pal));
        m_play->setText(tr("Opnieuw afspelen"));
    } else {
        m_play->setIcon(icons::icon(icons::Glyph::Play, pal));
        m_play->setText(tr("Afspelen"));
    }
    m_play->setAccessibleName(m_play->text());
    const bool muted = m_mute->isChecked();
    m_mute->setIcon(icons::icon(muted ? icons::Glyph::VolumeOff : icons::Glyph::VolumeOn, pal));
    m_mute->setToolTip(muted ? tr("Geluid aanzetten") : tr("Geluid uitzetten"));
    m_mute->setAccessibleName(m_mute->toolTip());
}

void AudioControls::setPlaybackEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_position, m_mute, m_volume, m_rate})
        w->setEnabled(enabled);
}

void AudioControls::setPosition(qint64 ms)
{
    if (m_position->isSliderDown())
        return; // the learner is dragging; do not pull the handle away
    const QSignalBlocker block(m_position);
    m_position->setValue(int(qMin<qint64>(ms, m_position->maximum())));
    updateTimeLabels(ms);
}

void AudioControls::setDuration(qint64 ms)
{
    m_duration = ms;
    m_position->setRange(0, int(ms));
    updateTimeLabels(m_position->value());
}

void AudioControls::updateTimeLabels(qint64 position)
{
    // Until the player knows the length, say so instead of showing a wrong 0:00.
    const QString total = m_duration > 0 ? formatTime(m_duration) : QStringLiteral("–:––");
    m_elapsed->setText(formatTime(position));
    m_total->setText(total);
    m_total->setAccessibleDescription(total);
    m_position->setAccessibleDescription(tr("%1 van %2").arg(formatTime(position), total));
}

void AudioControls::setRate(qreal rate)
{
    const int i = m_rate->findData(rate);
    if (i >= 0)
        m_rate->setCurrentIndex(i);
}

void AudioControls::setVolume(float volume)
{
    const QSignalBlocker block(m_volume);
    m_volume->setValue(qRound(volume * 100));
    describeVolume();
}

void AudioControls::describeVolume()
{
    // A screen reader says the level in words, as it says the position in the dialogue.
    m_volume->setAccessibleDescription(tr("%1 procent").arg(m_volume->value()));
}

void AudioControls::setMuted(bool muted)
{
    {
        const QSignalBlocker block(m_mute);
        m_mute->setChecked(muted);
    }
    updateIcons();
}

void AudioControls::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier && isEnabled() &&
        m_play->isEnabled()) {
        emit playPauseRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AudioControls::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    if (event->type() == QEvent::FontChange)
        updateSizes();
}

} // namespace leerpad
