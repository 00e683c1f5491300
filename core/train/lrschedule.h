#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace as {

struct OptimConfig;

/** What a learning-rate schedule needs; epochs may be fractional (stepped per iteration). */
struct LrScheduleParams
{
    std::string policy = "warmup_cosine";  // warmup_cosine | cosine_annealing | multistep
    double baseLr = 0.1;
    double warmupStartLr = 0.01;
    double warmupEpochs = 0.0;
    double minLr = 0.0;                    // cosine end (warmup_cosine) or floor (cosine_annealing)
    std::vector<double> milestones;        // multistep, in epochs
    double gamma = 0.1;                    // multistep factor
    std::int64_t iterationsPerEpoch = 1;
    int epochs = 1;
};

/**
 * Learning rate per iteration (0-based global step), the three policies of the classic
 * recipes; `epoch = step / iterationsPerEpoch` as a real number:
 *  - warmup_cosine: epoch < W: warmupStartLr + (baseLr − warmupStartLr) · epoch / W; after:
 *    minLr + (baseLr − minLr) · ½ (1 + cos(π · (epoch − W) / (E − W))) (SlowFast K400: W 34,
 *    0.01 → 0.1, cosine to 0 at E = 196).
 *  - cosine_annealing (pySlowFast "cosine" with its warm-up, X3D): c(e) = minLr + (baseLr −
 *    minLr) · ½ (1 + cos(π · e / E)); epoch < W: a line from warmupStartLr to c(W); after:
 *    c(epoch).
 *  - multistep: baseLr · gamma^k, k = number of milestones ≤ epoch; epoch < W: a line from
 *    warmupStartLr to baseLr.
 * Warm-up of 0 epochs means none. From step E · iterationsPerEpoch on (past the last
 * iteration) the rate stays at its value at epoch E: minLr for the cosines.
 */
class LrSchedule
{
public:
    /** Throws `Error` ("config.field", optim.schedule) for an unknown policy. */
    explicit LrSchedule(LrScheduleParams params);

    double at(std::int64_t step) const;
    const LrScheduleParams &params() const { return m_params; }

private:
    LrScheduleParams m_params;
};

/** The schedule of a config's `optim` section for `iterationsPerEpoch` optimiser steps. */
LrSchedule scheduleFromConfig(const OptimConfig &optim, std::int64_t iterationsPerEpoch);

} // namespace as
