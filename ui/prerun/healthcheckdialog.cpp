#include "ui/prerun/healthcheckdialog.h"

#include <cmath>

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/project/importers/splittools.h"
#include "ui/prerun/classbalancechartview.h"
#include "ui/prerun/healthcheckcontroller.h"
#include "ui/prerun/histogramchartview.h"
#include "ui/widgets/banner.h"

namespace as::ui {

namespace {

QString subsetName(as::Subset subset)
{
    return subset == as::Subset::Train ? HealthCheckDialog::tr("train")
                                       : HealthCheckDialog::tr("test");
}

QTreeWidgetItem *videoItem(const std::string &path)
{
    const QString file = QString::fromStdString(path);
    auto *item = new QTreeWidgetItem({QFileInfo(file).fileName()});
    item->setToolTip(0, file);
    return item;
}

} // namespace

HealthCheckDialog::HealthCheckDialog(const QString &projectDir, const as::ExperimentConfig &config,
                                     QWidget *parent)
    : QDialog(parent)
    , m_projectDir(projectDir)
    , m_config(config)
    , m_groupPattern(QString::fromLatin1(as::kUcf101GroupPattern))
    , m_controller(new HealthCheckController(this))
    , m_verdict(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel check"), this))
    , m_banner(new Banner(this))
    , m_unusableBox(new QGroupBox(this))
    , m_unusable(new QTreeWidget(this))
    , m_skip(new QPushButton(tr("Skip these"), this))
    , m_leakBox(new QGroupBox(this))
    , m_leaks(new QTreeWidget(this))
    , m_balanceBox(new QGroupBox(this))
    , m_balance(new ClassBalanceChartView(this))
    , m_fps(new HistogramChartView(tr("Frame rate"), tr("frames per second"), this))
    , m_duration(new HistogramChartView(tr("Duration"), tr("seconds"), this))
    , m_resolution(new HistogramChartView(tr("Resolution"), tr("short side (pixels)"), this))
    , m_recheck(new QPushButton(tr("Check again"), this))
{
    setObjectName(QStringLiteral("healthCheckDialog"));
    setWindowTitle(tr("Dataset health check"));
    m_verdict->setObjectName(QStringLiteral("healthVerdict"));
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_progress->setObjectName(QStringLiteral("healthProgress"));
    m_cancel->setObjectName(QStringLiteral("healthCancel"));
    m_banner->setObjectName(QStringLiteral("healthBanner"));
    m_unusable->setObjectName(QStringLiteral("healthUnusable"));
    m_skip->setObjectName(QStringLiteral("healthSkip"));
    m_leaks->setObjectName(QStringLiteral("healthLeaks"));
    m_balance->setObjectName(QStringLiteral("healthBalanceChart"));
    m_fps->setObjectName(QStringLiteral("healthFpsChart"));
    m_duration->setObjectName(QStringLiteral("healthDurationChart"));
    m_resolution->setObjectName(QStringLiteral("healthResolutionChart"));
    m_recheck->setObjectName(QStringLiteral("healthRecheck"));
    buildLayout();

    m_skip->setToolTip(tr("Move these videos to Unused in this split, so training leaves them out "
                          "(Ctrl+Delete)"));
    m_skip->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_recheck->setShortcut(QKeySequence(Qt::Key_F5));
    m_recheck->setToolTip(tr("Check the split again (F5)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));

    connect(m_skip, &QPushButton::clicked, this, &HealthCheckDialog::skipUnusable);
    connect(m_recheck, &QPushButton::clicked, this, &HealthCheckDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &HealthCheckDialog::cancelCheck);
    connect(m_controller, &HealthCheckController::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_controller, &HealthCheckController::checked, this, &HealthCheckDialog::showHealth);
    connect(m_controller, &HealthCheckController::failed, this, &HealthCheckDialog::showFailure);
    connect(m_controller, &HealthCheckController::skipped, this, [this](int count) {
        m_gotAnswer = true;
        m_banner->showMessage(
            Banner::Kind::Success,
            tr("%n video(s) moved to Unused: training leaves them out.", "", count));
        Q_EMIT videosSkipped(count);
    });
    connect(m_controller, &JobController::runningChanged, this, [this](bool running) {
        setRunning(running);
        if (!running && !m_gotAnswer)
            m_banner->showMessage(Banner::Kind::Information, tr("The check was cancelled."));
        // A skip is followed by a new check, so the lists show what is left.
        if (!running && m_gotAnswer && m_skipThenCheck) {
            m_skipThenCheck = false;
            runCheck(); // keeps the banner saying what the skip did
        }
    });
    m_banner->hide();
    setRunning(false);
    m_verdict->setText(tr("Not checked yet"));
    resize(1100, 800);
}

HealthCheckDialog::~HealthCheckDialog() = default;

void HealthCheckDialog::buildLayout()
{
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.5);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_summary->setWordWrap(true);

    m_unusable->setColumnCount(4);
    m_unusable->setHeaderLabels({tr("Video"), tr("Class"), tr("Subset"), tr("Problem")});
    m_unusable->setRootIsDecorated(false);
    m_unusable->setAlternatingRowColors(true);
    m_unusable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_unusable->header()->setStretchLastSection(true);
    auto *unusableLayout = new QVBoxLayout(m_unusableBox);
    unusableLayout->addWidget(m_unusable);
    auto *skipRow = new QHBoxLayout();
    auto *skipHelp = new QLabel(tr("Training loops short videos and leaves undecodable ones out; "
                                   "skipping makes that explicit."),
                                this);
    skipHelp->setWordWrap(true);
    skipRow->addWidget(skipHelp, 1);
    skipRow->addWidget(m_skip);
    unusableLayout->addLayout(skipRow);

    m_leaks->setHeaderHidden(true);
    m_leaks->setAlternatingRowColors(true);
    auto *leakLayout = new QVBoxLayout(m_leakBox);
    leakLayout->addWidget(m_leaks);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_unusableBox, 3);
    leftLayout->addWidget(m_leakBox, 2);

    auto *balanceLayout = new QVBoxLayout(m_balanceBox);
    balanceLayout->setContentsMargins(4, 4, 4, 4);
    balanceLayout->addWidget(m_balance);
    auto *distributionBox = new QGroupBox(tr("Distributions"), this);
    auto *distributionLayout = new QHBoxLayout(distributionBox);
    distributionLayout->setContentsMargins(4, 4, 4, 4);
    distributionLayout->addWidget(m_fps);
    distributionLayout->addWidget(m_duration);
    distributionLayout->addWidget(m_resolution);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_balanceBox, 1);
    rightLayout->addWidget(distributionBox, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("healthSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({460, 620});
    splitter->setChildrenCollapsible(false);

    auto *progressRow = new QHBoxLayout();
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_recheck, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_summary);
    layout->addLayout(progressRow);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

void HealthCheckDialog::setGroupPattern(const QString &pattern)
{
    m_groupPattern = pattern;
}

bool HealthCheckDialog::isRunning() const
{
    return m_controller->isRunning();
}

void HealthCheckDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

void HealthCheckDialog::start()
{
    m_banner->hide();
    runCheck();
}

void HealthCheckDialog::runCheck()
{
    m_started = true;
    m_gotAnswer = false;
    m_progress->setRange(0, 0); // busy until the first progress report
    m_verdict->setText(tr("Checking…"));
    m_controller->check(m_projectDir, m_config.data.split, as::requiredFrames(m_config),
                        m_groupPattern);
}

void HealthCheckDialog::skipUnusable()
{
    const std::vector<std::int64_t> ids = m_health.unusableVideoIds();
    if (ids.empty() || isRunning())
        return;
    m_gotAnswer = false;
    m_skipThenCheck = true;
    m_controller->skip(m_projectDir, m_config.data.split,
                       QVector<qint64>(ids.cbegin(), ids.cend()));
}

void HealthCheckDialog::cancelCheck()
{
    m_controller->cancel();
}

void HealthCheckDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_recheck->setEnabled(!running);
    m_skip->setEnabled(!running && m_hasResult && !m_health.unusableVideoIds().empty());
}

void HealthCheckDialog::showFailure(const QString &error)
{
    m_gotAnswer = true;
    m_verdict->setText(tr("The check failed"));
    m_banner->showMessage(Banner::Kind::Error, error);
}

void HealthCheckDialog::showHealth(const as::DatasetHealth &health)
{
    m_gotAnswer = true;
    m_health = health;
    m_hasResult = true;
    const int problems = health.problemCount();
    QPalette palette = m_verdict->palette();
    if (problems == 0) {
        m_verdict->setText(tr("Ready to train"));
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
    } else {
        m_verdict->setText(tr("%n problem(s) to fix before training", "", problems));
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    }
    m_verdict->setPalette(palette);

    const as::SubsetBalance *train = health.balance.empty() ? nullptr : &health.balance.front();
    QString summary = tr("%n video(s) in train and test of split %1; a clip of this config spans "
                         "%2 frames.",
                         "", health.videoCount)
                          .arg(health.split)
                          .arg(health.minFrames);
    if (train && train->emptyClasses > 0)
        summary += QLatin1Char(' ')
            + tr("%n class(es) have no training video.", "", train->emptyClasses);
    m_summary->setText(summary);

    fillUnusable(health);
    fillLeakage(health);
    m_balance->setBalance(health.balance);
    if (train) {
        const QString ratio = std::isfinite(train->imbalanceRatio)
            ? QLocale().toString(train->imbalanceRatio, 'f', 2)
            : QStringLiteral("∞");
        m_balanceBox->setTitle(
            train->imbalanceRatio > 3.0
                ? tr("Class balance: largest / smallest training class %1, unbalanced").arg(ratio)
                : tr("Class balance: largest / smallest training class %1").arg(ratio));
    }
    m_fps->setHistogram(health.fps);
    m_duration->setHistogram(health.durationSeconds);
    m_resolution->setHistogram(health.shortSide);
    setRunning(isRunning());
    Q_EMIT checkFinished(problems);
}

void HealthCheckDialog::fillUnusable(const as::DatasetHealth &health)
{
    m_unusable->clear();
    const auto add = [this](const as::HealthVideo &video, const QString &problem) {
        QTreeWidgetItem *item = videoItem(video.path);
        item->setText(1, QString::fromStdString(video.className));
        item->setText(2, subsetName(video.subset));
        item->setText(3, problem);
        item->setToolTip(3, problem);
        item->setData(0, Qt::UserRole, QVariant::fromValue<qint64>(video.id));
        m_unusable->addTopLevelItem(item);
    };
    for (const as::HealthVideo &video : health.undecodable)
        add(video, tr("Cannot be decoded: %1").arg(QString::fromStdString(video.error)));
    for (const as::HealthVideo &video : health.tooShort)
        add(video, tr("%n frame(s); a clip needs %1", "", video.frames).arg(health.minFrames));
    const int count = static_cast<int>(health.undecodable.size() + health.tooShort.size());
    m_unusableBox->setTitle(tr("Undecodable or too short (%1)").arg(count));
    if (count == 0) {
        auto *item = new QTreeWidgetItem({tr("Every video decodes and is long enough.")});
        item->setFlags(Qt::NoItemFlags);
        m_unusable->addTopLevelItem(item);
    }
}

void HealthCheckDialog::fillLeakage(const as::DatasetHealth &health)
{
    m_leaks->clear();
    for (const as::LeakedGroup &group : health.leakedGroups) {
        auto *top = new QTreeWidgetItem(
            {tr("Group %1: %2 in train, %3 in test")
                 .arg(QString::fromStdString(group.group))
                 .arg(tr("%n video(s)", "", static_cast<int>(group.trainVideos.size())))
                 .arg(tr("%n video(s)", "", static_cast<int>(group.testVideos.size())))});
        for (const std::string &path : group.trainVideos) {
            QTreeWidgetItem *item = videoItem(path);
            item->setText(0, tr("train: %1").arg(item->text(0)));
            top->addChild(item);
        }
        for (const std::string &path : group.testVideos) {
            QTreeWidgetItem *item = videoItem(path);
            item->setText(0, tr("test: %1").arg(item->text(0)));
            top->addChild(item);
        }
        m_leaks->addTopLevelItem(top);
        top->setExpanded(true);
    }
    if (health.leakedGroups.empty()) {
        auto *item = new QTreeWidgetItem({tr("No source group is in both train and test.")});
        item->setFlags(Qt::NoItemFlags);
        m_leaks->addTopLevelItem(item);
    }
    if (health.ungrouped > 0) {
        auto *item = new QTreeWidgetItem(
            {tr("%n video(s) match no group (pattern %1) and were not checked.", "",
                health.ungrouped)
                 .arg(m_groupPattern)});
        item->setFlags(Qt::NoItemFlags);
        m_leaks->addTopLevelItem(item);
    }
    m_leakBox->setTitle(
        tr("Leakage: source groups in both train and test (%1)").arg(health.leakedGroups.size()));
}

} // namespace as::ui
