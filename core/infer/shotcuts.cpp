#include "core/infer/shotcuts.h"

#include <algorithm>

namespace as {

std::vector<int> detectShotCuts(const std::vector<double> &differences,
                                const ShotCutOptions &options)
{
    if (differences.size() < 2)
        return {};
    std::vector<double> sorted(differences.begin() + 1, differences.end());
    std::nth_element(sorted.begin(),
                     sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
    const double median = sorted[sorted.size() / 2];
    const double threshold
        = std::max(options.absoluteThreshold, options.relativeThreshold * median);
    std::vector<int> cuts;
    for (std::size_t t = 1; t < differences.size(); ++t)
        if (differences[t] > threshold)
            cuts.push_back(static_cast<int>(t));
    return cuts;
}

} // namespace as
