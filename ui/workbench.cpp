#include "ui/workbench.h"

#include <utility>

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

#include "ui/config/configeditor.h"
#include "ui/dataset/datasetpanel.h"
#include "ui/evaluation/evaluationview.h"
#include "ui/importer/importwizard.h"
#include "ui/inspector/sampleinspector.h"
#include "ui/labelling/labellingview.h"
#include "ui/live/livepanel.h"
#include "ui/mainwindow.h"
#include "ui/prerun/estimatedialog.h"
#include "ui/prerun/healthcheckdialog.h"
#include "ui/training/runlistwidget.h"
#include "ui/training/trainingpanel.h"
#include "ui/widgets/icons.h"

namespace as::ui {

namespace {

constexpr int kTrainingTab = 0;
constexpr int kConfigTab = 1;
constexpr int kInspectorTab = 2;
constexpr int kEvaluationTab = 3;
constexpr int kLiveTab = 4;
constexpr int kLabellingTab = 5;

} // namespace

Workbench::Workbench(MainWindow *window, DatasetPanel *dataset, TrainingPanel *training)
    : QObject(window)
    , m_window(window)
    , m_dataset(dataset)
    , m_training(training)
    , m_centre(new QTabWidget(window))
    , m_config(new ConfigEditor(window))
    , m_inspector(new SampleInspector(window))
    , m_evaluation(new EvaluationView(window))
    , m_live(new LivePanel(window))
    , m_labelling(new LabellingView(window))
{
    m_centre->setObjectName(QStringLiteral("centreTabs"));
    m_centre->setDocumentMode(true);
    m_centre->addTab(m_training, themeIcon(QStringLiteral("train")), tr("Training"));
    m_centre->addTab(m_config, themeIcon(QStringLiteral("filter")), tr("Config"));
    m_centre->addTab(m_inspector, themeIcon(QStringLiteral("video")), tr("Sample Inspector"));
    m_centre->addTab(m_evaluation, themeIcon(QStringLiteral("success")), tr("Evaluation"));
    m_centre->addTab(m_live, themeIcon(QStringLiteral("video")), tr("Live"));
    m_centre->addTab(m_labelling, themeIcon(QStringLiteral("class")), tr("Labelling"));
    window->setCentralWidget(m_centre);
    createActions();

    // The recipe: the editor is the source of truth; the training panel's quick fields write
    // back into it, and the inspector previews clips with it.
    connect(m_config, &ConfigEditor::configChanged, this, &Workbench::onConfigChanged);
    connect(m_training, &TrainingPanel::configEdited, this,
            [this](const as::ExperimentConfig &config) {
                m_applyingConfig = true;
                m_config->setConfig(config);
                m_applyingConfig = false;
                m_inspector->setConfig(config);
            });

    // Videos: the dataset's selection, and clips chosen in the evaluation view.
    connect(m_dataset, &DatasetPanel::videoSelected, this,
            [this](const QString &path, const QString &className) {
                // Decoding for a hidden inspector is wasted work: remember the video instead.
                if (m_centre->currentIndex() == kInspectorTab)
                    m_inspector->showVideo(path, className);
                else {
                    m_pendingVideo = path;
                    m_pendingClass = className;
                }
                if (m_centre->currentIndex() == kLabellingTab)
                    m_labelling->openVideoPath(path);
                else
                    m_pendingLabelVideo = path;
            });
    connect(m_centre, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == kInspectorTab && !m_pendingVideo.isEmpty()) {
            m_inspector->showVideo(m_pendingVideo, m_pendingClass);
            m_pendingVideo.clear();
        }
        if (index == kLabellingTab && !m_pendingLabelVideo.isEmpty())
            m_labelling->openVideoPath(std::exchange(m_pendingLabelVideo, QString()));
    });
    // Labelling and the dataset table show the same project: each reloads after the other's
    // edits. The table reads the whole project in a worker, so a burst of labelling keys
    // makes one reload, a moment after the last.
    auto *datasetReload = new QTimer(this);
    datasetReload->setSingleShot(true);
    datasetReload->setInterval(1500);
    connect(datasetReload, &QTimer::timeout, m_dataset, &DatasetPanel::reload);
    connect(m_labelling, &LabellingView::projectEdited, datasetReload,
            qOverload<>(&QTimer::start));
    connect(m_dataset, &DatasetPanel::projectEdited, m_labelling,
            &LabellingView::refreshClasses);
    connect(m_evaluation, &EvaluationView::playRequested, this, [this](const QString &sample) {
        // A sample cut from a labelled segment is named "PATH#frames=START-END".
        const qsizetype cut = sample.lastIndexOf(QStringLiteral("#frames="));
        playVideo(cut < 0 ? sample : sample.left(cut));
    });

    // Runs: double-clicked in the run list, or just finished.
    connect(m_training, &TrainingPanel::openRunRequested, this, &Workbench::showRun);
    connect(m_training, &TrainingPanel::trainingFinished, this,
            [this](const as::RunSummary &summary) {
                if (summary.outcome == as::RunOutcome::Finished && !summary.runDir.empty())
                    m_evaluation->openRun(QString::fromStdString(summary.runDir));
                m_live->setProject(m_projectDir); // the new run can be run live

            });
    connect(m_evaluation, &EvaluationView::testFinished, m_training->runList(),
            &RunListWidget::refresh);

    connect(m_dataset, &DatasetPanel::importRequested, this, &Workbench::openImportWizard);
}

