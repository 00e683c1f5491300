#pragma once

#include <QImage>
#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace as::ui {

class FrameDecoder;
class FrameView;

/**
 * Plays a video file (or frame pack) with its own FrameDecoder: play/pause at the video's
 * frame rate times a playback speed (0.25× to 4×), step one frame or one second back or
 * forward, a scrubber, and the model's crop drawn over the picture. Playback advances only to
 * frames already decoded, so a slow decode (or 4× on a large video) slows the playback instead
 * of freezing the UI or skipping frames.
 *
 * Keys (shortcuts of the player, and of any widget passed to addShortcutsTo): Space play or
 * pause, Left/Right (or comma/period) one frame, Shift+Left/Shift+Right one second, [ and ]
 * slower and faster.
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
    /** The video's frame rate (0 until it is open). */
    double fps() const;
    /** The frame shown (-1 before the first arrives) and its picture. */
    int currentFrame() const { return m_current; }
    QImage currentImage() const;
    bool isPlaying() const;
    FrameView *frameView() const { return m_view; }

    /** The speeds offered, slowest first; 1.0 is the video's own rate. */
    static QList<double> playbackRates();
    double playbackRate() const { return m_rate; }
    /** Milliseconds between two frames of playback at the current speed. */
    int frameIntervalMs() const;

    /**
     * Makes the player's keys work wherever the focus is inside `scope` (a view that holds
     * the player beside other widgets), not only inside the player.
     */
    void addShortcutsTo(QWidget *scope);

public Q_SLOTS:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    /** Moves `seconds` (negative: back) at the video's rate, keeping playback going. */
    void stepSeconds(double seconds);
    void seek(int index);
    /** Sets the speed to the offered rate nearest `rate`; playbackRateChanged follows. */
    void setPlaybackRate(double rate);
    void slower();
    void faster();

Q_SIGNALS:
    void currentFrameChanged(int index);
    void playbackRateChanged(double rate);
    /** `error` is translated and names the file. */
    void failed(const QString &error);

private:
    void createActions();
    void onOpened(int frameCount, double fps);
    void onFrame(int index, const QImage &image);
    void onTick();
    void updateControls();
    /** Where relative moves start: the frame last asked for, else the one shown. */
    int position() const;
    QString rateText(double rate) const;

    FrameDecoder *m_decoder;
    FrameView *m_view;
    QToolButton *m_playButton;
    QToolButton *m_backSecondButton;
    QToolButton *m_backButton;
    QToolButton *m_forwardButton;
    QToolButton *m_forwardSecondButton;
    QToolButton *m_speedButton;
    QSlider *m_scrubber;
    QLabel *m_position;
    QTimer *m_timer;
    QList<QAction *> m_keyActions;
    QList<QAction *> m_rateActions;
    double m_rate = 1.0;
    int m_current = -1;
    int m_wanted = -1;
};

} // namespace as::ui
