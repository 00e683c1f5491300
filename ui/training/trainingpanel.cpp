#include "ui/training/trainingpanel.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include "core/config/configio.h"
#include "ui/training/accuracychartview.h"
#include "ui/training/experimentfields.h"
#include "ui/training/learningratechartview.h"
#include "ui/training/losschartview.h"
#include "ui/training/runoverlays.h"
#include "ui/training/runlistmodel.h"
#include "ui/training/runlistwidget.h"
#include "ui/training/trainingcontroller.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/icons.h"

namespace as::ui {

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', 1);
}

QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TrainingPanel::TrainingPanel(QWidget *parent)
    : QWidget(parent)
    , m_controller(new TrainingController(this))
    , m_banner(new Banner(this))
    , m_fields(new ExperimentFields(this))
    , m_trainButton(new QPushButton(themeIcon(QStringLiteral("train")), tr("&Train"), this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_stopButton(new QPushButton(themeIcon(QStringLiteral("stop")), tr("&Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_rateLabel(new QLabel(this))
    , m_lossChart(new LossChartView(this))
    , m_accuracyChart(new AccuracyChartView(this))
    , m_rateChart(new LearningRateChartView(this))
    , m_runList(new RunListWidget(this))
    , m_overlays(new RunOverlays(m_runList->model(), m_lossChart, m_accuracyChart, this))
    , m_log(new QPlainTextEdit(this))
    , m_trainAction(new QAction(themeIcon(QStringLiteral("train")), tr("&Train"), this))
    , m_pauseAction(new QAction(tr("&Pause Training"), this))
    , m_stopAction(new QAction(themeIcon(QStringLiteral("stop")), tr("S&top Training"), this))
{
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    m_trainAction->setObjectName(QStringLiteral("trainAction"));
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_trainAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_T)});
    m_pauseAction->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_P)});
    m_stopAction->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::Key_Escape)});
    // Also on the panel itself, so the shortcuts work wherever the panel is shown.
    addAction(m_trainAction);
    addAction(m_pauseAction);
    addAction(m_stopAction);
    connect(m_trainAction, &QAction::triggered, this, &TrainingPanel::startTraining);
    connect(m_pauseAction, &QAction::triggered, this,
            [this] { m_paused ? resumeTraining() : pauseTraining(); });
    connect(m_stopAction, &QAction::triggered, this, &TrainingPanel::stopTraining);

    m_progress->setObjectName(QStringLiteral("iterationProgress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Idle"));
    m_progress->setValue(0);
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_rateLabel->setMinimumWidth(m_rateLabel->fontMetrics().horizontalAdvance(
        QStringLiteral("ETA 00:00:00 · 0000.0 clips/s")));
    m_rateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Epoch lines are long (they name the test protocol): wrap rather than scroll sideways.
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setPlaceholderText(tr("Messages of the training run appear here."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_fields, 1);
    top->addWidget(createButtons());

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_rateLabel);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("chartSplitter"));
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_lossChart);
    charts->addWidget(m_accuracyChart);
    charts->addWidget(m_rateChart);
    charts->setStretchFactor(0, 4);
    charts->setStretchFactor(1, 4);
    charts->setStretchFactor(2, 3);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(m_runList);
    bottom->addWidget(m_log);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(charts);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addLayout(progressRow);
    layout->addWidget(vertical, 1);

    connect(m_controller, &TrainingController::iterationsReady, this, &TrainingPanel::onIterations);
    connect(m_controller, &TrainingController::epochFinished, this, &TrainingPanel::onEpoch);
    connect(m_controller, &TrainingController::stageProgress, this, &TrainingPanel::onStage);
    connect(m_controller, &TrainingController::message, this, &TrainingPanel::appendLog);
    connect(m_controller, &TrainingController::finished, this, &TrainingPanel::onFinished);
    connect(m_controller, &TrainingController::pausedChanged, this,
            &TrainingPanel::onPausedChanged);
    connect(m_controller, &TrainingController::runningChanged, this, &TrainingPanel::updateActions);
    connect(m_runList, &RunListWidget::openRunRequested, this, &TrainingPanel::openRunRequested);
    connect(m_runList, &RunListWidget::resumeRequested, this, &TrainingPanel::resumeRun);
    // Runs that were read before may have grown: read their curves again after a refresh.
    connect(m_runList, &RunListWidget::refreshed, m_overlays, &RunOverlays::reload);
    connect(m_overlays, &RunOverlays::overlaysChanged, this, &TrainingPanel::overlaysChanged);
    connect(m_overlays, &RunOverlays::failed, this, [this](const QString &error) {
        m_banner->showMessage(Banner::Kind::Warning, error);
    });
    connect(m_fields, &ExperimentFields::edited, this,
            [this] { Q_EMIT configEdited(currentConfig()); });
    updateActions();
}

