#include "ui/inspector/videoplayer.h"

#include <cmath>

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/inspector/framedecoder.h"
#include "ui/inspector/frameview.h"

namespace as::ui {

namespace {

QToolButton *mediaButton(QStyle::StandardPixmap icon, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setIconSize(QSize(20, 20));
    return button;
}

/** The rate a video without a usable one is played at (probeVideo's fallback). */
constexpr double kFallbackFps = 25.0;

} // namespace

VideoPlayer::VideoPlayer(QWidget *parent)
    : QWidget(parent)
    , m_decoder(new FrameDecoder(this))
    , m_view(new FrameView(this))
    , m_playButton(mediaButton(QStyle::SP_MediaPlay, tr("Play or pause (Space)"), this))
    , m_backSecondButton(
          mediaButton(QStyle::SP_MediaSkipBackward, tr("Back 1 second (Shift+Left)"), this))
    , m_backButton(mediaButton(QStyle::SP_MediaSeekBackward, tr("Previous frame (Left)"), this))
    , m_forwardButton(mediaButton(QStyle::SP_MediaSeekForward, tr("Next frame (Right)"), this))
    , m_forwardSecondButton(
          mediaButton(QStyle::SP_MediaSkipForward, tr("Forward 1 second (Shift+Right)"), this))
    , m_speedButton(new QToolButton(this))
    , m_scrubber(new QSlider(Qt::Horizontal, this))
    , m_position(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("playerFrameView"));
    m_view->setPlaceholderText(tr("Choose a video in the dataset to play it here."));
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_backSecondButton->setObjectName(QStringLiteral("backSecondButton"));
    m_backButton->setObjectName(QStringLiteral("stepBackButton"));
    m_forwardButton->setObjectName(QStringLiteral("stepForwardButton"));
    m_forwardSecondButton->setObjectName(QStringLiteral("forwardSecondButton"));
    m_speedButton->setObjectName(QStringLiteral("speedButton"));
    m_speedButton->setToolTip(tr("Playback speed ([ slower, ] faster)"));
    m_speedButton->setAutoRaise(true);
    m_speedButton->setPopupMode(QToolButton::InstantPopup);
    m_speedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_scrubber->setObjectName(QStringLiteral("scrubber"));
    m_scrubber->setToolTip(tr("Drag to move through the video"));
    m_position->setObjectName(QStringLiteral("frameIndexLabel"));
    m_position->setMinimumWidth(
        m_position->fontMetrics().horizontalAdvance(tr("Frame %1 / %2").arg(88888).arg(88888)));
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(0);
    controls->addWidget(m_backSecondButton);
    controls->addWidget(m_backButton);
    controls->addWidget(m_playButton);
    controls->addWidget(m_forwardButton);
    controls->addWidget(m_forwardSecondButton);
    controls->addWidget(m_speedButton);
    controls->addSpacing(4);
    controls->addWidget(m_scrubber, 1);
    controls->addWidget(m_position);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);

    createActions();
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(frameIntervalMs());
    connect(m_timer, &QTimer::timeout, this, &VideoPlayer::onTick);
    connect(m_playButton, &QToolButton::clicked, this, &VideoPlayer::togglePlay);
    connect(m_backButton, &QToolButton::clicked, this, &VideoPlayer::stepBack);
    connect(m_forwardButton, &QToolButton::clicked, this, &VideoPlayer::stepForward);
    connect(m_backSecondButton, &QToolButton::clicked, this, [this] { stepSeconds(-1.0); });
    connect(m_forwardSecondButton, &QToolButton::clicked, this, [this] { stepSeconds(1.0); });
    connect(m_scrubber, &QSlider::valueChanged, this, [this](int value) {
        if (value != m_wanted)
            seek(value);
    });
    connect(m_decoder, &FrameDecoder::opened, this,
            [this](int frameCount, double fps) { onOpened(frameCount, fps); });
    connect(m_decoder, &FrameDecoder::frameReady, this, &VideoPlayer::onFrame);
    connect(m_decoder, &FrameDecoder::failed, this, [this](const QString &error) {
        pause();
        m_view->setPlaceholderText(error);
        Q_EMIT failed(error);
    });
    updateControls();
}

void VideoPlayer::createActions()
{
    // Actions rather than key handling in keyPressEvent: they work with the focus on any child
    // (the scrubber, a button) and, through addShortcutsTo, anywhere in the view around us.
    const auto key = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_keyActions.append(action);
    };
    key(tr("Play or pause"), {QKeySequence(Qt::Key_Space)}, &VideoPlayer::togglePlay);
    key(tr("Previous frame"), {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Comma)},
        &VideoPlayer::stepBack);
    key(tr("Next frame"), {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Period)},
        &VideoPlayer::stepForward);
    key(tr("Back 1 second"), {QKeySequence(Qt::SHIFT | Qt::Key_Left)},
        [this] { stepSeconds(-1.0); });
    key(tr("Forward 1 second"), {QKeySequence(Qt::SHIFT | Qt::Key_Right)},
        [this] { stepSeconds(1.0); });
    key(tr("Slower"), {QKeySequence(Qt::Key_BracketLeft)}, &VideoPlayer::slower);
    key(tr("Faster"), {QKeySequence(Qt::Key_BracketRight)}, &VideoPlayer::faster);

    auto *menu = new QMenu(m_speedButton);
    auto *group = new QActionGroup(menu);
    for (const double rate : playbackRates()) {
        QAction *action = menu->addAction(rateText(rate));
        action->setCheckable(true);
        action->setChecked(rate == m_rate);
        action->setData(rate);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, rate] { setPlaybackRate(rate); });
        m_rateActions.append(action);
    }
    m_speedButton->setMenu(menu);
    m_speedButton->setText(rateText(m_rate));
}

