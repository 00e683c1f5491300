#include "core/video/readaheadplan.h"

#include <algorithm>

namespace as {

ReadAheadPlan ReadAheadPlan::make(int wanted, int frameCount,
                                  const std::function<bool(int)> &isCached)
{
    ReadAheadPlan plan;
    if (wanted < 0 || wanted >= frameCount)
        return plan;
    const int last = std::min(wanted + 1 + kAheadFrames, frameCount);
    int first = wanted;
    while (first < last && isCached(first))
        ++first;
    int end = first;
    while (end < last && !isCached(end))
        ++end;
    plan.first = first;
    plan.end = end;
    plan.behindFrom = first;
    if (first == wanted) {
        const bool steppingBack = wanted + 1 < frameCount && isCached(wanted + 1);
        const int behind = steppingBack ? kBehindSteppingBack : kBehindFrames;
        const int lowest = std::max(0, wanted - behind);
        while (plan.behindFrom > lowest && !isCached(plan.behindFrom - 1))
            --plan.behindFrom;
    }
    return plan;
}

int ReadAheadPlan::cacheCapacity(long long frameBytes)
{
    const int least = kAheadFrames + 1 + kBehindSteppingBack + 1;
    const long long fit = frameBytes > 0 ? kCacheBytes / frameBytes : kCachedFrames;
    return static_cast<int>(std::clamp<long long>(fit, least, std::max(least, kCachedFrames)));
}

int ReadAheadPlan::startFor(int sequenceNext) const
{
    if (first == sequenceNext)
        return first;
    if (first > sequenceNext && first - sequenceNext <= kMaxDecodeThrough)
        return std::max(behindFrom, sequenceNext); // decoded through anyway: no seek
    return behindFrom;
}

} // namespace as
