#pragma once

#include <random>
#include <vector>

namespace as {

/**
 * Dense clip sampling: `clipLengthFrames` frames, `frameInterval` apart, from a video of
 * `numFrames` frames. Training draws the start uniformly; testing takes the centred clip.
 * Videos shorter than the clip span loop back to their start (index modulo numFrames), so
 * temporal order inside each pass is kept. Indices are returned in temporal order.
 */
class DenseClipSampler
{
public:
    DenseClipSampler(int clipLengthFrames, int frameInterval);

    std::vector<int> sampleRandom(int numFrames, std::mt19937_64 &rng) const;
    std::vector<int> sampleCentred(int numFrames) const;
    /** The span in source frames one clip covers. */
    int spanFrames() const { return (m_clipLength - 1) * m_interval + 1; }

private:
    std::vector<int> fromStart(int start, int numFrames) const;
    int m_clipLength;
    int m_interval;
};

} // namespace as
