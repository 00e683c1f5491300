#include "core/data/tsnsegmentsampler.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace as {

TsnSegmentSampler::TsnSegmentSampler(int numSegments, int framesPerSegment)
    : m_segments(numSegments)
    , m_framesPerSegment(framesPerSegment)
{
    if (numSegments < 1 || framesPerSegment < 1)
        throw std::invalid_argument("TsnSegmentSampler: segments and frames per segment must be >= 1");
}

std::vector<int> TsnSegmentSampler::sampleRandom(int numFrames, std::mt19937_64 &rng) const
{
    const int starts = numFrames - m_framesPerSegment + 1;  // valid segment starts
    // Python's floor division: a negative count rounds down, as mmaction2's `//`.
    const int avg = starts >= 0 ? starts / m_segments : -((-starts + m_segments - 1) / m_segments);
    std::vector<int> offsets(static_cast<std::size_t>(m_segments), 0);
    if (avg > 0) {
        std::uniform_int_distribution<int> jitter(0, avg - 1);
        for (int k = 0; k < m_segments; ++k)
            offsets[static_cast<std::size_t>(k)] = k * avg + jitter(rng);
    } else if (numFrames > std::max(m_segments, m_framesPerSegment)) {
        std::uniform_int_distribution<int> pick(0, starts - 1);
        for (int &offset : offsets)
            offset = pick(rng);
        std::sort(offsets.begin(), offsets.end());
    } else if (avg == 0) {
        const double ratio = static_cast<double>(starts) / m_segments;
        for (int k = 0; k < m_segments; ++k)  // nearbyint: half to even, as numpy's around
            offsets[static_cast<std::size_t>(k)] = static_cast<int>(std::nearbyint(k * ratio));
    }
    return fromStarts(offsets, numFrames);
}

std::vector<int> TsnSegmentSampler::sampleMiddle(int numFrames) const
{
    const int starts = numFrames - m_framesPerSegment + 1;
    std::vector<int> offsets(static_cast<std::size_t>(m_segments), 0);
    if (starts > 0) {
        const double avg = static_cast<double>(starts) / m_segments;
        for (int k = 0; k < m_segments; ++k)
            offsets[static_cast<std::size_t>(k)] = static_cast<int>(k * avg + avg / 2.0);
    }
    return fromStarts(offsets, numFrames);
}

std::vector<int> TsnSegmentSampler::fromStarts(const std::vector<int> &starts, int numFrames) const
{
    std::vector<int> indices;
    indices.reserve(static_cast<std::size_t>(clipLengthFrames()));
    for (const int start : starts)
        for (int i = 0; i < m_framesPerSegment; ++i)
            indices.push_back(numFrames > 0 ? (start + i) % numFrames : 0);
    return indices;
}

} // namespace as
