#pragma once

#include <optional>
#include <random>
#include <vector>

#include "core/data/clipsampler.h"
#include "core/data/tsnsegmentsampler.h"

namespace as {

/**
 * How a dataset picks the frames of a clip: dense clips (X3D, C3D, SlowFast, TSM) or TSN
 * segments, for training and for testing. A cheap value.
 *
 *  - dense: training draws a random clip, testing takes the centred clip; the multi-view test
 *    takes `testClips` evenly spaced clips (DenseClipSampler::sampleEvenly);
 *  - segments: training draws a random frame in each of the training segments, testing takes
 *    the middle of each of the (usually more, TSN: 25) test segments; the multi-view test is
 *    that one clip of test segments.
 * The short-video rules are those of DenseClipSampler and TsnSegmentSampler.
 */
class ClipSampling
{
public:
    explicit ClipSampling(DenseClipSampler dense, int testClips = 1);
    ClipSampling(TsnSegmentSampler train, TsnSegmentSampler test);

    bool segments() const { return m_trainSegments.has_value(); }
    std::vector<int> sampleTrain(int numFrames, std::mt19937_64 &rng) const;
    std::vector<int> sampleTest(int numFrames) const;
    /** The temporal views of the multi-view test, each a list of frame indices. */
    std::vector<std::vector<int>> sampleTestViews(int numFrames) const;
    /** Frames per clip in training or in testing. */
    int clipLengthFrames(bool train) const;
    /**
     * The fewest source frames a clip needs to show no frame twice: a dense clip's span, or
     * every segment's frames. A shorter range loops (see the short-video rules).
     */
    int spanFrames(bool train) const;

private:
    std::optional<DenseClipSampler> m_dense;
    int m_testClips = 1;
    std::optional<TsnSegmentSampler> m_trainSegments;
    std::optional<TsnSegmentSampler> m_testSegments;
};

} // namespace as
