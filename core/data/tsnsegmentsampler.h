#pragma once

#include <random>
#include <vector>

namespace as {

/**
 * TSN segment sampling: the video is cut into `numSegments` equal parts and
 * `framesPerSegment` consecutive frames are taken from each, in temporal order, so a clip has
 * numSegments × framesPerSegment frames. Testing usually uses more segments than training
 * (TSN: 3 in training, 25 in testing): build a second sampler for it.
 *
 * The rules are mmaction2's SampleFrames (0.x, clip_len = framesPerSegment, frame_interval 1,
 * num_clips = numSegments, out_of_bound_opt 'loop'), with L = framesPerSegment, K =
 * numSegments, N = numFrames and avg = floor((N − L + 1) / K):
 *  - training, avg > 0: segment k starts at k·avg + a uniform draw in [0, avg − 1];
 *  - training, avg = 0 and N > max(K, L): K starts drawn uniformly in [0, N − L], then sorted;
 *  - training, avg = 0 otherwise: start_k = round-half-even(k · (N − L + 1) / K);
 *  - training, N < L − 1 (avg < 0): every segment starts at 0;
 *  - testing: start_k = floor((k + 0.5) · (N − L + 1) / K), the middle of each segment, when
 *    N ≥ L; every segment starts at 0 when the video is shorter than one segment.
 * Short videos (fewer than K·L frames): segments overlap or repeat frames as above, and any
 * index past the end loops back to the start (index modulo N), as mmaction2's 'loop'.
 */
class TsnSegmentSampler
{
public:
    TsnSegmentSampler(int numSegments, int framesPerSegment);

    std::vector<int> sampleRandom(int numFrames, std::mt19937_64 &rng) const;
    std::vector<int> sampleMiddle(int numFrames) const;

    int numSegments() const { return m_segments; }
    int framesPerSegment() const { return m_framesPerSegment; }
    int clipLengthFrames() const { return m_segments * m_framesPerSegment; }

private:
    std::vector<int> fromStarts(const std::vector<int> &starts, int numFrames) const;
    int m_segments;
    int m_framesPerSegment;
};

} // namespace as
