#include "ui/live/livepanel.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/live/actiontimeline.h"
#include "ui/live/livecontroller.h"
#include "ui/live/livepalette.h"
#include "ui/live/livesourcechooser.h"
#include "ui/live/livesourcetext.h"
#include "ui/live/livevideoview.h"
#include "ui/live/recognitionsettings.h"
#include "ui/live/scorebarsview.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/icons.h"

namespace as::ui {

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

LivePanel::LivePanel(QWidget *parent)
    : QWidget(parent)
    , m_controller(new LiveController(this))
    , m_lister(new LiveRunLister(this))
    , m_banner(new Banner(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_runCombo(new QComboBox(this))
    , m_checkpointCombo(new QComboBox(this))
    , m_busy(new QProgressBar(this))
    , m_video(new LiveVideoView(this))
    , m_positionLabel(new QLabel(this))
    , m_samplingLabel(new QLabel(this))
    , m_source(new LiveSourceChooser(this))
    , m_settings(new RecognitionSettings(this))
    , m_bars(new ScoreBarsView(this))
    , m_displayFpsLabel(new QLabel(this))
    , m_recognitionLabel(new QLabel(this))
    , m_latencyLabel(new QLabel(this))
    , m_droppedLabel(new QLabel(this))
    , m_timeline(new ActionTimeline(this))
    , m_startAction(new QAction(themeIcon(QStringLiteral("video")), tr("&Start"), this))
    , m_stopAction(new QAction(themeIcon(QStringLiteral("stop")), tr("S&top"), this))
    , m_recordAction(new QAction(tr("&Record CSV"), this))
    , m_snapshotAction(new QAction(tr("S&napshot"), this))
    , m_statsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("livePanel"));
    m_banner->setObjectName(QStringLiteral("liveBanner"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_video->setObjectName(QStringLiteral("liveVideo"));
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    m_samplingLabel->setObjectName(QStringLiteral("samplingLabel"));
    m_samplingLabel->setWordWrap(true);
    m_samplingLabel->setEnabled(false); // greyed: a detail, not a status
    m_samplingLabel->setToolTip(tr("How the model's window is taken from the source: the "
                                   "same time span and frame spacing as in training"));
    m_bars->setObjectName(QStringLiteral("scoreBars"));
    m_timeline->setObjectName(QStringLiteral("actionTimeline"));
    m_busy->setObjectName(QStringLiteral("liveBusy"));
    m_displayFpsLabel->setObjectName(QStringLiteral("displayFpsLabel"));
    m_recognitionLabel->setObjectName(QStringLiteral("recognitionLabel"));
    m_latencyLabel->setObjectName(QStringLiteral("latencyLabel"));
    m_droppedLabel->setObjectName(QStringLiteral("droppedLabel"));
    m_startAction->setObjectName(QStringLiteral("liveStartAction"));
    m_stopAction->setObjectName(QStringLiteral("liveStopAction"));
    m_recordAction->setObjectName(QStringLiteral("liveRecordAction"));
    m_snapshotAction->setObjectName(QStringLiteral("liveSnapshotAction"));

    m_startAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    m_snapshotAction->setShortcut(QKeySequence(Qt::Key_F12));
    m_recordAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F12));
    m_startAction->setToolTip(tr("Play the chosen source with the chosen run (F9); a playing "
                                 "source is replaced"));
    m_stopAction->setToolTip(tr("Stop the source (Shift+F9)"));
    m_recordAction->setToolTip(tr("Record every window's prediction to a CSV file (Shift+F12)"));
    m_snapshotAction->setToolTip(tr("Save the picture with its overlay as PNG (F12)"));
    m_recordAction->setCheckable(true);
    for (QAction *action : {m_startAction, m_stopAction, m_recordAction, m_snapshotAction})
        addAction(action);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_retryButton->hide();
    m_video->setPlaceholder(tr("Choose a trained run and a source, then press Start (F9)."));
    m_statsTimer->setInterval(500);

    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_retryButton, 0, Qt::AlignVCenter);