void Workbench::createActions()
{
    m_healthCheck = new QAction(themeIcon(QStringLiteral("warning")), tr("Check &Dataset…"), this);
    m_healthCheck->setObjectName(QStringLiteral("healthCheckAction"));
    m_healthCheck->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_healthCheck->setStatusTip(
        tr("Find undecodable and too-short videos, class imbalance and train/test leakage"));
    connect(m_healthCheck, &QAction::triggered, this, &Workbench::showHealthCheck);

    m_estimate = new QAction(tr("&Estimate Run…"), this);
    m_estimate->setObjectName(QStringLiteral("estimateAction"));
    m_estimate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_estimate->setStatusTip(
        tr("Time a few real iterations: time per epoch and peak memory on the chosen device"));
    connect(m_estimate, &QAction::triggered, this, &Workbench::showEstimate);

    m_checkAndTrain = new QAction(themeIcon(QStringLiteral("train")), tr("Check and T&rain…"),
                                  this);
    m_checkAndTrain->setObjectName(QStringLiteral("checkAndTrainAction"));
    m_checkAndTrain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_checkAndTrain->setStatusTip(
        tr("Check the dataset, estimate the run, then start training"));
    connect(m_checkAndTrain, &QAction::triggered, this, &Workbench::checkAndTrain);

    QMenu *training = m_window->trainingMenu();
    training->addSeparator();
    training->addAction(m_checkAndTrain);
    training->addAction(m_healthCheck);
    training->addAction(m_estimate);

    auto showTab = [this](int tab, const QString &name, const QKeySequence &key) {
        auto *action = new QAction(name, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, tab] { m_centre->setCurrentIndex(tab); });
        m_window->viewMenu()->addAction(action);
        return action;
    };
    m_window->viewMenu()->addSeparator();
    showTab(kTrainingTab, tr("&Training Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_2));
    showTab(kConfigTab, tr("&Config Editor"), QKeySequence(Qt::CTRL | Qt::Key_3));
    showTab(kInspectorTab, tr("Sample &Inspector"), QKeySequence(Qt::CTRL | Qt::Key_4));
    showTab(kEvaluationTab, tr("E&valuation"), QKeySequence(Qt::CTRL | Qt::Key_5));
    showTab(kLiveTab, tr("&Live Recognition"), QKeySequence(Qt::CTRL | Qt::Key_6));
    showTab(kLabellingTab, tr("La&belling"), QKeySequence(Qt::CTRL | Qt::Key_7));
}

void Workbench::setProject(const QString &projectDir, const as::ExperimentConfig &config)
{
    m_projectDir = projectDir;
    m_pendingVideo.clear();
    m_pendingLabelVideo.clear();
    m_inspector->setProject(projectDir);
    m_labelling->setProject(projectDir);
    m_live->setProject(projectDir);
    m_config->setProjectDir(projectDir);
    m_config->setConfig(config); // → onConfigChanged: training panel and inspector follow
}

void Workbench::onConfigChanged()
{
    if (m_applyingConfig || !m_config->isValid())
        return;
    const as::ExperimentConfig config = m_config->config();
    if (!m_training->isTraining())
        m_training->setExperimentConfig(config);
    m_inspector->setConfig(config);
}

bool Workbench::requireProject(const QString &what)
{
    if (!m_projectDir.isEmpty())
        return true;
    QMessageBox::information(m_window, what, tr("Open or create a project first."));
    return false;
}

void Workbench::openImportWizard(const QStringList &paths)
{
    if (!requireProject(tr("Import")))
        return;
    if (m_training->isTraining()) {
        QMessageBox::information(m_window, tr("Import"),
                                 tr("Stop the training run before importing into its project."));
        return;
    }
    auto *wizard = new ImportWizard(m_projectDir, paths, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, m_dataset, &DatasetPanel::reload);
    wizard->show();
}

void Workbench::showHealthCheck()
{
    if (!requireProject(tr("Check Dataset")))
        return;
    auto *dialog = new HealthCheckDialog(m_projectDir, m_training->currentConfig(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HealthCheckDialog::videosSkipped, m_dataset, &DatasetPanel::reload);
    dialog->show();
}

void Workbench::showEstimate()
{
    if (!requireProject(tr("Estimate Run")))
        return;
    auto *dialog = new EstimateDialog(m_projectDir, m_training->currentConfig(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // "Start training" accepts the dialog.
    connect(dialog, &QDialog::accepted, m_training, &TrainingPanel::startTraining);
    dialog->show();
}

void Workbench::checkAndTrain()
{
    if (!requireProject(tr("Check and Train")) || m_training->isTraining())
        return;
    auto *dialog = new HealthCheckDialog(m_projectDir, m_training->currentConfig(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HealthCheckDialog::videosSkipped, m_dataset, &DatasetPanel::reload);
    // A clean dataset goes straight on to the estimate; with problems the dialog stays for
    // the user to skip the videos (which checks again) or to close it.
    connect(dialog, &HealthCheckDialog::checkFinished, this, [this, dialog](int problems) {
        if (problems > 0)
            return;
        dialog->close();
        showEstimate();
    });
    dialog->show();
}

void Workbench::showRun(const QString &runDir)
{
    m_evaluation->openRun(runDir);
    m_centre->setCurrentIndex(kEvaluationTab);
}

void Workbench::playVideo(const QString &path, const QString &className)
{
    m_inspector->showVideo(path, className);
    m_pendingVideo.clear();
    m_centre->setCurrentIndex(kInspectorTab);
}

} // namespace as::ui
