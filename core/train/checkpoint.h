#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <torch/nn/module.h>
#include <torch/optim/optimizer.h>

namespace as {

class ModelEma;

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
                    const torch::optim::Optimizer *optimizer, const CheckpointState &state,
                    const ModelEma *ema = nullptr);

/**
 * Loads what `saveCheckpoint` wrote; the optimiser and the weight average only when given and
 * stored. Throws `Error` naming the file when it cannot (an `ema` asked for but not stored
 * included).
 */
CheckpointState loadCheckpoint(const std::string &path, torch::nn::Module &model,
                               torch::optim::Optimizer *optimizer, ModelEma *ema = nullptr);

/**
 * The checkpoint a finished (or stopped) run is used with: `checkpoints/best.pt` when
 * `preferBest` and it exists, else `checkpoints/last.pt`. Throws `Error` ("run.nocheckpoint")
 * naming the run when it has neither (no epoch finished yet).
 */
std::string runCheckpoint(const std::string &runDir, bool preferBest);

/** The file name of epoch `epoch`'s (1-based) kept checkpoint: `epoch_0007.pt`. */
std::string epochCheckpointName(int epoch);

/** Whether 1-based `epoch` of `epochs` writes a checkpoint: every `every`-th and the last. */
bool isCheckpointEpoch(int epoch, int every, int epochs);

/**
 * Deletes the oldest `epoch_NNNN.pt` files of `folder` so that `keepLast` remain (last.pt and
 * best.pt are never touched). Returns the names deleted.
 */
std::vector<std::string> pruneEpochCheckpoints(const std::string &folder, int keepLast);

} // namespace as