    auto *videoColumn = new QWidget(this);
    auto *videoLayout = new QVBoxLayout(videoColumn);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    videoLayout->addWidget(m_video, 1);
    videoLayout->addWidget(m_positionLabel);
    videoLayout->addWidget(m_samplingLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("liveSplitter"));
    splitter->addWidget(videoColumn);
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto *timelineBox = new QGroupBox(tr("Recognised actions"), this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addWidget(createToolBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(timelineBox);

    connect(m_startAction, &QAction::triggered, this, &LivePanel::startSelected);
    connect(m_stopAction, &QAction::triggered, this, &LivePanel::stop);
    connect(m_recordAction, &QAction::toggled, this, &LivePanel::onRecordToggled);
    connect(m_snapshotAction, &QAction::triggered, this, &LivePanel::snapshotWithDialog);
    connect(m_source, &LiveSourceChooser::activated, this, &LivePanel::startSelected);
    connect(m_retryButton, &QPushButton::clicked, this, [this] { startSource(m_lastSource); });
    connect(m_settings, &RecognitionSettings::strideChanged, this, [this](int frames) {
        m_controller->setStrideFrames(frames); // 0: the model's span
    });
    connect(m_runCombo, &QComboBox::currentIndexChanged, this, &LivePanel::updateActions);
    connect(m_lister, &LiveRunLister::loaded, this, &LivePanel::onRunsLoaded);
    connect(m_lister, &LiveRunLister::failed, this, [this](const QString &, const QString &error) {
        m_banner->showMessage(Banner::Kind::Warning, error);
    });
    connect(m_controller, &LiveController::started, this, &LivePanel::onStarted);
    connect(m_controller, &LiveController::frameReady, this, &LivePanel::onFrame);
    connect(m_controller, &LiveController::predicted, this, &LivePanel::onPrediction);
    connect(m_controller, &LiveController::ended, this, &LivePanel::onEnded);
    connect(m_controller, &LiveController::runningChanged, this, &LivePanel::updateActions);
    connect(m_statsTimer, &QTimer::timeout, this, &LivePanel::updateStats);
    updateStats();
    updateActions();
}

LivePanel::~LivePanel()
{
    m_csv.close();
}

QWidget *LivePanel::createToolBar()
{
    m_runCombo->setObjectName(QStringLiteral("runCombo"));
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runCombo->setMinimumContentsLength(28);
    m_runCombo->setPlaceholderText(tr("No finished run yet: train one first"));
    m_runCombo->setToolTip(tr("The trained run whose model recognises the actions"));
    m_checkpointCombo->setObjectName(QStringLiteral("checkpointCombo"));
    m_checkpointCombo->addItem(tr("Best checkpoint"), true);
    m_checkpointCombo->addItem(tr("Last checkpoint"), false);

    m_startButton = toolButton(m_startAction, this);
    m_stopButton = toolButton(m_stopAction, this);
    m_recordButton = toolButton(m_recordAction, this);
    m_snapshotButton = toolButton(m_snapshotAction, this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_snapshotButton->setObjectName(QStringLiteral("snapshotButton"));

    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *runLabel = new QLabel(tr("&Model:"), bar);
    runLabel->setBuddy(m_runCombo);
    layout->addWidget(runLabel);
    layout->addWidget(m_runCombo, 1);
    layout->addWidget(m_checkpointCombo);
    // Exported weights (weights export: FILE.pt and its model card FILE.pt.json) run without
    // their run folder, e.g. a model trained on another machine.
    auto *weightsButton = new QToolButton(bar);
    weightsButton->setObjectName(QStringLiteral("weightsButton"));
    weightsButton->setText(tr("Weights file…"));
    weightsButton->setToolTip(
        tr("Use exported weights (a .pt file with its model card .pt.json beside it)"));
    connect(weightsButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open exported weights"), m_projectDir,
            tr("Exported weights (*.pt);;All files (*)"));
        if (!path.isEmpty())
            openRun(path);
    });
    layout->addWidget(weightsButton);
    layout->addSpacing(12);
    layout->addWidget(m_startButton);
    layout->addWidget(m_stopButton);
    layout->addWidget(m_busy);
    layout->addSpacing(12);
    layout->addWidget(m_recordButton);
    layout->addWidget(m_snapshotButton);
    return bar;
}

QWidget *LivePanel::createSidePanel()
{
    auto *side = new QWidget(this);
    side->setMinimumWidth(360);
    side->setMaximumWidth(460);

    auto *sourceBox = new QGroupBox(tr("Source"), side);
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->addWidget(m_source);

    auto *scoresBox = new QGroupBox(tr("Top 5"), side);
    auto *scoresLayout = new QVBoxLayout(scoresBox);
    scoresLayout->addWidget(m_bars);

    auto *statsBox = new QGroupBox(tr("Performance"), side);
    auto *statsForm = new QFormLayout(statsBox);
    statsForm->addRow(tr("Display:"), m_displayFpsLabel);
    statsForm->addRow(tr("Recognition:"), m_recognitionLabel);
    statsForm->addRow(tr("Latency:"), m_latencyLabel);
    statsForm->addRow(tr("Dropped:"), m_droppedLabel);

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sourceBox);
    layout->addWidget(m_settings);
    layout->addWidget(scoresBox);
    layout->addWidget(statsBox);
    layout->addStretch(1);
    return side;
}

