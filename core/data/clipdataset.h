#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/data/clipsampler.h"
#include "core/data/cliptransform.h"

namespace as {

/** One labelled video of a dataset: its frame-cache pack and label index. */
struct ClipSample
{
    std::string packPath;
    int label = 0;
    std::int64_t videoId = 0;
};

/**
 * A cheap value: the list of samples plus how to sample and transform them. `get` opens the
 * pack, samples indices and transforms; it is thread-safe.
 */
class ClipDataset
{
public:
    ClipDataset(std::vector<ClipSample> samples, DenseClipSampler sampler,
                ClipTransform transform, bool train);

    std::size_t size() const { return m_samples.size(); }
    const ClipSample &sample(std::size_t i) const { return m_samples[i]; }
    bool train() const { return m_train; }

    /** Clip `i` as [3, T, H, W]; the random draws come from `rng`. */
    torch::Tensor get(std::size_t i, std::mt19937_64 &rng) const;

private:
    std::vector<ClipSample> m_samples;
    DenseClipSampler m_sampler;
    ClipTransform m_transform;
    bool m_train;
};

} // namespace as
