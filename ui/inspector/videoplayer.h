#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace as::ui {

class FrameDecoder;
class FrameView;

/**
 * Plays a video file (or frame pack) with its own FrameDecoder: play/pause at the video's
 * frame rate, step one frame back or forward, a scrubber, and the model's crop drawn over the
 * picture. Playback advances only to frames already decoded, so a slow decode slows the
 * playback instead of freezing the UI.
 */
class VideoPlayer final : public QWidget
{
    Q_OBJECT

public:
    explicit VideoPlayer(QWidget *parent = nullptr);

    /** Opens `path`; `knownFrameCount` > 0 is the project's probed frame count. */
    void open(const QString &path, int knownFrameCount = 0);
    QString path() const;
    int frameCount() const;
    /** The frame shown (-1 before the first arrives) and its picture. */
    int currentFrame() const { return m_current; }
    QImage currentImage() const;
    bool isPlaying() const;
    FrameView *frameView() const { return m_view; }

public Q_SLOTS:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void seek(int index);

Q_SIGNALS:
    void currentFrameChanged(int index);
    /** `error` is translated and names the file. */
    void failed(const QString &error);

private:
    void onOpened(int frameCount, double fps);
    void onFrame(int index, const QImage &image);
    void onTick();
    void updateControls();

    FrameDecoder *m_decoder;
    FrameView *m_view;
    QToolButton *m_playButton;
    QToolButton *m_backButton;
    QToolButton *m_forwardButton;
    QSlider *m_scrubber;
    QLabel *m_position;
    QTimer *m_timer;
    int m_current = -1;
    int m_wanted = -1;
};

} // namespace as::ui
