#pragma once

#include <cstdint>
#include <string>

#include "core/common/cancellation.h"
#include "core/common/progress.h"
#include "core/config/experimentconfig.h"

namespace as {

/**
 * What a run of a config will cost on its device, measured with a few real training
 * iterations. Times are for training only (validation and the final test come on top).
 */
struct RunEstimate
{
    std::string device; // e.g. "cpu (8 threads)", "cuda:0 (NVIDIA H200)"
    int trainVideos = 0; // usable training videos of the split
    int batchSize = 0;
    int measuredIterations = 0; // timed iterations (the first, warm-up, is not timed)
    double secondsPerIteration = 0.0; // median of the timed iterations, loading included
    int iterationsPerEpoch = 0; // as the trainer's loader counts them (drop_last)
    double secondsPerEpoch = 0.0;
    int epochs = 0; // config optim.epochs
    double totalSeconds = 0.0; // secondsPerEpoch × epochs
    /**
     * Peak memory of training. CUDA: the caching allocator's peak of allocated bytes (0 when
     * this LibTorch build cannot tell). CPU: how far the process's peak resident set (VmHWM)
     * rose above its resident set before the measurement.
     */
    std::int64_t peakMemoryBytes = 0;
    std::int64_t availableMemoryBytes = 0; // CPU: MemAvailable before the run; CUDA: 0
    bool fits = true; // false: the iterations ran out of memory
    std::string suggestion; // English; what to change when it does not fit
};

/**
 * Job: builds the config's real training pipeline (frame cache, sampler, transforms, loader)
 * and model on the config's device, extracts the frames of the few videos it needs when they
 * are not cached yet, and runs `iterations` timed training iterations (forward, loss,
 * backward, optimiser step, with mixed precision and channels-last as configured) after one
 * untimed warm-up iteration. Running out of memory is not an error: the result says it does
 * not fit and suggests a smaller batch, a smaller crop or mixed precision. Progress stages
 * "extract" and "measure". Throws `Error` for a bad config, a missing project or a split
 * without training videos, `Cancelled` when cancelled.
 */
RunEstimate estimateRun(const ExperimentConfig &config, const std::string &projectDir,
                        int iterations, ProgressObserver &observer, const CancellationToken &token);

} // namespace as
