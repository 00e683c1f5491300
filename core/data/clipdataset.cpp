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

SampleRange sampleRange(const ClipSample &sample, int packFrames)
{
    if (packFrames <= 0)
        return {};
    const int end = sample.endFrame < 0 ? packFrames : std::min(sample.endFrame, packFrames);
    const int first = std::clamp(sample.firstFrame, 0, packFrames - 1);
    return {first, std::max(1, end - first)};
}

namespace {

/** Indices sampled over a range's length, moved to where the range starts in the pack. */
std::vector<int> offset(std::vector<int> indices, int first)
{
    for (int &index : indices)
        index += first;
    return indices;
}

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
    // The samplers' short-video rules (looping) apply to the range as to a short video.
    const SampleRange range = sampleRange(sample, cache.frameCount());
    std::vector<int> indices = offset(m_train ? m_sampling.sampleTrain(range.count, rng)
                                              : m_sampling.sampleTest(range.count),
                                      range.first);
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
    const ClipSample &sample = m_samples.at(i);
    const FrameCache cache(sample.packPath);
    const SampleRange range = sampleRange(sample, cache.frameCount());
    std::vector<torch::Tensor> views;
    for (const std::vector<int> &indices : m_sampling.sampleTestViews(range.count))
        views.push_back(
            m_transform.applyTestCrops(cache.frames(offset(indices, range.first)), crops));
    return torch::cat(views, 0);  // [clips × crops, 3, T, H, W]
}

} // namespace as
