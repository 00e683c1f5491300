#pragma once

#include <memory>
#include <string>

#include "core/common/cancellation.h"
#include "core/config/experimentconfig.h"
#include "core/train/trainingtypes.h"

namespace as {

/** Receives a training job's progress; called on the job's thread, must be quick. */
class TrainingObserver
{
public:
    virtual ~TrainingObserver() = default;
    virtual void onStage(const std::string &stage, int done, int total) { (void)stage; (void)done; (void)total; }
    virtual void onIteration(const IterationMetrics &metrics) { (void)metrics; }
    virtual void onEpoch(const EpochMetrics &metrics) { (void)metrics; }
    virtual void onMessage(const std::string &message) { (void)message; }
};

/** What to train and where. */
struct TrainerParams
{
    ExperimentConfig config;
    std::string projectDir;     // overrides config.data.project when not empty
    std::string runDir;         // explicit run folder; default project/runs/<name>
    bool resume = false;        // continue from runDir's last checkpoint
};

/**
 * The training job: builds the data pipeline from the project's split, the model from the
 * registry, SGD or AdamW (`optim.optimizer`), linear warm-up then cosine per iteration,
 * cross-entropy; validates top-1/top-5 each epoch; writes a checkpoint each epoch atomically,
 * `metrics.jsonl`, and the resolved `config.yaml` in the run folder. Never throws: failures
 * come back in the summary.
 */
class Trainer
{
public:
    Trainer(TrainerParams params, TrainingObserver &observer, CancellationToken token);
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    RunSummary run();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace as