void VideoPlayer::addShortcutsTo(QWidget *scope)
{
    scope->addActions(m_keyActions);
}

QList<double> VideoPlayer::playbackRates()
{
    return {0.25, 0.5, 1.0, 2.0, 4.0};
}

QString VideoPlayer::rateText(double rate) const
{
    //: Playback speed, e.g. "0.5×"
    return tr("%1×").arg(locale().toString(rate));
}

int VideoPlayer::frameIntervalMs() const
{
    const double fps = m_decoder->fps() > 0.0 ? m_decoder->fps() : kFallbackFps;
    return qBound(1, qRound(1000.0 / (fps * m_rate)), 4000);
}

void VideoPlayer::setPlaybackRate(double rate)
{
    if (!(rate > 0.0))
        return;
    const QList<double> rates = playbackRates();
    double nearest = rates.first();
    for (const double r : rates) {
        if (std::abs(std::log(r / rate)) < std::abs(std::log(nearest / rate)))
            nearest = r;
    }
    if (nearest == m_rate)
        return;
    m_rate = nearest;
    m_timer->setInterval(frameIntervalMs());
    for (QAction *action : std::as_const(m_rateActions))
        action->setChecked(action->data().toDouble() == m_rate);
    m_speedButton->setText(rateText(m_rate));
    Q_EMIT playbackRateChanged(m_rate);
}

void VideoPlayer::slower()
{
    const QList<double> rates = playbackRates();
    const auto index = rates.indexOf(m_rate);
    if (index > 0)
        setPlaybackRate(rates.at(index - 1));
}

void VideoPlayer::faster()
{
    const QList<double> rates = playbackRates();
    const auto index = rates.indexOf(m_rate);
    if (index >= 0 && index + 1 < rates.size())
        setPlaybackRate(rates.at(index + 1));
}

void VideoPlayer::open(const QString &path, int knownFrameCount)
{
    pause();
    m_current = -1;
    m_wanted = -1;
    m_view->setImage({});
    m_view->setPlaceholderText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_decoder->open(path, knownFrameCount);
    updateControls();
}

QString VideoPlayer::path() const
{
    return m_decoder->path();
}

int VideoPlayer::frameCount() const
{
    return m_decoder->frameCount();
}

double VideoPlayer::fps() const
{
    return m_decoder->fps();
}

QImage VideoPlayer::currentImage() const
{
    return m_view->image();
}

bool VideoPlayer::isPlaying() const
{
    return m_timer->isActive();
}

void VideoPlayer::play()
{
    if (frameCount() <= 0)
        return;
    if (m_current >= frameCount() - 1)
        seek(0); // play again from the start
    m_timer->start();
    updateControls();
}

void VideoPlayer::pause()
{
    m_timer->stop();
    updateControls();
}

void VideoPlayer::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

int VideoPlayer::position() const
{
    // The frame asked for, not the one shown: key presses faster than the decode add up.
    return m_wanted >= 0 ? m_wanted : qMax(0, m_current);
}

void VideoPlayer::stepForward()
{
    pause();
    seek(position() + 1);
}

void VideoPlayer::stepBack()
{
    pause();
    seek(position() - 1);
}

void VideoPlayer::stepSeconds(double seconds)
{
    const double fps = m_decoder->fps() > 0.0 ? m_decoder->fps() : kFallbackFps;
    // One second is round(fps) frames, so that 29.97 fps video moves 30 frames, not 29.
    seek(position() + static_cast<int>(std::lround(seconds * fps)));
}

void VideoPlayer::seek(int index)
{
    if (frameCount() <= 0)
        return;
    m_wanted = qBound(0, index, frameCount() - 1);
    m_decoder->request(m_wanted);
}

void VideoPlayer::onOpened(int frameCount, double /*fps*/)
{
    m_timer->setInterval(frameIntervalMs());
    {
        const QSignalBlocker blocker(m_scrubber);
        m_scrubber->setRange(0, qMax(0, frameCount - 1));
        m_scrubber->setValue(0);
    }
    seek(0);
    updateControls();
}

void VideoPlayer::onFrame(int index, const QImage &image)
{
    if (index != m_wanted)
        return;
    m_current = index;
    m_view->setImage(image);
    {
        const QSignalBlocker blocker(m_scrubber);
        m_scrubber->setValue(index);
    }
    updateControls();
    Q_EMIT currentFrameChanged(index);
}

void VideoPlayer::onTick()
{
    if (m_current != m_wanted)
        return; // the frame asked for is still decoding: wait for it rather than skip
    if (m_current >= frameCount() - 1) {
        pause();
        return;
    }
    seek(m_current + 1);
}

void VideoPlayer::updateControls()
{
    const bool ready = frameCount() > 0;
    m_playButton->setEnabled(ready);
    m_backSecondButton->setEnabled(ready && m_current > 0);
    m_backButton->setEnabled(ready && m_current > 0);
    m_forwardButton->setEnabled(ready && m_current < frameCount() - 1);
    m_forwardSecondButton->setEnabled(ready && m_current < frameCount() - 1);
    m_scrubber->setEnabled(ready);
    m_playButton->setIcon(
        style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_position->setText(ready ? tr("Frame %1 / %2").arg(qMax(0, m_current)).arg(frameCount() - 1)
                              : QString());
}

} // namespace as::ui
