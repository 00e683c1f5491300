#include "ui/training/trainingpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/config/configio.h"
#include "ui/training/accuracychartview.h"
#include "ui/training/losschartview.h"
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

QSpinBox *spinBox(QWidget *parent, const char *name, int minimum, int maximum)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(minimum, maximum);
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace

TrainingPanel::TrainingPanel(QWidget *parent)
    : QWidget(parent)
    , m_controller(new TrainingController(this))
    , m_banner(new Banner(this))
    , m_model(new QComboBox(this))
    , m_epochs(spinBox(this, "epochsSpinBox", 1, 10000))
    , m_batchSize(spinBox(this, "batchSizeSpinBox", 1, 4096))
    , m_learningRate(new QDoubleSpinBox(this))
    , m_clipFrames(spinBox(this, "clipFramesSpinBox", 1, 256))
    , m_frameInterval(spinBox(this, "frameIntervalSpinBox", 1, 64))
    , m_cropSize(spinBox(this, "cropSizeSpinBox", 16, 1024))
    , m_trainButton(new QPushButton(themeIcon(QStringLiteral("train")), tr("&Train"), this))
    , m_stopButton(new QPushButton(themeIcon(QStringLiteral("stop")), tr("&Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_rateLabel(new QLabel(this))
    , m_lossChart(new LossChartView(this))
    , m_accuracyChart(new AccuracyChartView(this))
    , m_log(new QPlainTextEdit(this))
    , m_trainAction(new QAction(themeIcon(QStringLiteral("train")), tr("&Train"), this))
    , m_stopAction(new QAction(themeIcon(QStringLiteral("stop")), tr("S&top Training"), this))
{
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_trainButton->setToolTip(tr("Train a model on the project's split 1 (F5)"));
    m_stopButton->setToolTip(tr(
        "Stop after the current iteration; the last epoch's checkpoint is kept (Shift+F5, Esc)"));
    m_trainButton->setDefault(true);
    for (QPushButton *button : {m_trainButton, m_stopButton}) {
        button->setIconSize(QSize(20, 20));
        button->setMinimumWidth(110);
    }
    m_trainAction->setObjectName(QStringLiteral("trainAction"));
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_trainAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_T)});
    m_stopAction->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::Key_Escape)});
    m_trainAction->setStatusTip(m_trainButton->toolTip());
    m_stopAction->setStatusTip(m_stopButton->toolTip());
    // Also on the panel itself, so the shortcuts work wherever the panel is shown.
    addAction(m_trainAction);
    addAction(m_stopAction);
    connect(m_trainAction, &QAction::triggered, this, &TrainingPanel::startTraining);
    connect(m_stopAction, &QAction::triggered, this, &TrainingPanel::stopTraining);
    connect(m_trainButton, &QPushButton::clicked, this, &TrainingPanel::startTraining);
    connect(m_stopButton, &QPushButton::clicked, this, &TrainingPanel::stopTraining);

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

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_trainButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(createSettings(), 1);
    top->addLayout(buttons);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_rateLabel);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_lossChart);
    charts->addWidget(m_accuracyChart);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(charts);
    vertical->addWidget(m_log);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);

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
    connect(m_controller, &TrainingController::runningChanged, this, &TrainingPanel::updateActions);
    updateActions();
}

TrainingPanel::~TrainingPanel() = default;

QWidget *TrainingPanel::createSettings()
{
    auto *group = new QGroupBox(tr("Experiment"), this);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->addItem(tr("X3D-XS"), QStringLiteral("x3d_xs"));
    m_model->addItem(tr("C3D"), QStringLiteral("c3d"));
    m_model->setToolTip(tr("Network architecture from the model registry"));
    m_epochs->setToolTip(tr("Passes over the training videos"));
    m_batchSize->setToolTip(tr("Clips per optimisation step"));
    m_learningRate->setObjectName(QStringLiteral("learningRateSpinBox"));
    m_learningRate->setDecimals(4);
    m_learningRate->setRange(0.0001, 10.0);
    m_learningRate->setSingleStep(0.01);
    m_learningRate->setAlignment(Qt::AlignRight);
    m_learningRate->setToolTip(tr("Peak learning rate after the warm-up; cosine decay follows"));
    m_clipFrames->setToolTip(tr("Frames per clip fed to the network"));
    m_frameInterval->setToolTip(tr("Take every n-th frame of the video"));
    m_cropSize->setToolTip(tr("Side of the square crop fed to the network, in pixels"));
    m_cropSize->setSuffix(tr(" px"));

    auto *left = new QFormLayout;
    left->addRow(tr("&Model:"), m_model);
    left->addRow(tr("&Epochs:"), m_epochs);
    left->addRow(tr("&Batch size:"), m_batchSize);
    left->addRow(tr("&Learning rate:"), m_learningRate);
    auto *right = new QFormLayout;
    right->addRow(tr("&Frames per clip:"), m_clipFrames);
    right->addRow(tr("Frame &interval:"), m_frameInterval);
    right->addRow(tr("&Crop size:"), m_cropSize);
    for (QFormLayout *form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_model, m_epochs, m_batchSize, m_learningRate,
                                           m_clipFrames, m_frameInterval, m_cropSize})
        field->setMinimumWidth(110);

    auto *layout = new QHBoxLayout(group);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(24);
    layout->addLayout(left);
    layout->addLayout(right);
    layout->addStretch(1);
    return group;
}