void LivePanel::setProject(const QString &projectDir)
{
    m_projectDir = projectDir;
    m_source->setBrowseDir(projectDir);
    if (!m_lister->load(projectDir)) {
        // A listing runs: list again once it is done, for the newest project.
        m_pendingProject = projectDir;
        connect(
            m_lister, &JobController::runningChanged, this,
            [this](bool running) {
                if (!running && !m_pendingProject.isEmpty())
                    m_lister->load(std::exchange(m_pendingProject, QString()));
            },
            Qt::SingleShotConnection);
    }
}

void LivePanel::onRunsLoaded(const QString &projectDir, const QVector<LiveRunEntry> &runs)
{
    if (projectDir != m_projectDir)
        return;
    const QString keep = m_pendingRun.isEmpty() ? currentRunDir() : m_pendingRun;
    m_runCombo->clear();
    for (const LiveRunEntry &run : runs) {
        const QString accuracy = run.tested ? tr("test top-1 %1%").arg(run.top1 * 100.0, 0, 'f', 1)
                                            : tr("val top-1 %1%").arg(run.top1 * 100.0, 0, 'f', 1);
        m_runCombo->addItem(tr("%1 · %2 · %3").arg(run.name, run.model, accuracy), run.dir);
        m_runCombo->setItemData(m_runCombo->count() - 1, QDir::toNativeSeparators(run.dir),
                                Qt::ToolTipRole);
    }
    const int index = m_runCombo->findData(keep);
    if (index >= 0)
        m_runCombo->setCurrentIndex(index);
    else if (!keep.isEmpty())
        openRun(keep);
    m_pendingRun.clear();
    updateActions();
}

void LivePanel::openRun(const QString &runDir)
{
    int index = m_runCombo->findData(runDir);
    if (index < 0) {
        if (m_lister->isRunning())
            m_pendingRun = runDir;
        m_runCombo->addItem(QFileInfo(runDir).fileName(), runDir);
        index = m_runCombo->count() - 1;
    }
    m_runCombo->setCurrentIndex(index);
    if (isPlaying())
        startSource(m_lastSource);
}

bool LivePanel::startSelected()
{
    return startSource(m_source->source());
}

bool LivePanel::startSource(const as::LiveSourceSpec &source)
{
    if (m_controller->isRunning())
        return false;
    m_retryButton->hide();
    if (currentRunDir().isEmpty()) {
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("Choose a trained run first: the model names the actions."));
        return false;
    }
    if (source.location.empty()) {
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("Choose a camera, a video file or a stream URL to play."));
        return false;
    }
    m_lastSource = source;
    m_source->setSource(source);
    m_banner->hide();
    m_userStopped = false;
    m_video->setPlaceholder(tr("Opening %1…").arg(LiveSourceText::describe(source)));
    Q_EMIT statusChanged(tr("Opening %1…").arg(LiveSourceText::describe(source)));
    const bool ok = m_controller->open(currentOptions(), source);
    updateActions();
    return ok;
}

