#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/data/clipsampler.h"
#include "core/data/clipsampling.h"
#include "core/data/cliptransform.h"

namespace as {

/**
 * One labelled sample of a dataset: frames [firstFrame, endFrame) of a video's frame-cache
 * pack and their label index. A whole-video label covers every frame (the default range); a
 * labelled segment of a long recording covers its own stretch, so the recording needs no
 * cutting. Clips are sampled within the range only.
 */
struct ClipSample
{
    std::string packPath;
    int label = 0;
    std::int64_t videoId = 0;
    int firstFrame = 0;
    int endFrame = -1;  // one past the last frame; -1: the end of the video
};

/**
 * The frames [first, first + count) of `sample` in a pack of `packFrames` frames: its range
 * clamped to the pack (a pack a frame shorter than the probe said still works), never empty
 * while the pack has a frame.
 */
struct SampleRange
{
    int first = 0;
    int count = 0;
};
SampleRange sampleRange(const ClipSample &sample, int packFrames);

/**
 * Training augmentations that change which class a clip shows: mirrored, "move left" becomes
 * "move right"; played backwards, "grow" becomes "shrink". Each map sends a label to the label
 * of the transformed clip; an empty map leaves every label as it is.
 */
struct ClipLabelMaps
{
    std::vector<int> underFlip;
    bool timeReverse = false;      // play half the training clips backwards
    std::vector<int> underReverse;
};

/** A transformed clip [3, T, H, W] and the label of what it now shows. */
struct LabelledClip
{
    torch::Tensor clip;
    int label = 0;
};

/**
 * What `ClipDataset::get` drew for one clip, for previews: the video frames in the order the
 * model gets them, whether they were reversed, and the spatial geometry (crop, flip, jitter).
 */
struct ClipDraw
{
    std::vector<int> indices;  // after the time reversal, when drawn
    bool reversed = false;
    ClipGeometry geometry;
};

/**
 * A cheap value: the list of samples plus how to sample and transform them. `get` opens the
 * pack, samples indices and transforms; it is thread-safe.
 */
class ClipDataset
{
public:
    ClipDataset(std::vector<ClipSample> samples, ClipSampling sampling, ClipTransform transform,
                bool train, ClipLabelMaps labelMaps = {});
    ClipDataset(std::vector<ClipSample> samples, DenseClipSampler sampler,
                ClipTransform transform, bool train, ClipLabelMaps labelMaps = {});

    std::size_t size() const { return m_samples.size(); }
    const ClipSample &sample(std::size_t i) const { return m_samples[i]; }
    bool train() const { return m_train; }

    /**
     * Clip `i` and its label after augmentation; the random draws come from `rng`. `draw`,
     * when given, receives what was drawn (it does not change the draws).
     */
    LabelledClip get(std::size_t i, std::mt19937_64 &rng, ClipDraw *draw = nullptr) const;

    /**
     * The multi-view test input of clip `i`: [views, 3, T, H, W] with views = clips × crops,
     * clip-major (the `crops` spatial views of the first temporal view come first). The
     * temporal views are the sampling's test views, the spatial ones ClipTransform's test
     * crops (1, 3 or 10). An evaluator averages the model's scores over the views.
     */
    torch::Tensor testViews(std::size_t i, int crops) const;

private:
    std::vector<ClipSample> m_samples;
    ClipSampling m_sampling;
    ClipTransform m_transform;
    bool m_train;
    ClipLabelMaps m_labelMaps;
};

} // namespace as
