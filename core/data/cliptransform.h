#pragma once

#include <array>
#include <random>
#include <vector>

#include <opencv2/core/mat.hpp>
#include <torch/types.h>

namespace as {

/** Parameters of the per-clip spatial pipeline. */
struct ClipTransformOptions
{
    int shortSide = 128;
    int cropSize = 112;
    bool randomCrop = true;       // train: random crop; test: centre crop
    bool horizontalFlip = false;  // train only; one coin flip for the whole clip
    std::array<double, 3> mean{0.45, 0.45, 0.45};  // RGB
    std::array<double, 3> std{0.225, 0.225, 0.225};
};

/**
 * Turns BGR frames of one clip into a normalised float tensor [C=3 (RGB), T, H, W]. The crop
 * position and flip are drawn once per clip and applied to every frame, so motion between
 * frames is kept exactly.
 */
class ClipTransform
{
public:
    explicit ClipTransform(ClipTransformOptions options);

    /**
     * `train` chooses random crop/flip (drawn from `rng`); otherwise centre crop, no flip.
     * `flipped`, when given, tells whether this clip was mirrored (its label may change).
     */
    torch::Tensor apply(const std::vector<cv::Mat> &framesBgr, bool train, std::mt19937_64 &rng,
                        bool *flipped = nullptr) const;

    const ClipTransformOptions &options() const { return m_options; }

private:
    ClipTransformOptions m_options;
};

} // namespace as
