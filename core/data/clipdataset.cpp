#include "core/data/clipdataset.h"

#include <torch/torch.h>

#include "core/video/framecache.h"

namespace as {

ClipDataset::ClipDataset(std::vector<ClipSample> samples, DenseClipSampler sampler,
                         ClipTransform transform, bool train)
    : m_samples(std::move(samples))
    , m_sampler(sampler)
    , m_transform(std::move(transform))
    , m_train(train)
{
}

torch::Tensor ClipDataset::get(std::size_t i, std::mt19937_64 &rng) const
{
    const FrameCache cache(m_samples.at(i).packPath);
    const std::vector<int> indices = m_train ? m_sampler.sampleRandom(cache.frameCount(), rng)
                                             : m_sampler.sampleCentred(cache.frameCount());
    return m_transform.apply(cache.frames(indices), m_train, rng);
}

} // namespace as