TrainingPanel::~TrainingPanel() = default;

QWidget *TrainingPanel::createButtons()
{
    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_trainButton->setToolTip(tr("Train a model on the project's split 1 (F5)"));
    m_pauseButton->setToolTip(
        tr("Pause after the current iteration; press again to go on (F6, Ctrl+P)"));
    m_stopButton->setToolTip(tr(
        "Stop after the current iteration; the last epoch's checkpoint is kept (Shift+F5, Esc)"));
    m_trainAction->setStatusTip(m_trainButton->toolTip());
    m_pauseAction->setStatusTip(m_pauseButton->toolTip());
    m_stopAction->setStatusTip(m_stopButton->toolTip());
    m_trainButton->setDefault(true);
    connect(m_trainButton, &QPushButton::clicked, this, &TrainingPanel::startTraining);
    connect(m_pauseButton, &QPushButton::clicked, m_pauseAction, &QAction::trigger);
    connect(m_stopButton, &QPushButton::clicked, this, &TrainingPanel::stopTraining);

    auto *box = new QWidget(this);
    auto *buttons = new QVBoxLayout(box);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_trainButton, m_pauseButton, m_stopButton}) {
        button->setIconSize(QSize(20, 20));
        button->setMinimumWidth(120);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    return box;
}

void TrainingPanel::setProject(const QString &projectDir, const as::ExperimentConfig &config)
{
    m_projectDir = projectDir;
    m_hasProject = true;
    setExperimentConfig(config);
    m_runList->setProjectDir(projectDir);
}

void TrainingPanel::clearProject()
{
    m_hasProject = false;
    m_projectDir.clear();
    m_runList->setProjectDir(QString());
    updateActions();
}

void TrainingPanel::setExperimentConfig(const as::ExperimentConfig &config)
{
    m_baseConfig = config;
    m_fields->setConfig(config);
    updateActions();
}

as::ExperimentConfig TrainingPanel::currentConfig() const
{
    as::ExperimentConfig config = m_baseConfig;
    m_fields->applyTo(config);
    config.data.project = m_projectDir.toStdString();
    return config;
}

bool TrainingPanel::isTraining() const
{
    return m_controller->isRunning();
}

bool TrainingPanel::isPaused() const
{
    return m_paused;
}

void TrainingPanel::startTraining()
{
    if (!m_hasProject || m_controller->isRunning())
        return;
    const as::ExperimentConfig config = currentConfig();
    const std::vector<as::ConfigIssue> issues = as::validateConfig(config);
    if (!issues.empty()) {
        QStringList lines;
        for (const as::ConfigIssue &issue : issues)
            lines.append(tr("%1: %2").arg(QString::fromStdString(issue.field),
                                          QString::fromStdString(issue.message)));
        m_banner->showMessage(Banner::Kind::Error,
                              tr("The settings are not valid:") + QLatin1Char('\n')
                                  + lines.join(QLatin1Char('\n')));
        return;
    }
    as::TrainerParams params;
    params.config = config;
    params.projectDir = m_projectDir.toStdString();
    launch(params, config.optim.epochs,
           tr("Starting %1 for %n epoch(s) on %2", nullptr, config.optim.epochs)
               .arg(m_fields->modelText(), m_projectDir));
}

void TrainingPanel::resumeRun(const QString &runDir)
{
    if (!m_hasProject || m_controller->isRunning())
        return;
    const int row = m_runList->model()->rowOf(runDir);
    const int epochs = row >= 0 ? m_runList->model()->runAt(row).info.epochs : m_fields->epochs();
    as::TrainerParams params;
    params.config = currentConfig();
    params.projectDir = m_projectDir.toStdString();
    params.runDir = runDir.toStdString();
    params.resume = true;
    launch(params, epochs, tr("Resuming %1 from its last checkpoint").arg(runDir));
}

