#include "core/data/clipdataset.h"

#include <algorithm>

#include <torch/torch.h>

#include "core/video/framecache.h"

namespace as {

ClipDataset::ClipDataset(std::vector<ClipSample> samples, ClipSampling sampling,
                         ClipTransform transform, bool train, ClipLabelMaps labelMaps)
    : m_samples(std::move(samples))
    , m_sampling(std::move(sampling))
    , m_transform(std::move(transform))
    , m_train(train)
    , m_labelMaps(std::move(labelMaps))
{
}

ClipDataset::ClipDataset(std::vector<ClipSample> samples, DenseClipSampler sampler,
                         ClipTransform transform, bool train, ClipLabelMaps labelMaps)
    : ClipDataset(std::move(samples), ClipSampling(sampler), std::move(transform), train,
                  std::move(labelMaps))
{
}

namespace {

int mapped(const std::vector<int> &map, int label)
{
    return label >= 0 && static_cast<std::size_t>(label) < map.size()
               ? map[static_cast<std::size_t>(label)]
               : label;
}

} // namespace

LabelledClip ClipDataset::get(std::size_t i, std::mt19937_64 &rng, ClipDraw *draw) const
{
    const ClipSample &sample = m_samples.at(i);
    const FrameCache cache(sample.packPath);
    std::vector<int> indices = m_train ? m_sampling.sampleTrain(cache.frameCount(), rng)
                                       : m_sampling.sampleTest(cache.frameCount());
    LabelledClip out;
    out.label = sample.label;
    const bool reversed =
        m_train && m_labelMaps.timeReverse && std::bernoulli_distribution(0.5)(rng);
    if (reversed) {
        std::reverse(indices.begin(), indices.end());
        out.label = mapped(m_labelMaps.underReverse, out.label);
    }
    const std::vector<cv::Mat> frames = cache.frames(indices);
    // ClipTransform::apply's two steps, so the geometry can be reported: the same draws.
    const ClipGeometry geometry = frames.empty() ? ClipGeometry{}
                                                 : m_transform.drawGeometry(frames.front().size(),
                                                                            m_train, rng);
    out.clip = frames.empty() ? m_transform.apply(frames, m_train, rng)
                              : m_transform.applyGeometry(frames, geometry);
    if (geometry.window.flip)
        out.label = mapped(m_labelMaps.underFlip, out.label);
    if (draw) {
        draw->reversed = reversed;
        draw->geometry = geometry;
        draw->indices = std::move(indices);
    }
    return out;
}

torch::Tensor ClipDataset::testViews(std::size_t i, int crops) const
{
    const FrameCache cache(m_samples.at(i).packPath);
    std::vector<torch::Tensor> views;
    for (const std::vector<int> &indices : m_sampling.sampleTestViews(cache.frameCount()))
        views.push_back(m_transform.applyTestCrops(cache.frames(indices), crops));
    return torch::cat(views, 0);  // [clips × crops, 3, T, H, W]
}

} // namespace as
