#pragma once

#include <random>
#include <vector>

namespace as {

/** A crop window in a frame, in pixels, and whether the cropped clip is mirrored. */
struct CropWindow
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool flip = false;

    bool operator==(const CropWindow &o) const
    {
        return x == o.x && y == o.y && width == o.width && height == o.height && flip == o.flip;
    }
};

/** TSN's multi-scale crop (mmaction2 MultiScaleCrop). */
struct MultiScaleCropOptions
{
    std::vector<double> scales{1.0, 0.875, 0.75, 0.66};  // of the frame's short side
    int maxDistort = 1;        // |i − j| between the width and height scale indices
    bool fixedCorners = true;  // offsets from the fixed grid (TSN) or uniform (false)
    bool moreFixedCorners = false;  // 13 grid offsets instead of 5
};

/**
 * The crop geometries of the classic recipes, for a frame of `width` × `height` pixels. They
 * only compute windows; ClipTransform cuts them out of every frame of a clip alike.
 */

/** The centred `size` × `size` window (clamped to the frame). */
CropWindow centreCropWindow(int width, int height, int size);

/** A uniformly placed `size` × `size` window (clamped to the frame). */
CropWindow randomCropWindow(int width, int height, int size, std::mt19937_64 &rng);

/**
 * mmaction2 MultiScaleCrop: base = min(width, height), crop sizes int(base · scale); a (w, h)
 * pair is drawn uniformly from the pairs of those sizes whose indices differ by at most
 * maxDistort; the offset is drawn from the fixed grid (steps (W − w) / 4 and (H − h) / 4:
 * 4 corners + centre, or the 13 'more fix crop' points) or uniformly. The window is resized to
 * the model's crop afterwards.
 */
CropWindow multiScaleCropWindow(int width, int height, const MultiScaleCropOptions &options,
                                std::mt19937_64 &rng);

/** The (w, h) pairs multiScaleCropWindow may draw (for tests and documentation). */
std::vector<std::pair<int, int>> multiScaleCropSizes(int width, int height,
                                                     const MultiScaleCropOptions &options);

/** The grid offsets of a w × h window: 5 (corners + centre) or 13 ('more fix crop'). */
std::vector<std::pair<int, int>> fixedCropOffsets(int width, int height, int cropWidth,
                                                  int cropHeight, bool more);

/**
 * PySlowFast's three-crop: square windows with the full short side, at the start, centre and
 * end of the long side (left/centre/right for landscape frames, top/centre/bottom for
 * portrait); they are resized to the model's crop afterwards.
 */
std::vector<CropWindow> threeCropWindows(int width, int height);

/**
 * mmaction2 TenCrop: `size` × `size` windows at the 4 corners and the centre (grid steps
 * (W − size) / 4, (H − size) / 4), then the same 5 mirrored.
 */
std::vector<CropWindow> tenCropWindows(int width, int height, int size);

} // namespace as