void TrainingPanel::launch(const as::TrainerParams &params, int epochs, const QString &what)
{
    m_banner->hide();
    m_lossChart->clear();
    m_rateChart->clear();
    m_accuracyChart->reset(epochs);
    m_runEpochs = std::max(1, epochs);
    m_firstStep = -1;
    m_pausedMs = 0;
    m_clipsPerSecond = 0.0;
    m_stopping = false;
    m_paused = false;
    m_progress->setRange(0, 0);
    m_progressText = tr("Preparing…");
    m_progress->setFormat(m_progressText);
    m_rateLabel->clear();
    appendLog(what);
    if (m_controller->start(params))
        Q_EMIT statusChanged(tr("Training: preparing…"), 0, 0);
}

void TrainingPanel::stopTraining()
{
    if (!m_controller->isRunning() || m_stopping)
        return;
    m_stopping = true;
    m_controller->stop();
    appendLog(tr("Stopping after the current iteration…"));
    m_progress->setFormat(tr("Stopping…"));
    updateActions();
}

void TrainingPanel::pauseTraining()
{
    if (!m_controller->isRunning() || m_stopping || m_paused)
        return;
    m_paused = true;
    m_pauseClock.start();
    m_controller->pause();
    m_progress->setFormat(tr("Pausing after the current iteration…"));
    updateActions();
}

void TrainingPanel::resumeTraining()
{
    if (!m_paused)
        return;
    m_paused = false;
    // The ETA counts only the time spent training.
    if (m_pauseClock.isValid())
        m_pausedMs += m_pauseClock.elapsed();
    m_pauseClock.invalidate();
    m_controller->resume();
    m_progress->setFormat(m_progressText);
    appendLog(tr("Resumed"));
    updateActions();
}

void TrainingPanel::onPausedChanged(bool paused)
{
    // A late "paused" from the worker after the user already resumed is stale.
    if (!paused || !m_paused || m_stopping)
        return;
    m_progress->setFormat(tr("Paused · %1").arg(m_progressText));
    m_rateLabel->setText(tr("Paused"));
    appendLog(tr("Paused; press Pause again (F6) to go on"));
    Q_EMIT statusChanged(tr("Training: paused"), m_progress->value(), m_progress->maximum());
}

void TrainingPanel::appendLog(const QString &text)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    m_log->appendPlainText(QStringLiteral("[%1] %2").arg(time, text));
}

void TrainingPanel::onIterations(const QVector<IterationPoint> &points)
{
    if (points.isEmpty())
        return;
    m_lossChart->addPoints(points);
    m_rateChart->addPoints(points);

    const IterationPoint &last = points.constLast();
    if (m_firstStep < 0) {
        // The clock starts when the first steps are known to be done; steps before it (and a
        // resumed run's earlier ones) do not count towards the rate.
        m_firstStep = last.globalStep + 1;
        m_clock.start();
    }
    for (const IterationPoint &p : points)
        m_clipsPerSecond = m_clipsPerSecond <= 0 ? p.clipsPerSecond
                                                 : 0.8 * m_clipsPerSecond + 0.2 * p.clipsPerSecond;
    const int epochs = m_runEpochs;
    const qint64 total = static_cast<qint64>(last.iterationsPerEpoch) * epochs;
    const qint64 done = last.globalStep + 1;
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, total)));
    m_progress->setValue(static_cast<int>(std::min(done, total)));
    m_progressText = tr("Epoch %1/%2 · iteration %3/%4")
                         .arg(last.epoch + 1)
                         .arg(epochs)
                         .arg(last.iteration + 1)
                         .arg(last.iterationsPerEpoch);
    if (!m_stopping)
        m_progress->setFormat(m_paused ? tr("Pausing after the current iteration…")
                                       : m_progressText);

    // ETA from the wall time per iteration since the clock started: it includes loading and
    // validation. Until a few steps are measured it says nothing rather than something wrong.
    const qint64 doneHere = done - m_firstStep;
    QString eta = tr("ETA –");
    if (doneHere >= 2 && total > done) {
        const qint64 activeMs = m_clock.elapsed() - m_pausedMs;
        const double perIteration = activeMs / 1000.0 / static_cast<double>(doneHere);
        eta = tr("ETA %1").arg(duration(static_cast<qint64>(perIteration * (total - done))));
    }
    m_rateLabel->setText(tr("%1 · %2 clips/s").arg(eta).arg(m_clipsPerSecond, 0, 'f', 1));
    Q_EMIT statusChanged(tr("Training: epoch %1/%2").arg(last.epoch + 1).arg(epochs),
                         m_progress->value(), m_progress->maximum());
}

