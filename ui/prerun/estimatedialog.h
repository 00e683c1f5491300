#pragma once

#include <QDialog>
#include <QString>

#include "core/config/experimentconfig.h"
#include "core/train/runestimate.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace as::ui {

class Banner;
class EstimateController;

/**
 * "Before a run starts": measures a few real training iterations of a config on its device in
 * a worker (progress, cancel) and shows the time per iteration and per epoch, the total for
 * the config's epochs, the peak memory and the device, with the suggestion in a Banner when
 * the run will not fit. "Start training" accepts the dialog (the caller starts the run);
 * Cancel stops the measurement, or rejects when nothing runs. The measurement starts when the
 * dialog is first shown (or on start()).
 */
class EstimateDialog final : public QDialog
{
    Q_OBJECT

public:
    EstimateDialog(const QString &projectDir, const as::ExperimentConfig &config,
                   QWidget *parent = nullptr);
    ~EstimateDialog() override;

    /** Timed iterations (after one warm-up); 3 by default. Takes effect at the next start(). */
    void setIterations(int iterations);
    const as::RunEstimate &estimate() const { return m_estimate; }
    bool hasEstimate() const { return m_hasEstimate; }
    bool isRunning() const;

    /** "2 h 05 min", "3 min 20 s", "12.3 s", "0.45 s". */
    static QString formatDuration(double seconds);

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void estimated(const as::RunEstimate &estimate);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showEstimate(const as::RunEstimate &estimate);
    void showProgress(const QString &stage, int done, int total);
    void cancelOrReject();
    void setRunning(bool running);

    QString m_projectDir;
    as::ExperimentConfig m_config;
    int m_iterations = 3;
    EstimateController *m_controller;
    as::RunEstimate m_estimate;
    bool m_hasEstimate = false;
    bool m_started = false;
    bool m_gotAnswer = false;

    QLabel *m_heading;
    QLabel *m_status;
    QProgressBar *m_progress;
    Banner *m_banner;
    QLabel *m_device;
    QLabel *m_data;
    QLabel *m_perIteration;
    QLabel *m_perEpoch;
    QLabel *m_total;
    QLabel *m_memory;
    QProgressBar *m_memoryGauge;
    QLabel *m_memoryDetail;
    QPushButton *m_again;
    QPushButton *m_startTraining;
    QPushButton *m_cancel;
};

} // namespace as::ui