void LivePanel::stop()
{
    m_userStopped = true;
    m_controller->stop();
}

as::LiveOptions LivePanel::currentOptions() const
{
    as::LiveOptions options;
    options.runDir = currentRunDir().toStdString();
    options.preferBest = m_checkpointCombo->currentData().toBool();
    m_settings->applyTo(options);
    options.topK = 5;
    return options;
}

void LivePanel::onStarted(const QStringList &classNames, const QString &samplingNote)
{
    m_samplingLabel->setText(samplingNote);
    m_classNames = classNames;
    m_framesShown = 0;
    m_predictionsShown = 0;
    m_fpsFrames = 0;
    m_displayFps = 0.0;
    m_fpsClock.start();
    m_timeline->clear();
    m_video->clearAction();
    m_bars->setScores({});
    m_statsTimer->start();
    updateStats();
    updateActions();
    Q_EMIT statusChanged(tr("Playing %1").arg(LiveSourceText::describe(m_lastSource)));
    Q_EMIT started();
}

void LivePanel::onFrame(const QImage &image, qint64 index, double sourceSeconds)
{
    m_video->setFrame(image);
    if (++m_framesShown == 1)
        updateActions(); // Snapshot has a picture now
    ++m_fpsFrames;
    m_positionLabel->setText(tr("Frame %1 · %2 s · %3×%4 pixels")
                                 .arg(index)
                                 .arg(sourceSeconds, 0, 'f', 2)
                                 .arg(image.width())
                                 .arg(image.height()));
}

QColor LivePanel::colorOf(const QString &label) const
{
    return liveClassColor(label.isEmpty() ? -1 : int(m_classNames.indexOf(label)));
}

void LivePanel::onPrediction(const as::LivePrediction &prediction)
{
    ++m_predictionsShown;
    const QString label = QString::fromStdString(prediction.label);
    m_video->setAction(label, prediction.confidence, colorOf(label));
    QVector<ScoreBarsView::Score> scores;
    const auto &top = prediction.smoothed.empty() ? prediction.raw : prediction.smoothed;
    for (const as::ClassScore &score : top) {
        const QString name = QString::fromStdString(score.name);
        scores.append(ScoreBarsView::Score {name, score.probability,
                                            liveClassColor(int(m_classNames.indexOf(name)))});
    }
    m_bars->setScores(scores);
    m_timeline->addPrediction(label, colorOf(label), prediction.startSeconds,
                              prediction.endSeconds);
    m_csv.write(prediction);
}

void LivePanel::onEnded(bool failed, const QString &message)
{
    m_statsTimer->stop();
    updateStats();
    const QString source = LiveSourceText::describe(m_lastSource);
    if (failed) {
        m_banner->showMessage(Banner::Kind::Error, message);
        m_retryButton->setVisible(m_lastSource.kind != as::LiveSourceSpec::Kind::File);
        if (m_video->frame().isNull())
            m_video->setPlaceholder(tr("%1 could not be played.").arg(source));
        Q_EMIT statusChanged(tr("%1 failed").arg(source));
    } else if (!m_userStopped && !m_controller->isRunning()) {
        m_banner->showMessage(
            Banner::Kind::Information,
            // Frames read from the source: a fast file can end before any was drawn.
            tr("%1 ended after %n frame(s).", nullptr,
               int(std::max<std::int64_t>(m_framesShown, m_controller->stats().framesCaptured)))
                .arg(source));
        Q_EMIT statusChanged(tr("%1 ended").arg(source));
    } else {
        Q_EMIT statusChanged(tr("Stopped"));
    }
    updateActions();
    Q_EMIT stopped(failed);
}

void LivePanel::setRecordingFile(const QString &path)
{
    m_recordPath = path;
}

QString LivePanel::recordingFile() const
{
    return m_csv.isOpen() ? m_csv.path() : m_recordPath;
}

