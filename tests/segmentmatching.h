#pragma once

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/data/synthmotionsequence.h"
#include "core/infer/proposalsegmenter.h"

namespace as::test {

/** How a truth segment was found among proposed segments. */
struct SegmentMatch
{
    bool found = false; // a proposal of the same class overlaps it, or is nearest
    double startError = 0.0; // proposal − truth, seconds
    double endError = 0.0;
    bool within = false; // both errors within the tolerance
};

/**
 * For each truth segment, the proposal of the same class that overlaps it most (the nearest
 * when none overlaps), and whether its start and end lie within `toleranceSeconds` of the
 * truth's. Proposals need `className`.
 */
inline std::vector<SegmentMatch> matchSegments(const std::vector<SynthSegment> &truth,
                                               const std::vector<ProposedSegment> &proposals,
                                               double fps, double toleranceSeconds)
{
    std::vector<SegmentMatch> out;
    for (const SynthSegment &t : truth) {
        SegmentMatch best;
        double bestOverlap = -std::numeric_limits<double>::infinity();
        for (const ProposedSegment &p : proposals) {
            if (p.className != t.className)
                continue;
            const double start = p.startFrame / fps;
            const double end = p.endFrame / fps;
            // Overlap in seconds; negative: minus the gap to it.
            const double overlap = std::min(end, t.endSeconds) - std::max(start, t.startSeconds);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best.found = true;
                best.startError = start - t.startSeconds;
                best.endError = end - t.endSeconds;
            }
        }
        best.within = best.found && std::abs(best.startError) <= toleranceSeconds + 1e-9
            && std::abs(best.endError) <= toleranceSeconds + 1e-9;
        out.push_back(best);
    }
    return out;
}

/** The share of `matches` within the tolerance. */
inline double matchedFraction(const std::vector<SegmentMatch> &matches)
{
    int within = 0;
    for (const SegmentMatch &m : matches)
        within += m.within ? 1 : 0;
    return matches.empty() ? 0.0 : static_cast<double>(within) / matches.size();
}

} // namespace as::test
