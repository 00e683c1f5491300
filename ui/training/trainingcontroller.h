#pragma once

#include <QString>
#include <QVector>

#include "core/train/trainer.h"
#include "ui/training/trainingmetatypes.h"
#include "ui/widgets/jobcontroller.h"

namespace as::ui {

/**
 * Runs an as::Trainer in a worker thread. Every iteration's loss and every epoch's metrics
 * reach the UI thread, but batched: iterations are collected and sent at most about 20 times a
 * second as one vector, so a fast model cannot flood the event queue. stop() cancels the
 * token; the trainer ends after its current iteration with outcome Cancelled and keeps the last
 * epoch's checkpoint.
 */
class TrainingController final : public JobController
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);

    /** Starts training; false when a run is already in progress. */
    bool start(const as::TrainerParams &params);

public Q_SLOTS:
    void stop() { cancel(); }

Q_SIGNALS:
    /** One or more iterations in order; no iteration is ever dropped. */
    void iterationsReady(const QVector<as::ui::IterationPoint> &points);
    void epochFinished(const as::EpochMetrics &metrics);
    /** A preparation or validation stage, throttled ("extract", "validate"). */
    void stageProgress(const QString &stage, int done, int total);
    void message(const QString &text);
    void finished(const as::RunSummary &summary);
};

} // namespace as::ui