void LivePanel::onRecordToggled(bool on)
{
    if (!on) {
        m_csv.close();
        if (!m_csv.path().isEmpty())
            m_banner->showMessage(Banner::Kind::Success,
                                  tr("%n prediction(s) recorded to %1.", nullptr, int(m_csv.rows()))
                                      .arg(QDir::toNativeSeparators(m_csv.path())));
        return;
    }
    QString path = m_recordPath;
    if (path.isEmpty()) {
        const QString base = m_projectDir.isEmpty() ? QDir::homePath() : m_projectDir;
        path = QFileDialog::getSaveFileName(this, tr("Record Predictions"),
                                            QDir(base).filePath(QStringLiteral("live.csv")),
                                            tr("CSV files (*.csv)"));
    }
    if (path.isEmpty() || !m_csv.open(path)) {
        if (!path.isEmpty())
            m_banner->showMessage(
                Banner::Kind::Error,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_csv.errorString()));
        const QSignalBlocker blocker(m_recordAction);
        m_recordAction->setChecked(false);
    }
}

bool LivePanel::saveSnapshot(const QString &path)
{
    const QImage image = m_video->composeSnapshot();
    if (image.isNull()) {
        m_banner->showMessage(Banner::Kind::Warning, tr("There is no picture to save yet."));
        return false;
    }
    if (!image.save(path, "PNG")) {
        m_banner->showMessage(Banner::Kind::Error,
                              tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_banner->showMessage(Banner::Kind::Success,
                          tr("Snapshot saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LivePanel::snapshotWithDialog()
{
    const QString base = m_projectDir.isEmpty() ? QDir::homePath() : m_projectDir;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Snapshot"), QDir(base).filePath(QStringLiteral("snapshot.png")),
        tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveSnapshot(path);
}

void LivePanel::updateStats()
{
    if (m_fpsClock.isValid() && m_fpsClock.elapsed() >= 400) {
        m_displayFps = m_fpsFrames * 1000.0 / m_fpsClock.elapsed();
        m_fpsFrames = 0;
        m_fpsClock.restart();
    }
    const as::LiveStats stats = m_controller->stats();
    const bool playing = m_controller->isPlaying();
    m_displayFpsLabel->setText(playing ? tr("%1 fps (source %2 fps)")
                                             .arg(m_displayFps, 0, 'f', 1)
                                             .arg(stats.sourceFps, 0, 'f', 1)
                                       : tr("—"));
    m_recognitionLabel->setText(stats.windowsRun > 0 ? tr("%1 windows/s (%2 run)")
                                                           .arg(stats.windowsPerSecond, 0, 'f', 1)
                                                           .arg(stats.windowsRun)
                                                     : tr("—"));
    m_latencyLabel->setText(stats.windowsRun > 0 ? tr("%1 ms median, %2 ms p90")
                                                       .arg(std::lround(stats.medianLatencyMs))
                                                       .arg(std::lround(stats.p90LatencyMs))
                                                 : tr("—"));
    m_droppedLabel->setText(tr("%n window(s)", nullptr, int(stats.windowsDropped)));
}

void LivePanel::updateActions()
{
    const bool starting = m_controller->isRunning();
    const bool playing = m_controller->isPlaying();
    m_startAction->setEnabled(!starting && m_runCombo->count() > 0);
    m_stopAction->setEnabled(starting || playing);
    m_snapshotAction->setEnabled(!m_video->frame().isNull());
    m_busy->setVisible(starting);
    m_runCombo->setEnabled(!starting);
    // A weights file has one set of weights: best or last means nothing for it.
    m_checkpointCombo->setEnabled(!starting && !QFileInfo(currentRunDir()).isFile());
}

bool LivePanel::isPlaying() const
{
    return m_controller->isPlaying();
}

QStringList LivePanel::runDirs() const
{
    QStringList dirs;
    for (int i = 0; i < m_runCombo->count(); ++i)
        dirs.append(m_runCombo->itemData(i).toString());
    return dirs;
}

QString LivePanel::currentRunDir() const
{
    return m_runCombo->currentData().toString();
}

QString LivePanel::currentActionText() const
{
    return m_video->actionText();
}

} // namespace as::ui
