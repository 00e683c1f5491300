#pragma once

#include <cstdint>
#include <string>

#include <torch/nn/module.h>
#include <torch/optim/optimizer.h>

namespace as {

/** Training progress stored beside the weights, so a run can resume exactly where it was. */
struct CheckpointState
{
    int nextEpoch = 0;              // the first epoch still to run
    std::int64_t globalStep = 0;    // iterations done
    double bestValTop1 = 0.0;
};

/**
 * Writes model weights (and the optimiser state when given) with the progress to `path`
 * atomically: a temp file is written and renamed, so a kill or a full disk never leaves a
 * broken checkpoint where a good one was.
 */
void saveCheckpoint(const std::string &path, const torch::nn::Module &model,
                    const torch::optim::Optimizer *optimizer, const CheckpointState &state);

/** Loads what `saveCheckpoint` wrote; throws `Error` naming the file when it cannot. */
CheckpointState loadCheckpoint(const std::string &path, torch::nn::Module &model,
                               torch::optim::Optimizer *optimizer);

} // namespace as
