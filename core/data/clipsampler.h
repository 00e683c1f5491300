#pragma once

#include <random>
#include <vector>

namespace as {

/**
 * Dense clip sampling: `clipLengthFrames` frames, `frameInterval` apart, from a video of
 * `numFrames` frames. Training draws the start uniformly; testing takes the centred clip, or
 * n evenly spaced clips (multi-clip testing).
 *
 * Short videos: a video shorter than the clip span has one start (0) and loops back to its
 * first frame (index modulo numFrames), so temporal order inside each pass is kept; this is
 * mmaction2's SampleFrames `out_of_bound_opt='loop'`. Indices are returned in temporal order.
 */
class DenseClipSampler
{
public:
    DenseClipSampler(int clipLengthFrames, int frameInterval);

    std::vector<int> sampleRandom(int numFrames, std::mt19937_64 &rng) const;
    std::vector<int> sampleCentred(int numFrames) const;
    /**
     * `n` clips for multi-clip testing, as mmaction2's SampleFrames test mode: the valid
     * starts [0, numFrames - span] are cut into n equal parts and each clip starts in the
     * middle of its part, start_k = floor((k + 0.5) · (numFrames − span + 1) / n). (mmaction2
     * counts the span as clipLength × interval; we count the frames the clip really covers.)
     * A video shorter than the span gives n clips starting at 0, looped as above.
     */
    std::vector<std::vector<int>> sampleEvenly(int numFrames, int n) const;
    /** The span in source frames one clip covers. */
    int spanFrames() const { return (m_clipLength - 1) * m_interval + 1; }
    int clipLengthFrames() const { return m_clipLength; }
    int frameInterval() const { return m_interval; }

private:
    std::vector<int> fromStart(int start, int numFrames) const;
    int m_clipLength;
    int m_interval;
};

} // namespace as
