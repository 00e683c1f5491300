#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QWidget>

#include "core/config/experimentconfig.h"
#include "ui/training/trainingmetatypes.h"

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace as::ui {

class AccuracyChartView;
class Banner;
class LossChartView;
class TrainingController;

/**
 * The centre of the main window: the experiment's main settings, Train and Stop, progress with
 * ETA and throughput, live loss and accuracy charts, and the run's log.
 */
class TrainingPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPanel(QWidget *parent = nullptr);
    ~TrainingPanel() override;

    /** Uses `config` as the base of the next run (fields are filled from it) on `projectDir`. */
    void setProject(const QString &projectDir, const as::ExperimentConfig &config);
    /** Forgets the project: nothing can be trained until the next setProject(). */
    void clearProject();
    /** The base config with the fields' values applied: what Train would run. */
    as::ExperimentConfig currentConfig() const;

    bool isTraining() const;
    QAction *trainAction() const { return m_trainAction; }
    QAction *stopAction() const { return m_stopAction; }
    TrainingController *controller() const { return m_controller; }
    LossChartView *lossChart() const { return m_lossChart; }
    AccuracyChartView *accuracyChart() const { return m_accuracyChart; }
    Banner *banner() const { return m_banner; }

public Q_SLOTS:
    void startTraining();
    void stopTraining();
    void appendLog(const QString &text);

Q_SIGNALS:
    /**
     * For the status bar: what runs and how far it is. `maximum` 0: busy with no known end;
     * -1: nothing runs any more.
     */
    void statusChanged(const QString &text, int value, int maximum);
    void trainingFinished(const as::RunSummary &summary);

private:
    void onIterations(const QVector<IterationPoint> &points);
    void onEpoch(const as::EpochMetrics &metrics);
    void onStage(const QString &stage, int done, int total);
    void onFinished(const as::RunSummary &summary);
    void updateActions();
    QWidget *createSettings();

    TrainingController *m_controller;
    Banner *m_banner;
    QComboBox *m_model;
    QSpinBox *m_epochs;
    QSpinBox *m_batchSize;
    QDoubleSpinBox *m_learningRate;
    QSpinBox *m_clipFrames;
    QSpinBox *m_frameInterval;
    QSpinBox *m_cropSize;
    QPushButton *m_trainButton;
    QPushButton *m_stopButton;
    QProgressBar *m_progress;
    QLabel *m_rateLabel;
    LossChartView *m_lossChart;
    AccuracyChartView *m_accuracyChart;
    QPlainTextEdit *m_log;
    QAction *m_trainAction;
    QAction *m_stopAction;

    QString m_projectDir;
    as::ExperimentConfig m_baseConfig;
    bool m_hasProject = false;
    bool m_stopping = false;
    QElapsedTimer m_clock;
    std::int64_t m_firstStep = -1;
    double m_clipsPerSecond = 0.0;
};

} // namespace as::ui