void TrainingPanel::onEpoch(const as::EpochMetrics &metrics)
{
    m_accuracyChart->addEpoch(metrics);
    // Replaces "Validating…" until the next epoch's first iterations arrive.
    m_progressText = tr("Epoch %1/%2 finished · train top-1 %3, top-5 %4")
                         .arg(metrics.epoch + 1)
                         .arg(metrics.epochs)
                         .arg(percent(metrics.trainTop1), percent(metrics.trainTop5));
    if (!m_stopping && !m_paused) {
        m_progress->setFormat(m_progressText);
        Q_EMIT statusChanged(tr("Training: epoch %1/%2").arg(metrics.epoch + 1).arg(metrics.epochs),
                             m_progress->value(), m_progress->maximum());
    }
}

void TrainingPanel::onStage(const QString &stage, int done, int total)
{
    if (stage == QLatin1String("validate")) {
        m_progressText = tr("Validating…");
        if (!m_stopping && !m_paused)
            m_progress->setFormat(m_progressText);
        Q_EMIT statusChanged(tr("Training: validating…"), 0, 0);
        return;
    }
    if (stage == QLatin1String("extract")) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("Extracting frames… %1/%2").arg(done).arg(total));
        Q_EMIT statusChanged(tr("Training: extracting frames…"), done, total);
    }
}

void TrainingPanel::onFinished(const as::RunSummary &summary)
{
    const QString runDir = QString::fromStdString(summary.runDir);
    switch (summary.outcome) {
    case as::RunOutcome::Finished: {
        const QString text = tr("Training finished: final validation accuracy top-1 %1, top-5 %2 "
                                "after %n epoch(s) (best top-1 %3). Run folder: %4",
                                nullptr, summary.epochsCompleted)
                                 .arg(percent(summary.lastValTop1), percent(summary.lastValTop5),
                                      percent(summary.bestValTop1), runDir);
        m_banner->showMessage(Banner::Kind::Success, text);
        appendLog(text);
        m_progress->setFormat(
            tr("Finished · validation top-1 %1").arg(percent(summary.lastValTop1)));
        break;
    }
    case as::RunOutcome::Cancelled: {
        const QString text
            = tr("Training stopped after %n completed epoch(s); the last completed epoch's "
                 "checkpoint is kept in %1.",
                 nullptr, summary.epochsCompleted)
                  .arg(runDir);
        // The trainer has logged the stop already; the banner says where the checkpoint is.
        m_banner->showMessage(Banner::Kind::Information, text);
        m_progress->setFormat(tr("Stopped"));
        break;
    }
    case as::RunOutcome::Failed: {
        // The trainer has logged the error already; the banner keeps it in view.
        const QString text = tr("Training failed: %1").arg(QString::fromStdString(summary.error));
        m_banner->showMessage(Banner::Kind::Error, text);
        m_progress->setFormat(tr("Failed"));
        break;
    }
    }
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    m_stopping = false;
    m_paused = false;
    updateActions();
    // The new or continued run shows in the list with its final numbers.
    m_runList->refresh();
    Q_EMIT statusChanged(QString(), 0, -1);
    Q_EMIT trainingFinished(summary);
}

void TrainingPanel::updateActions()
{
    const bool running = m_controller->isRunning();
    const bool canTrain = m_hasProject && !running;
    m_trainAction->setEnabled(canTrain);
    m_trainButton->setEnabled(canTrain);
    m_pauseAction->setEnabled(running && !m_stopping);
    m_pauseButton->setEnabled(running && !m_stopping);
    const QString pauseText = m_paused ? tr("&Resume") : tr("&Pause");
    m_pauseButton->setText(pauseText);
    m_pauseAction->setText(m_paused ? tr("&Resume Training") : tr("&Pause Training"));
    m_pauseButton->setIcon(style()->standardIcon(m_paused ? QStyle::SP_MediaPlay
                                                          : QStyle::SP_MediaPause));
    m_stopAction->setEnabled(running && !m_stopping);
    m_stopButton->setEnabled(running && !m_stopping);
    m_runList->setResumeAllowed(canTrain);
    m_fields->setEnabled(!running);
}

} // namespace as::ui
