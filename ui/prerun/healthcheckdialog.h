#pragma once

#include <QDialog>
#include <QString>

#include "core/config/experimentconfig.h"
#include "core/project/datasethealth.h"

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace as::ui {

class Banner;
class ClassBalanceChartView;
class HealthCheckController;
class HistogramChartView;

/**
 * The dataset health check before a run: checks the config's split of a project in a worker
 * (progress bar, cancel) and shows the findings in sections with counts: undecodable and
 * too-short videos (with "Skip these", which moves them to Unused and checks again), the
 * class balance per subset, fps/duration/resolution histograms, and the source groups found
 * in both train and test. A verdict line on top says "Ready to train" or how many problems
 * there are. The check starts when the dialog is first shown (or on start()).
 */
class HealthCheckDialog final : public QDialog
{
    Q_OBJECT

public:
    HealthCheckDialog(const QString &projectDir, const as::ExperimentConfig &config,
                      QWidget *parent = nullptr);
    ~HealthCheckDialog() override;

    /** The group regular expression of the leakage check; UCF101's `_g([0-9]+)_` by default. */
    void setGroupPattern(const QString &pattern);
    /** The last finished check (empty before the first). */
    const as::DatasetHealth &health() const { return m_health; }
    bool hasResult() const { return m_hasResult; }
    bool isRunning() const;

public Q_SLOTS:
    /** Starts (again) the check; does nothing while a job runs. */
    void start();
    /** Moves the undecodable and too-short videos to Unused, then checks again. */
    void skipUnusable();
    void cancelCheck();

Q_SIGNALS:
    /** A check finished with `problems` problems (0: ready to train). */
    void checkFinished(int problems);
    /** `count` videos were moved to Unused: views of the project should reload. */
    void videosSkipped(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void runCheck();
    void showHealth(const as::DatasetHealth &health);
    void showFailure(const QString &error);
    void fillUnusable(const as::DatasetHealth &health);
    void fillLeakage(const as::DatasetHealth &health);
    void setRunning(bool running);

    QString m_projectDir;
    as::ExperimentConfig m_config;
    QString m_groupPattern;
    HealthCheckController *m_controller;
    as::DatasetHealth m_health;
    bool m_hasResult = false;
    bool m_started = false;
    bool m_gotAnswer = false; // the running job reported a result or a failure
    bool m_skipThenCheck = false; // a skip is running: check again when it ends

    QLabel *m_verdict;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    Banner *m_banner;
    QGroupBox *m_unusableBox;
    QTreeWidget *m_unusable;
    QPushButton *m_skip;
    QGroupBox *m_leakBox;
    QTreeWidget *m_leaks;
    QGroupBox *m_balanceBox;
    ClassBalanceChartView *m_balance;
    HistogramChartView *m_fps;
    HistogramChartView *m_duration;
    HistogramChartView *m_resolution;
    QPushButton *m_recheck;
};

} // namespace as::ui
