#pragma once

#include <memory>

#include <QString>
#include <QVector>

#include "core/train/trainer.h"
#include "ui/training/trainingmetatypes.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

class PauseGate;

/**
 * Runs an as::Trainer in a worker thread. Every iteration's loss and every epoch's metrics
 * reach the UI thread, but batched: iterations are collected and sent at most about 20 times a
 * second as one vector, so a fast model cannot flood the event queue. stop() cancels the
 * token; the trainer ends after its current iteration with outcome Cancelled and keeps the last
 * epoch's checkpoint. pause() makes the worker wait after its current iteration (in the
 * observer, on a condition variable) until resume() or stop().
 */
class TrainingController final : public JobController
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    /** Starts training (or resumes a run when `params.resume`); false when one is running. */
    bool start(const as::TrainerParams &params);
    /** Whether a pause was asked for and not resumed; the worker may still be finishing a step. */
    bool isPaused() const;

public Q_SLOTS:
    void stop();
    /** Asks the worker to wait after its current iteration; pausedChanged(true) follows. */
    void pause();
    void resume();

Q_SIGNALS:
    /** One or more iterations in order; no iteration is ever dropped. */
    void iterationsReady(const QVector<as::ui::IterationPoint> &points);
    void epochFinished(const as::EpochMetrics &metrics);
    /** A preparation or validation stage, throttled ("extract", "validate"). */
    void stageProgress(const QString &stage, int done, int total);
    void message(const QString &text);
    void finished(const as::RunSummary &summary);
    /**
     * True once the worker has stopped and waits (every iteration before it has been sent);
     * false on resume() and when the run ends.
     */
    void pausedChanged(bool paused);

private:
    std::shared_ptr<PauseGate> m_gate;
};

} // namespace as::ui
