#include "core/train/lrschedule.h"

#include <algorithm>
#include <cmath>

namespace as {

WarmupCosineSchedule::WarmupCosineSchedule(double baseLr, double warmupStartLr,
                                           std::int64_t warmupIterations,
                                           std::int64_t totalIterations, double minLr)
    : m_baseLr(baseLr)
    , m_warmupStartLr(warmupStartLr)
    , m_warmupIterations(std::max<std::int64_t>(0, warmupIterations))
    , m_totalIterations(std::max<std::int64_t>(1, totalIterations))
    , m_minLr(minLr)
{
}

double WarmupCosineSchedule::at(std::int64_t step) const
{
    if (step < m_warmupIterations) {
        const double t = static_cast<double>(step) / static_cast<double>(m_warmupIterations);
        return m_warmupStartLr + (m_baseLr - m_warmupStartLr) * t;
    }
    const std::int64_t cosineSteps = std::max<std::int64_t>(1, m_totalIterations - m_warmupIterations);
    const double t = std::min(1.0, static_cast<double>(step - m_warmupIterations) /
                                       static_cast<double>(cosineSteps));
    return m_minLr + (m_baseLr - m_minLr) * 0.5 * (1.0 + std::cos(M_PI * t));
}

} // namespace as
