#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "core/config/experimentconfig.h"
#include "ui/training/trainingmetatypes.h"

class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace as {
struct TrainerParams;
}

namespace as::ui {

class AccuracyChartView;
class Banner;
class ExperimentFields;
class LearningRateChartView;
class LossChartView;
class RunListWidget;
class RunOverlays;
class TrainingController;

/**
 * The training dashboard: the experiment's main settings (quick fields over a base config that
 * the config editor can replace), Start / Pause / Stop, progress with ETA and throughput, live
 * charts of the loss, accuracy and learning rate, the project's run list (check runs to overlay
 * their curves, double-click to open one, resume a stopped one) and the run's log.
 */
class TrainingPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPanel(QWidget *parent = nullptr);
    ~TrainingPanel() override;

    /** Uses `config` as the base of the next run on `projectDir` and lists its runs. */
    void setProject(const QString &projectDir, const as::ExperimentConfig &config);
    /** Forgets the project: nothing can be trained until the next setProject(). */
    void clearProject();
    /** Replaces the base config (the quick fields show it); the project stays. */
    void setExperimentConfig(const as::ExperimentConfig &config);
    /** The base config with the fields' values applied: what Start would run. */
    as::ExperimentConfig currentConfig() const;

    bool isTraining() const;
    bool isPaused() const;
    QAction *trainAction() const { return m_trainAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *stopAction() const { return m_stopAction; }
    TrainingController *controller() const { return m_controller; }
    LossChartView *lossChart() const { return m_lossChart; }
    AccuracyChartView *accuracyChart() const { return m_accuracyChart; }
    LearningRateChartView *learningRateChart() const { return m_rateChart; }
    RunListWidget *runList() const { return m_runList; }
    RunOverlays *overlays() const { return m_overlays; }
    Banner *banner() const { return m_banner; }

public Q_SLOTS:
    void startTraining();
    /** Continues the stopped run in `runDir` from its last checkpoint, with its own config. */
    void resumeRun(const QString &runDir);
    void stopTraining();
    void pauseTraining();
    void resumeTraining();
    void appendLog(const QString &text);

Q_SIGNALS:
    /**
     * For the status bar: what runs and how far it is. `maximum` 0: busy with no known end;
     * -1: nothing runs any more.
     */
    void statusChanged(const QString &text, int value, int maximum);
    void trainingFinished(const as::RunSummary &summary);
    /** The user edited a quick field: `config` is the new currentConfig(). */
    void configEdited(const as::ExperimentConfig &config);
    /** A run was double-clicked in the run list. */
    void openRunRequested(const QString &runDir);
    /** The overlays on the charts now show these runs (after their curves were read). */
    void overlaysChanged(const QStringList &runDirs);

private:
    void launch(const as::TrainerParams &params, int epochs, const QString &what);
    void onIterations(const QVector<IterationPoint> &points);
    void onEpoch(const as::EpochMetrics &metrics);
    void onStage(const QString &stage, int done, int total);
    void onFinished(const as::RunSummary &summary);
    void onPausedChanged(bool paused);
    void updateActions();
    QWidget *createButtons();

    TrainingController *m_controller;
    Banner *m_banner;
    ExperimentFields *m_fields;
    QPushButton *m_trainButton;
    QPushButton *m_pauseButton;
    QPushButton *m_stopButton;
    QProgressBar *m_progress;
    QLabel *m_rateLabel;
    LossChartView *m_lossChart;
    AccuracyChartView *m_accuracyChart;
    LearningRateChartView *m_rateChart;
    RunListWidget *m_runList;
    RunOverlays *m_overlays;
    QPlainTextEdit *m_log;
    QAction *m_trainAction;
    QAction *m_pauseAction;
    QAction *m_stopAction;

    QString m_projectDir;
    as::ExperimentConfig m_baseConfig;
    bool m_hasProject = false;
    bool m_stopping = false;
    bool m_paused = false;
    int m_runEpochs = 1;
    QElapsedTimer m_clock;
    QElapsedTimer m_pauseClock;
    qint64 m_pausedMs = 0;
    std::int64_t m_firstStep = -1;
    double m_clipsPerSecond = 0.0;
    QString m_progressText;
};

} // namespace as::ui
