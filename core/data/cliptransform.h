#pragma once

#include <array>
#include <random>
#include <vector>

#include <opencv2/core/mat.hpp>
#include <torch/types.h>

#include "core/data/colourjitter.h"
#include "core/data/cropwindows.h"

namespace as {

/** Parameters of the per-clip spatial pipeline. */
struct ClipTransformOptions
{
    int shortSide = 128;
    int cropSize = 112;
    bool randomCrop = true;       // train: random crop; test: centre crop
    bool multiScaleCrop = false;  // train: TSN multi-scale crop instead (resized to cropSize)
    MultiScaleCropOptions multiScale;
    bool horizontalFlip = false;  // train only; one coin flip for the whole clip
    ColourJitterOptions colourJitter;  // train only; one draw for the whole clip
    std::array<double, 3> mean{0.45, 0.45, 0.45};  // RGB
    std::array<double, 3> std{0.225, 0.225, 0.225};
};

/**
 * Everything random about one clip's spatial transform, drawn once: the crop window in the
 * short-side-resized frame (with its flip), whether the window is scaled to the crop size
 * (multi-scale and three-crop) or cut as is, and the colour jitter factors.
 */
struct ClipGeometry
{
    CropWindow window;
    bool scaleToCrop = false;
    ColourJitterDraw jitter;
};

/**
 * Turns BGR frames of one clip into a normalised float tensor [C=3 (RGB), T, H, W]. The crop
 * position, flip and colour jitter are drawn once per clip and applied to every frame, so
 * motion between frames is kept exactly. Frames are first resized so their short side is
 * `shortSide`; a window smaller than the crop (a frame smaller than the crop) is padded,
 * centred, with the mean colour.
 */
class ClipTransform
{
public:
    explicit ClipTransform(ClipTransformOptions options);

    /**
     * `train` chooses random crop/flip/jitter (drawn from `rng`); otherwise centre crop, no
     * flip. `flipped`, when given, tells whether this clip was mirrored (its label may change).
     */
    torch::Tensor apply(const std::vector<cv::Mat> &framesBgr, bool train, std::mt19937_64 &rng,
                        bool *flipped = nullptr) const;

    /** The geometry `apply` would use for frames of `frameSize` (before the resize). */
    ClipGeometry drawGeometry(cv::Size frameSize, bool train, std::mt19937_64 &rng) const;

    /** Applies a given geometry to every frame: [3, T, cropSize, cropSize]. */
    torch::Tensor applyGeometry(const std::vector<cv::Mat> &framesBgr,
                                const ClipGeometry &geometry) const;

    /**
     * The spatial test views of a clip: 1 (centre crop), 3 (three-crop: full short side at
     * left/centre/right, scaled to the crop) or 10 (ten-crop: corners, centre and their
     * mirrors). Returns [crops, 3, T, cropSize, cropSize].
     */
    torch::Tensor applyTestCrops(const std::vector<cv::Mat> &framesBgr, int crops) const;

    /** The geometries of applyTestCrops for frames of `frameSize`; throws for other counts. */
    std::vector<ClipGeometry> testCropGeometries(cv::Size frameSize, int crops) const;

    /** The frame size after the short-side resize. */
    cv::Size resizedSize(cv::Size frameSize) const;

    const ClipTransformOptions &options() const { return m_options; }

private:
    ClipTransformOptions m_options;
};

} // namespace as
