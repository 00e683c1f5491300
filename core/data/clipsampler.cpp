#include "core/data/clipsampler.h"

#include <algorithm>
#include <stdexcept>

namespace as {

DenseClipSampler::DenseClipSampler(int clipLengthFrames, int frameInterval)
    : m_clipLength(clipLengthFrames)
    , m_interval(frameInterval)
{
    if (clipLengthFrames < 1 || frameInterval < 1)
        throw std::invalid_argument("DenseClipSampler: clip length and interval must be >= 1");
}

std::vector<int> DenseClipSampler::sampleRandom(int numFrames, std::mt19937_64 &rng) const
{
    // Every start whose clip fits is equally likely; a video shorter than the span has one.
    const int lastStart = std::max(0, numFrames - spanFrames());
    std::uniform_int_distribution<int> pick(0, lastStart);
    return fromStart(pick(rng), numFrames);
}

std::vector<int> DenseClipSampler::sampleCentred(int numFrames) const
{
    return fromStart(std::max(0, (numFrames - spanFrames()) / 2), numFrames);
}

std::vector<std::vector<int>> DenseClipSampler::sampleEvenly(int numFrames, int n) const
{
    std::vector<std::vector<int>> clips;
    const int starts = numFrames - spanFrames() + 1;  // number of valid starts
    for (int k = 0; k < n; ++k) {
        const int start = starts > 0 ? static_cast<int>((k + 0.5) * starts / n) : 0;
        clips.push_back(fromStart(start, numFrames));
    }
    return clips;
}

std::vector<int> DenseClipSampler::fromStart(int start, int numFrames) const
{
    std::vector<int> indices(static_cast<std::size_t>(m_clipLength));
    for (int t = 0; t < m_clipLength; ++t)
        indices[static_cast<std::size_t>(t)] = numFrames > 0 ? (start + t * m_interval) % numFrames : 0;
    return indices;
}

} // namespace as
