#pragma once

#include <vector>

namespace as {

/**
 * SlowFast's two frame rates. The loader samples the fast pathway's T frames densely (with
 * the model's interval); the slow pathway takes T / alpha of them, chosen exactly as
 * PySlowFast's PackPathway: torch.linspace(0, T − 1, T // alpha).long(), i.e. evenly spaced
 * positions computed in float32 (torch's linspace formula) and rounded down. The first and
 * last fast frames are always kept (T = 32, alpha = 8 gives positions 0, 10, 20, 31).
 * A clip shorter than alpha frames gives one slow frame, the first.
 */
std::vector<int> slowPathwayPositions(int fastFrames, int alpha);

/** The slow pathway's source-frame indices: `fastIndices` at slowPathwayPositions. */
std::vector<int> slowPathwayIndices(const std::vector<int> &fastIndices, int alpha);

} // namespace as
