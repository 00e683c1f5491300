#include "core/data/slowfastsampling.h"

#include <algorithm>
#include <stdexcept>

namespace as {

std::vector<int> slowPathwayPositions(int fastFrames, int alpha)
{
    if (fastFrames < 1 || alpha < 1)
        throw std::invalid_argument("slowPathwayPositions: frames and alpha must be >= 1");
    const int steps = std::max(1, fastFrames / alpha);
    if (steps == 1)
        return {0};
    // torch.linspace (CPU, float32): the first half counts up from start, the second half
    // down from end, so the last value is exactly end.
    const float start = 0.0f;
    const auto end = static_cast<float>(fastFrames - 1);
    const float step = (end - start) / static_cast<float>(steps - 1);
    const int halfway = steps / 2;
    std::vector<int> positions(static_cast<std::size_t>(steps));
    for (int i = 0; i < steps; ++i) {
        const float value = i < halfway ? start + step * static_cast<float>(i)
                                        : end - step * static_cast<float>(steps - i - 1);
        positions[static_cast<std::size_t>(i)] = static_cast<int>(value);  // .long() truncates
    }
    return positions;
}

std::vector<int> slowPathwayIndices(const std::vector<int> &fastIndices, int alpha)
{
    std::vector<int> indices;
    for (const int position : slowPathwayPositions(static_cast<int>(fastIndices.size()), alpha))
        indices.push_back(fastIndices[static_cast<std::size_t>(position)]);
    return indices;
}

} // namespace as
