#pragma once

#include <random>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace as {

/** Strengths as torchvision's ColorJitter: factors drawn in [max(0, 1 − s), 1 + s], hue in [−h, h]. */
struct ColourJitterOptions
{
    double brightness = 0.0;
    double contrast = 0.0;
    double saturation = 0.0;
    double hue = 0.0;  // fraction of the hue circle, at most 0.5

    bool enabled() const { return brightness > 0 || contrast > 0 || saturation > 0 || hue > 0; }
};

/** One draw of the jitter factors; the identity by default. */
struct ColourJitterDraw
{
    double brightness = 1.0;
    double contrast = 1.0;
    double saturation = 1.0;
    double hue = 0.0;

    bool isIdentity() const
    {
        return brightness == 1.0 && contrast == 1.0 && saturation == 1.0 && hue == 0.0;
    }
};

/**
 * Colour jitter for a whole clip: the factors are drawn once per clip and applied to every
 * frame alike, in torchvision's definitions (brightness scales, contrast blends with the mean
 * grey level, saturation blends with the grey image, hue rotates in HSV), in that fixed order.
 * Unlike torchvision's per-image contrast, the grey mean is the clip's (all frames together),
 * so the same affine map applies to every frame and motion is not disturbed.
 */
class ColourJitter
{
public:
    explicit ColourJitter(ColourJitterOptions options);

    /** Draws the factors (nothing is drawn for a strength of 0). */
    ColourJitterDraw draw(std::mt19937_64 &rng) const;

    /**
     * Applies `draw` in place to BGR frames (CV_32FC3, values in [0, 255]); results are
     * clamped to [0, 255]. The identity draw leaves the frames untouched.
     */
    static void apply(std::vector<cv::Mat> &framesBgr, const ColourJitterDraw &draw);

    const ColourJitterOptions &options() const { return m_options; }

private:
    ColourJitterOptions m_options;
};

} // namespace as
