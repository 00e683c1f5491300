#include "ui/inspector/videoplayer.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
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

} // namespace

VideoPlayer::VideoPlayer(QWidget *parent)
    : QWidget(parent)
    , m_decoder(new FrameDecoder(this))
    , m_view(new FrameView(this))
    , m_playButton(mediaButton(QStyle::SP_MediaPlay, tr("Play or pause (Space)"), this))
    , m_backButton(mediaButton(QStyle::SP_MediaSeekBackward, tr("Previous frame (Left)"), this))
    , m_forwardButton(mediaButton(QStyle::SP_MediaSeekForward, tr("Next frame (Right)"), this))
    , m_scrubber(new QSlider(Qt::Horizontal, this))
    , m_position(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("playerFrameView"));
    m_view->setPlaceholderText(tr("Choose a video in the dataset to play it here."));
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_backButton->setObjectName(QStringLiteral("stepBackButton"));
    m_forwardButton->setObjectName(QStringLiteral("stepForwardButton"));
    m_scrubber->setObjectName(QStringLiteral("scrubber"));
    m_scrubber->setToolTip(tr("Drag to move through the video"));
    m_position->setObjectName(QStringLiteral("frameIndexLabel"));
    m_position->setMinimumWidth(
        m_position->fontMetrics().horizontalAdvance(tr("Frame %1 / %2").arg(88888).arg(88888)));
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_backButton);
    controls->addWidget(m_playButton);
    controls->addWidget(m_forwardButton);
    controls->addWidget(m_scrubber, 1);
    controls->addWidget(m_position);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);

    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &VideoPlayer::onTick);
    connect(m_playButton, &QToolButton::clicked, this, &VideoPlayer::togglePlay);
    connect(m_backButton, &QToolButton::clicked, this, &VideoPlayer::stepBack);
    connect(m_forwardButton, &QToolButton::clicked, this, &VideoPlayer::stepForward);
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

void VideoPlayer::stepForward()
{
    pause();
    seek(qMax(m_wanted, m_current) + 1);
}

void VideoPlayer::stepBack()
{
    pause();
    seek(qMax(m_wanted, m_current) - 1);
}

void VideoPlayer::seek(int index)
{
    if (frameCount() <= 0)
        return;
    m_wanted = qBound(0, index, frameCount() - 1);
    m_decoder->request(m_wanted);
}

void VideoPlayer::onOpened(int frameCount, double fps)
{
    m_timer->setInterval(qBound(5, qRound(1000.0 / (fps > 0.0 ? fps : 25.0)), 1000));
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
    m_backButton->setEnabled(ready && m_current > 0);
    m_forwardButton->setEnabled(ready && m_current < frameCount() - 1);
    m_scrubber->setEnabled(ready);
    m_playButton->setIcon(
        style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_position->setText(ready ? tr("Frame %1 / %2").arg(qMax(0, m_current)).arg(frameCount() - 1)
                              : QString());
}

} // namespace as::ui
