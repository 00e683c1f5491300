#pragma once

#include <QString>
#include <QWidget>

#include "core/config/experimentconfig.h"
#include "ui/inspector/clippreviewresult.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace as::ui {

class Banner;
class ClipAnimationView;
class ClipPreviewController;
class ClipTimeline;
class FrameGridView;
class VideoPlayer;

/**
 * The sample inspector: a video of the project played on the left and, beside it, the clip
 * exactly as the model of the current config is fed it (previewClip): the sampled frames
 * marked on a timeline (TSN segments shaded, SlowFast's slow pathway set apart), the input
 * frames after the train or test transforms as a grid and as a looping animation, what was
 * done in words, and the crop drawn over the player. "Resample" draws another training
 * augmentation. All decoding and sampling runs in worker threads.
 *
 * Shortcuts (while the panel has focus): Space play/pause, Left/Right step a frame,
 * Ctrl+R resample.
 */
class SampleInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit SampleInspector(QWidget *parent = nullptr);
    ~SampleInspector() override;

    /** The project whose videos showVideo names; clears what is shown. */
    void setProject(const QString &projectDir);
    QString projectDir() const { return m_projectDir; }
    /** The experiment whose model input is previewed; the seed restarts at its run seed. */
    void setConfig(const as::ExperimentConfig &config);
    const as::ExperimentConfig &config() const { return m_config; }

    /**
     * Plays the project's video at `videoPath` and previews its clip. `className` overrides the
     * video's own class (it decides the label swaps of flips and reversals); empty: its own.
     */
    void showVideo(const QString &videoPath, const QString &className = {});
    /** The same for the project's video with id `videoId`. */
    void showVideo(qint64 videoId, const QString &className = {});

    /** True: the training sampling and augmentation; false: the single test view. */
    bool isTrainView() const { return m_train; }
    quint64 seed() const { return m_seed; }
    /** True while a preview is being computed. */
    bool isBusy() const;
    bool hasPreview() const { return m_hasPreview; }
    /** The last preview shown (frames as images in `images`). */
    const ClipPreviewResult &preview() const { return m_preview; }

public Q_SLOTS:
    void setTrainView(bool train);
    /** Draws another training clip: a new seed, the same config. */
    void resample();
    /** Shows the slow (true) or fast pathway's frames in the grid (SlowFast only). */
    void setSlowPathwayShown(bool slow);

Q_SIGNALS:
    void previewReady();
    /** `error` is translated and names the file or field; it is also shown in the banner. */
    void previewFailed(const QString &error);

private:
    QWidget *buildPlayerSide();
    QWidget *buildClipSide();
    void requestPreview();
    void onPreview(const ClipPreviewResult &result);
    void onFailed(const QString &error);
    void showFrames();
    void setBusy(bool busy);
    void updateModeButtons();

    ClipPreviewController *m_controller;
    Banner *m_banner;
    QLabel *m_title;
    VideoPlayer *m_player;
    QToolButton *m_trainButton;
    QToolButton *m_testButton;
    QToolButton *m_resampleButton;
    QToolButton *m_fastButton;
    QToolButton *m_slowButton;
    QLabel *m_seedLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    ClipTimeline *m_timeline;
    QLabel *m_description;
    FrameGridView *m_grid;
    ClipAnimationView *m_animation;

    QString m_projectDir;
    as::ExperimentConfig m_config;
    QString m_videoPath;
    qint64 m_videoId = 0;
    QString m_className;
    bool m_train = true;
    bool m_slowShown = false;
    quint64 m_seed = 0;
    bool m_busy = false;
    bool m_hasPreview = false;
    ClipPreviewResult m_preview;
};

} // namespace as::ui
