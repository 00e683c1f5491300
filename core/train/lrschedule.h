#pragma once

#include <cstdint>

namespace as {

/**
 * Learning rate stepped per iteration: linear warm-up from `warmupStartLr` to `baseLr` over
 * `warmupIterations`, then half-cosine from `baseLr` down to `minLr` at `totalIterations`
 * (pySlowFast's "cosine with linear warm-up").
 */
class WarmupCosineSchedule
{
public:
    WarmupCosineSchedule(double baseLr, double warmupStartLr, std::int64_t warmupIterations,
                         std::int64_t totalIterations, double minLr);

    /** The learning rate for 0-based iteration `step`. */
    double at(std::int64_t step) const;

private:
    double m_baseLr;
    double m_warmupStartLr;
    std::int64_t m_warmupIterations;
    std::int64_t m_totalIterations;
    double m_minLr;
};

} // namespace as