void TrainingPanel::setProject(const QString &projectDir, const as::ExperimentConfig &config)
{
    m_projectDir = projectDir;
    m_baseConfig = config;
    m_hasProject = true;
    const QString name = QString::fromStdString(config.model.name);
    int index = m_model->findData(name);
    if (index < 0) {
        m_model->addItem(name, name);
        index = m_model->count() - 1;
    }
    m_model->setCurrentIndex(index);
    m_epochs->setValue(config.optim.epochs);
    m_batchSize->setValue(config.optim.batchSize);
    m_learningRate->setValue(config.optim.lr);
    m_clipFrames->setValue(config.input.clipLengthFrames);
    m_frameInterval->setValue(config.input.frameInterval);
    m_cropSize->setValue(config.input.cropSize);
    updateActions();
}

void TrainingPanel::clearProject()
{
    m_hasProject = false;
    m_projectDir.clear();
    updateActions();
}

as::ExperimentConfig TrainingPanel::currentConfig() const
{
    as::ExperimentConfig config = m_baseConfig;
    config.model.name = m_model->currentData().toString().toStdString();
    config.optim.epochs = m_epochs->value();
    config.optim.batchSize = m_batchSize->value();
    config.optim.lr = m_learningRate->value();
    // The warm-up starts at a tenth of the peak rate, as in the presets.
    config.optim.warmupStartLr = std::min(config.optim.warmupStartLr, config.optim.lr);
    config.input.clipLengthFrames = m_clipFrames->value();
    config.input.frameInterval = m_frameInterval->value();
    config.input.cropSize = m_cropSize->value();
    // The short side must leave room for the crop.
    config.input.shortSide = std::max(config.input.shortSide, config.input.cropSize);
    config.data.project = m_projectDir.toStdString();
    return config;
}

bool TrainingPanel::isTraining() const
{
    return m_controller->isRunning();
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

    m_banner->hide();
    m_lossChart->clear();
    m_accuracyChart->reset(config.optim.epochs);
    m_firstStep = -1;
    m_clipsPerSecond = 0.0;
    m_stopping = false;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Preparing…"));
    m_rateLabel->clear();
    appendLog(tr("Starting %1 for %n epoch(s) on %2", nullptr, config.optim.epochs)
                  .arg(m_model->currentText(), m_projectDir));
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
    const int epochs = m_epochs->value();
    const qint64 total = static_cast<qint64>(last.iterationsPerEpoch) * epochs;
    const qint64 done = last.globalStep + 1;
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, total)));
    m_progress->setValue(static_cast<int>(std::min(done, total)));
    if (!m_stopping)
        m_progress->setFormat(tr("Epoch %1/%2 · iteration %3/%4")
                                  .arg(last.epoch + 1)
                                  .arg(epochs)
                                  .arg(last.iteration + 1)
                                  .arg(last.iterationsPerEpoch));

    // ETA from the wall time per iteration since the clock started: it includes loading and
    // validation. Until a few steps are measured it says nothing rather than something wrong.
    const qint64 doneHere = done - m_firstStep;
    QString eta = tr("ETA –");
    if (doneHere >= 2 && total > done) {
        const double perIteration = m_clock.elapsed() / 1000.0 / static_cast<double>(doneHere);
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
    if (!m_stopping) {
        m_progress->setFormat(tr("Epoch %1/%2 finished · train top-1 %3")
                                  .arg(metrics.epoch + 1)
                                  .arg(metrics.epochs)
                                  .arg(percent(metrics.trainTop1)));
        Q_EMIT statusChanged(tr("Training: epoch %1/%2").arg(metrics.epoch + 1).arg(metrics.epochs),
                             m_progress->value(), m_progress->maximum());
    }
}

void TrainingPanel::onStage(const QString &stage, int done, int total)
{
    if (stage == QLatin1String("validate")) {
        if (!m_stopping)
            m_progress->setFormat(tr("Validating…"));
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
    updateActions();
    Q_EMIT statusChanged(QString(), 0, -1);
    Q_EMIT trainingFinished(summary);
}

void TrainingPanel::updateActions()
{
    const bool running = m_controller->isRunning();
    const bool canTrain = m_hasProject && !running;
    m_trainAction->setEnabled(canTrain);
    m_trainButton->setEnabled(canTrain);
    m_stopAction->setEnabled(running && !m_stopping);
    m_stopButton->setEnabled(running && !m_stopping);
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_model, m_epochs, m_batchSize, m_learningRate,
                                           m_clipFrames, m_frameInterval, m_cropSize})
        field->setEnabled(!running);
}

} // namespace as::ui
