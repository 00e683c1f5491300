#include "core/data/clipsampling.h"

#include <algorithm>

namespace as {

ClipSampling::ClipSampling(DenseClipSampler dense, int testClips)
    : m_dense(dense)
    , m_testClips(std::max(1, testClips))
{
}

ClipSampling::ClipSampling(TsnSegmentSampler train, TsnSegmentSampler test)
    : m_trainSegments(train)
    , m_testSegments(test)
{
}

std::vector<int> ClipSampling::sampleTrain(int numFrames, std::mt19937_64 &rng) const
{
    return m_dense ? m_dense->sampleRandom(numFrames, rng) : m_trainSegments->sampleRandom(numFrames, rng);
}

std::vector<int> ClipSampling::sampleTest(int numFrames) const
{
    return m_dense ? m_dense->sampleCentred(numFrames) : m_testSegments->sampleMiddle(numFrames);
}

std::vector<std::vector<int>> ClipSampling::sampleTestViews(int numFrames) const
{
    if (m_dense)
        return m_testClips == 1 ? std::vector<std::vector<int>>{m_dense->sampleCentred(numFrames)}
                                : m_dense->sampleEvenly(numFrames, m_testClips);
    return {m_testSegments->sampleMiddle(numFrames)};
}

int ClipSampling::clipLengthFrames(bool train) const
{
    if (m_dense)
        return m_dense->clipLengthFrames();
    return train ? m_trainSegments->clipLengthFrames() : m_testSegments->clipLengthFrames();
}

int ClipSampling::spanFrames(bool train) const
{
    return m_dense ? m_dense->spanFrames() : clipLengthFrames(train);
}

} // namespace as
