#include "ui/prerun/estimatedialog.h"

#include <algorithm>
#include <cmath>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

#include "ui/prerun/estimatecontroller.h"
#include "ui/widgets/banner.h"

namespace as::ui {

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent, double scale = 1.0)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(scale > 1.0);
    label->setFont(font);
    return label;
}

/** A framed "card": a big value over its caption, with an optional gauge between them. */
QFrame *card(const QString &caption, QLabel *value, QProgressBar *gauge, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 12);
    value->setAlignment(Qt::AlignCenter);
    layout->addWidget(value);
    if (gauge)
        layout->addWidget(gauge);
    auto *label = new QLabel(caption, frame);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label);
    return frame;
}

} // namespace

EstimateDialog::EstimateDialog(const QString &projectDir, const as::ExperimentConfig &config,
                               QWidget *parent)
    : QDialog(parent)
    , m_projectDir(projectDir)
    , m_config(config)
    , m_controller(new EstimateController(this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_banner(new Banner(this))
    , m_device(valueLabel(QStringLiteral("estimateDevice"), this))
    , m_data(valueLabel(QStringLiteral("estimateData"), this))
    , m_perIteration(valueLabel(QStringLiteral("estimatePerIteration"), this))
    , m_perEpoch(valueLabel(QStringLiteral("estimatePerEpoch"), this, 2.2))
    , m_total(valueLabel(QStringLiteral("estimateTotal"), this, 2.2))
    , m_memory(valueLabel(QStringLiteral("estimateMemory"), this, 2.2))
    , m_memoryGauge(new QProgressBar(this))
    , m_memoryDetail(valueLabel(QStringLiteral("estimateMemoryDetail"), this))
    , m_again(new QPushButton(tr("Measure again"), this))
    , m_startTraining(new QPushButton(tr("Start training"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("estimateDialog"));
    setWindowTitle(tr("Estimate of the run"));
    m_heading->setObjectName(QStringLiteral("estimateHeading"));
    m_status->setObjectName(QStringLiteral("estimateStatus"));
    m_progress->setObjectName(QStringLiteral("estimateProgress"));
    m_banner->setObjectName(QStringLiteral("estimateBanner"));
    m_again->setObjectName(QStringLiteral("estimateAgain"));
    m_startTraining->setObjectName(QStringLiteral("estimateStart"));
    m_cancel->setObjectName(QStringLiteral("estimateCancel"));
    m_memoryGauge->setObjectName(QStringLiteral("estimateMemoryGauge"));
    m_memoryGauge->setTextVisible(false);
    m_memoryGauge->setMaximumHeight(8);
    m_memoryGauge->setRange(0, 1000);
    m_memoryGauge->setValue(0);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setText(tr("%1, batch %2, %n epoch(s), device %3", "", config.optim.epochs)
                           .arg(QString::fromStdString(config.model.name))
                           .arg(config.optim.batchSize)
                           .arg(QString::fromStdString(config.run.device)));
    m_status->setWordWrap(true);

    // The three numbers that decide whether to start: big, side by side.
    auto *cards = new QHBoxLayout();
    cards->setSpacing(12);
    cards->addWidget(card(tr("per epoch"), m_perEpoch, nullptr, this), 1);
    cards->addWidget(
        card(tr("whole run of %n epoch(s)", "", config.optim.epochs), m_total, nullptr, this), 1);
    cards->addWidget(card(tr("peak memory"), m_memory, m_memoryGauge, this), 1);

    auto *detailBox = new QGroupBox(tr("Measured with real training iterations"), this);
    auto *form = new QFormLayout(detailBox);
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    form->addRow(tr("Device:"), m_device);
    form->addRow(tr("Training data:"), m_data);
    form->addRow(tr("Time per iteration:"), m_perIteration);
    form->addRow(tr("Memory:"), m_memoryDetail);
    auto *note = new QLabel(tr("Times cover training only; validation after each epoch and the "
                               "final test come on top. The first iteration warms up and is not "
                               "timed."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);

    m_startTraining->setDefault(true);
    m_startTraining->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_startTraining->setToolTip(tr("Start the run with this config (Ctrl+Return)"));
    m_again->setShortcut(QKeySequence(Qt::Key_F5));
    m_again->setToolTip(tr("Measure again (F5)"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_again, QDialogButtonBox::ResetRole);
    buttons->addButton(m_startTraining, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_startTraining, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &EstimateDialog::cancelOrReject);
    connect(m_again, &QPushButton::clicked, this, &EstimateDialog::start);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_banner);
    layout->addSpacing(8);
    layout->addLayout(cards);
    layout->addSpacing(8);
    layout->addWidget(detailBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_controller, &EstimateController::progress, this, &EstimateDialog::showProgress);
    connect(m_controller, &EstimateController::estimated, this, &EstimateDialog::showEstimate);
    connect(m_controller, &EstimateController::failed, this, [this](const QString &error) {
        m_gotAnswer = true;
        m_status->setText(tr("The measurement failed."));
        m_banner->showMessage(Banner::Kind::Error, error);
    });
    connect(m_controller, &JobController::runningChanged, this, [this](bool running) {
        setRunning(running);
        if (!running && !m_gotAnswer)
            m_status->setText(tr("The measurement was cancelled."));
    });
    for (QLabel *value :
         {m_device, m_data, m_perIteration, m_perEpoch, m_total, m_memory, m_memoryDetail})
        value->setText(QStringLiteral("–"));
    m_banner->hide();
    setRunning(false);
    resize(1100, 800);
}

EstimateDialog::~EstimateDialog() = default;

void EstimateDialog::setIterations(int iterations)
{
    m_iterations = std::max(1, iterations);
}

bool EstimateDialog::isRunning() const
{
    return m_controller->isRunning();
}

void EstimateDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

void EstimateDialog::start()
{
    m_started = true;
    m_gotAnswer = false;
    m_banner->hide();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Preparing the model and the data pipeline…"));
    m_controller->estimate(m_config, m_projectDir, m_iterations);
}

void EstimateDialog::cancelOrReject()
{
    if (isRunning())
        m_controller->cancel();
    else
        reject();
}

void EstimateDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_again->setEnabled(!running);
    m_startTraining->setEnabled(!running && m_hasEstimate && m_estimate.fits);
    m_cancel->setText(running ? tr("Stop measuring") : tr("Cancel"));
}

void EstimateDialog::showProgress(const QString &stage, int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    if (stage == QLatin1String("extract"))
        m_status->setText(
            tr("Extracting the frames of the videos to measure: %1 of %2").arg(done).arg(total));
    else
        m_status->setText(
            tr("Running training iterations: %1 of %2 (the first warms up)").arg(done).arg(total));
}

void EstimateDialog::showEstimate(const as::RunEstimate &estimate)
{
    m_gotAnswer = true;
    m_estimate = estimate;
    m_hasEstimate = true;
    const QLocale locale;
    m_device->setText(QString::fromStdString(estimate.device));
    m_data->setText(tr("%n training video(s) in batches of %1: %2 iterations per epoch", "",
                       estimate.trainVideos)
                        .arg(estimate.batchSize)
                        .arg(estimate.iterationsPerEpoch));
    m_perIteration->setText(tr("%1 (median of %n iteration(s))", "", estimate.measuredIterations)
                                .arg(formatDuration(estimate.secondsPerIteration)));
    m_perEpoch->setText(formatDuration(estimate.secondsPerEpoch));
    m_total->setText(formatDuration(estimate.totalSeconds));
    m_memory->setText(estimate.peakMemoryBytes > 0
                          ? locale.formattedDataSize(estimate.peakMemoryBytes)
                          : QStringLiteral("–"));
    if (estimate.availableMemoryBytes > 0) {
        const double share
            = double(estimate.peakMemoryBytes) / double(estimate.availableMemoryBytes);
        m_memoryGauge->setValue(static_cast<int>(std::clamp(share, 0.0, 1.0) * 1000));
        m_memoryDetail->setText(tr("%1 at the peak of training, %2 of the %3 free before the run")
                                    .arg(locale.formattedDataSize(estimate.peakMemoryBytes))
                                    .arg(locale.toString(share * 100.0, 'f', 1) + QLatin1Char('%'))
                                    .arg(locale.formattedDataSize(estimate.availableMemoryBytes)));
    } else {
        m_memoryGauge->setValue(0);
        m_memoryDetail->setText(estimate.peakMemoryBytes > 0
                                    ? tr("%1 allocated on the device at the peak of training")
                                          .arg(locale.formattedDataSize(estimate.peakMemoryBytes))
                                    : tr("Not measured: this LibTorch build reports no memory "
                                         "statistics for the device."));
    }
    m_memoryGauge->setVisible(estimate.availableMemoryBytes > 0);

    if (estimate.fits) {
        m_status->setText(tr("The run fits on this device."));
        m_banner->hide();
    } else {
        m_status->setText(tr("The run will not fit on this device."));
        m_banner->showMessage(
            Banner::Kind::Warning,
            tr("Training ran out of memory. %1").arg(QString::fromStdString(estimate.suggestion)));
    }
    setRunning(isRunning());
    Q_EMIT estimated(estimate);
}

QString EstimateDialog::formatDuration(double seconds)
{
    const QLocale locale;
    if (!std::isfinite(seconds) || seconds <= 0.0)
        return QStringLiteral("–");
    if (seconds < 10.0)
        return tr("%1 s").arg(locale.toString(seconds, 'f', seconds < 1.0 ? 2 : 1));
    const long long whole = std::llround(seconds);
    if (whole < 60)
        return tr("%1 s").arg(whole);
    if (whole < 3600)
        return tr("%1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(whole / 3600).arg((whole % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace as::ui
