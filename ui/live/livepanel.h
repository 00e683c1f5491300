#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include "core/infer/livesession.h"
#include "ui/live/liverunlister.h"
#include "ui/live/predictioncsvwriter.h"

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

namespace as::ui {

class ActionTimeline;
class Banner;
class LiveController;
class LiveSourceChooser;
class LiveVideoView;
class RecognitionSettings;
class ScoreBarsView;

/**
 * The live recognition view: a finished run of the project (best or last checkpoint) runs on a
 * camera, a video file or a stream. It shows the video at its full frame rate with the current
 * action and confidence on top, the top-5 classes, the display and recognition rates and the
 * capture-to-label latency, and a timeline of the recognised actions. Stride, smoothing and
 * threshold are set beside it; predictions can be recorded to CSV and the picture saved as a
 * PNG. A source that fails stops cleanly with a message naming it (and Retry for cameras and
 * streams).
 */
class LivePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LivePanel(QWidget *parent = nullptr);
    ~LivePanel() override;

    /** Lists the finished runs of `projectDir` (in a worker) to choose the model from. */
    void setProject(const QString &projectDir);
    /** Chooses `runDir` as the model; a playing source restarts with it. */
    void openRun(const QString &runDir);
    /** Plays `source` with the chosen run, replacing what plays; false when it cannot start. */
    bool startSource(const as::LiveSourceSpec &source);
    /** Starts the source the source fields describe (F9). */
    bool startSelected();
    /** Stops the source (Shift+F9); stopped(false) follows. */
    void stop();

    /** The file Record writes; when empty, toggling Record asks for one. */
    void setRecordingFile(const QString &path);
    /** Writes the current frame with its overlay as PNG; false (and a banner) on failure. */
    bool saveSnapshot(const QString &path);

    bool isPlaying() const;
    /** Runs listed in the model combo: their folders. */
    QStringList runDirs() const;
    QString currentRunDir() const;
    qint64 framesShown() const { return m_framesShown; }
    qint64 predictionsShown() const { return m_predictionsShown; }
    /** The overlay's text: a class name, "no action", or empty before the first window. */
    QString currentActionText() const;
    QString recordingFile() const;
    qint64 recordedRows() const { return m_csv.rows(); }

    Banner *banner() const { return m_banner; }
    LiveVideoView *videoView() const { return m_video; }
    ScoreBarsView *scoreBars() const { return m_bars; }
    RecognitionSettings *recognitionSettings() const { return m_settings; }
    ActionTimeline *timeline() const { return m_timeline; }
    LiveSourceChooser *sourceChooser() const { return m_source; }
    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *recordAction() const { return m_recordAction; }
    QAction *snapshotAction() const { return m_snapshotAction; }

Q_SIGNALS:
    /** A source started playing. */
    void started();
    /** The source stopped: by the user or its end (`failed` false), or by a fault. */
    void stopped(bool failed);
    /** For the status bar. */
    void statusChanged(const QString &text);

private:
    QWidget *createToolBar();
    QWidget *createSidePanel();
    void onRunsLoaded(const QString &projectDir, const QVector<LiveRunEntry> &runs);
    void onStarted(const QStringList &classNames, const QString &samplingNote);
    void onFrame(const QImage &image, qint64 index, double sourceSeconds);
    void onPrediction(const as::LivePrediction &prediction);
    void onEnded(bool failed, const QString &message);
    void onRecordToggled(bool on);
    void snapshotWithDialog();
    void updateStats();
    void updateActions();
    as::LiveOptions currentOptions() const;
    QColor colorOf(const QString &label) const;

    LiveController *m_controller;
    LiveRunLister *m_lister;
    Banner *m_banner;
    QPushButton *m_retryButton;
    QComboBox *m_runCombo;
    QComboBox *m_checkpointCombo;
    QToolButton *m_startButton;
    QToolButton *m_stopButton;
    QToolButton *m_recordButton;
    QToolButton *m_snapshotButton;
    QProgressBar *m_busy;
    LiveVideoView *m_video;
    QLabel *m_positionLabel;
    QLabel *m_samplingLabel;
    LiveSourceChooser *m_source;
    RecognitionSettings *m_settings;
    ScoreBarsView *m_bars;
    QLabel *m_displayFpsLabel;
    QLabel *m_recognitionLabel;
    QLabel *m_latencyLabel;
    QLabel *m_droppedLabel;
    ActionTimeline *m_timeline;
    QAction *m_startAction;
    QAction *m_stopAction;
    QAction *m_recordAction;
    QAction *m_snapshotAction;
    QTimer *m_statsTimer;

    QString m_projectDir;
    QString m_pendingProject;
    QString m_pendingRun;
    as::LiveSourceSpec m_lastSource;
    QStringList m_classNames;
    PredictionCsvWriter m_csv;
    QString m_recordPath;
    bool m_userStopped = false;
    qint64 m_framesShown = 0;
    qint64 m_predictionsShown = 0;
    QElapsedTimer m_fpsClock;
    qint64 m_fpsFrames = 0;
    double m_displayFps = 0.0;
};

} // namespace as::ui
