#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "core/config/experimentconfig.h"

class QAction;
class QTabWidget;

namespace as::ui {

class ConfigEditor;
class DatasetPanel;
class EvaluationView;
class LabellingView;
class LivePanel;
class MainWindow;
class SampleInspector;
class TrainingPanel;

/**
 * The panels of the main window beyond the dataset browser and how they talk to one another:
 * the config editor (a dock) drives the training panel's recipe and the inspector's clip; the
 * dataset's selected video opens in the sample inspector; a run double-clicked in the run list
 * opens in the evaluation view, whose clips play in the inspector; files dropped on the dataset
 * open the import wizard; the dataset health check and the run estimate come before a run.
 * The centre of the window is a tab widget: Training, Config, Sample Inspector, Evaluation,
 * Live, Labelling (Ctrl+2..7); the dataset is a dock beside it (Ctrl+1). The dataset's
 * selected video also opens in the labelling view.
 */
class Workbench final : public QObject
{
    Q_OBJECT

public:
    Workbench(MainWindow *window, DatasetPanel *dataset, TrainingPanel *training);

    /** A project was opened with `config` as its starting recipe. */
    void setProject(const QString &projectDir, const as::ExperimentConfig &config);

    QTabWidget *centre() const { return m_centre; }
    ConfigEditor *configEditor() const { return m_config; }
    SampleInspector *inspector() const { return m_inspector; }
    EvaluationView *evaluation() const { return m_evaluation; }
    LivePanel *live() const { return m_live; }
    LabellingView *labelling() const { return m_labelling; }
    QAction *checkAndTrainAction() const { return m_checkAndTrain; }
    QAction *healthCheckAction() const { return m_healthCheck; }

public Q_SLOTS:
    /** Opens the import wizard on the open project, with `paths` dropped (may be empty). */
    void openImportWizard(const QStringList &paths);
    /** The dataset health check; when it finds nothing to fix, the run estimate follows. */
    void checkAndTrain();
    void showHealthCheck();
    void showEstimate();
    void showRun(const QString &runDir);
    void playVideo(const QString &path, const QString &className = {});

private:
    void createActions();
    void onConfigChanged();
    bool requireProject(const QString &what);

    MainWindow *m_window;
    DatasetPanel *m_dataset;
    TrainingPanel *m_training;
    QTabWidget *m_centre;
    ConfigEditor *m_config;
    SampleInspector *m_inspector;
    EvaluationView *m_evaluation;
    LivePanel *m_live;
    LabellingView *m_labelling;
    QAction *m_checkAndTrain = nullptr;
    QAction *m_healthCheck = nullptr;
    QAction *m_estimate = nullptr;
    QString m_projectDir;
    QString m_pendingVideo;
    QString m_pendingClass;
    QString m_pendingLabelVideo; // chosen while the labelling tab was hidden
    bool m_applyingConfig = false;
};

} // namespace as::ui
