#include "core/train/lrschedule.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/common/error.h"
#include "core/config/experimentconfig.h"

namespace as {

namespace {

constexpr double kPi = 3.14159265358979323846;

/** ½ (1 + cos(π · t)) for t clamped to [0, 1]: 1 at the start of a cosine, 0 at its end. */
double halfCosine(double t)
{
    return 0.5 * (1.0 + std::cos(kPi * std::clamp(t, 0.0, 1.0)));
}

/** The straight line from `from` at epoch 0 to `to` at epoch `warmupEpochs`. */
double warmupLine(double from, double to, double epoch, double warmupEpochs)
{
    return from + (to - from) * epoch / warmupEpochs;
}

} // namespace

LrSchedule::LrSchedule(LrScheduleParams params)
    : m_params(std::move(params))
{
    const std::string &policy = m_params.policy;
    if (policy != "warmup_cosine" && policy != "cosine_annealing" && policy != "multistep")
        throw Error("config.field",
                    "Unknown learning-rate schedule '" + policy
                        + "' (warmup_cosine, cosine_annealing or multistep)",
                    "optim.schedule");
}

double LrSchedule::at(std::int64_t step) const
{
    const LrScheduleParams &p = m_params;
    const double itersPerEpoch
        = static_cast<double>(std::max<std::int64_t>(1, p.iterationsPerEpoch));
    const double totalEpochs = std::max(0, p.epochs);
    // Past the last iteration the schedule holds its value at epoch E (the cosines' end).
    const double epoch = std::min(
        static_cast<double>(std::max<std::int64_t>(0, step)) / itersPerEpoch, totalEpochs);
    const double warmup = p.warmupEpochs; // 0 (or less) means no warm-up
    const bool warmingUp = warmup > 0.0 && epoch < warmup;

    if (p.policy == "warmup_cosine") {
        if (warmingUp)
            return warmupLine(p.warmupStartLr, p.baseLr, epoch, warmup);
        const double start = std::max(0.0, warmup);
        const double span = totalEpochs - start;
        const double t = span > 0.0 ? (epoch - start) / span : 1.0;
        return p.minLr + (p.baseLr - p.minLr) * halfCosine(t);
    }
    if (p.policy == "cosine_annealing") {
        const auto cosine = [&](double e) {
            const double t = totalEpochs > 0.0 ? e / totalEpochs : 1.0;
            return p.minLr + (p.baseLr - p.minLr) * halfCosine(t);
        };
        if (warmingUp)
            return warmupLine(p.warmupStartLr, cosine(warmup), epoch, warmup);
        return cosine(epoch);
    }
    // multistep
    if (warmingUp)
        return warmupLine(p.warmupStartLr, p.baseLr, epoch, warmup);
    const auto passed = std::count_if(p.milestones.begin(), p.milestones.end(),
                                      [epoch](double milestone) { return epoch >= milestone; });
    return p.baseLr * std::pow(p.gamma, static_cast<double>(passed));
}

LrSchedule scheduleFromConfig(const OptimConfig &optim, std::int64_t iterationsPerEpoch)
{
    LrScheduleParams params;
    params.policy = optim.schedule;
    params.baseLr = optim.lr;
    params.warmupStartLr = optim.warmupStartLr;
    params.warmupEpochs = optim.warmupEpochs;
    params.minLr = optim.minLr;
    params.milestones = optim.milestones;
    params.gamma = optim.gamma;
    params.iterationsPerEpoch = iterationsPerEpoch;
    params.epochs = optim.epochs;
    return LrSchedule(std::move(params));
}

} // namespace as
