#include "core/train/backgroundsamples.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

namespace as {

BackgroundRule backgroundRule(double fps, int spanFrames)
{
    const double rate = fps > 0.0 ? fps : 25.0;
    BackgroundRule rule;
    rule.minFrames = std::max(1, spanFrames);
    rule.marginFrames = static_cast<int>(std::lround(kBackgroundMarginSeconds * rate));
    rule.pieceFrames
        = std::max(rule.minFrames, static_cast<int>(std::lround(kBackgroundPieceSeconds * rate)));
    return rule;
}

std::vector<FrameSpan> backgroundPieces(const std::vector<SegmentRecord> &segments, int frameCount,
                                        const BackgroundRule &rule)
{
    std::vector<FrameSpan> covered;
    for (const SegmentRecord &s : segments)
        covered.push_back({std::max(0, s.startFrame - rule.marginFrames),
                           std::min(frameCount, s.endFrame + rule.marginFrames)});
    std::sort(covered.begin(), covered.end(),
              [](const FrameSpan &a, const FrameSpan &b) { return a.first < b.first; });

    std::vector<FrameSpan> gaps;
    int free = 0; // the first frame not covered by the segments seen so far
    for (const FrameSpan &c : covered) {
        if (c.first > free)
            gaps.push_back({free, c.first});
        free = std::max(free, c.end);
    }
    if (frameCount > free)
        gaps.push_back({free, frameCount});

    std::vector<FrameSpan> pieces;
    const int pieceFrames = std::max(1, rule.pieceFrames);
    for (const FrameSpan &gap : gaps) {
        const int length = gap.end - gap.first;
        if (length < rule.minFrames)
            continue;
        // Equal pieces of at least pieceFrames (the last boundary is the gap's end exactly).
        const int n = std::max(1, length / pieceFrames);
        for (int k = 0; k < n; ++k)
            pieces.push_back({gap.first + static_cast<int>(std::int64_t(k) * length / n),
                              gap.first + static_cast<int>(std::int64_t(k + 1) * length / n)});
    }
    return pieces;
}

std::vector<ClipSample> keepEvenly(std::vector<ClipSample> samples, std::size_t cap)
{
    if (samples.size() <= cap)
        return samples;
    std::vector<ClipSample> kept;
    kept.reserve(cap);
    // The middle of each of `cap` equal parts of the list.
    for (std::size_t k = 0; k < cap; ++k)
        kept.push_back(samples[(2 * k + 1) * samples.size() / (2 * cap)]);
    return kept;
}

std::size_t backgroundCap(const std::vector<ClipSample> &actionSamples)
{
    std::map<int, std::size_t> perClass;
    for (const ClipSample &s : actionSamples)
        ++perClass[s.label];
    if (perClass.empty())
        return 0;
    return (actionSamples.size() + perClass.size() - 1) / perClass.size();
}

} // namespace as
