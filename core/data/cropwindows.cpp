#include "core/data/cropwindows.h"

#include <algorithm>
#include <cstdlib>

namespace as {

CropWindow centreCropWindow(int width, int height, int size)
{
    const int w = std::min(size, width);
    const int h = std::min(size, height);
    return {(width - w) / 2, (height - h) / 2, w, h, false};
}

CropWindow randomCropWindow(int width, int height, int size, std::mt19937_64 &rng)
{
    const int w = std::min(size, width);
    const int h = std::min(size, height);
    // Drawn x first, then y: the order the loader has always used (seeds stay comparable).
    const int x = std::uniform_int_distribution<int>(0, width - w)(rng);
    const int y = std::uniform_int_distribution<int>(0, height - h)(rng);
    return {x, y, w, h, false};
}

std::vector<std::pair<int, int>> multiScaleCropSizes(int width, int height,
                                                     const MultiScaleCropOptions &options)
{
    const int base = std::min(width, height);
    std::vector<int> sizes;
    for (const double scale : options.scales)
        sizes.push_back(std::max(1, static_cast<int>(base * scale)));
    // mmaction2's order: height index outer, width index inner.
    std::vector<std::pair<int, int>> pairs;
    for (std::size_t i = 0; i < sizes.size(); ++i)
        for (std::size_t j = 0; j < sizes.size(); ++j)
            if (std::abs(static_cast<int>(i) - static_cast<int>(j)) <= options.maxDistort)
                pairs.emplace_back(sizes[j], sizes[i]);  // (w, h)
    return pairs;
}

std::vector<std::pair<int, int>> fixedCropOffsets(int width, int height, int cropWidth,
                                                  int cropHeight, bool more)
{
    const int w = (width - cropWidth) / 4;
    const int h = (height - cropHeight) / 4;
    std::vector<std::pair<int, int>> offsets{{0, 0}, {4 * w, 0}, {0, 4 * h}, {4 * w, 4 * h},
                                             {2 * w, 2 * h}};
    if (more) {
        const std::vector<std::pair<int, int>> extra{{0, 2 * h}, {4 * w, 2 * h}, {2 * w, 4 * h},
                                                     {2 * w, 0},     {1 * w, 1 * h}, {3 * w, 1 * h},
                                                     {1 * w, 3 * h}, {3 * w, 3 * h}};
        offsets.insert(offsets.end(), extra.begin(), extra.end());
    }
    return offsets;
}

CropWindow multiScaleCropWindow(int width, int height, const MultiScaleCropOptions &options,
                                std::mt19937_64 &rng)
{
    const std::vector<std::pair<int, int>> sizes = multiScaleCropSizes(width, height, options);
    const auto &[w, h] =
        sizes[std::uniform_int_distribution<std::size_t>(0, sizes.size() - 1)(rng)];
    CropWindow window{0, 0, std::min(w, width), std::min(h, height), false};
    if (options.fixedCorners) {
        const auto offsets =
            fixedCropOffsets(width, height, window.width, window.height, options.moreFixedCorners);
        const auto &[x, y] =
            offsets[std::uniform_int_distribution<std::size_t>(0, offsets.size() - 1)(rng)];
        window.x = x;
        window.y = y;
    } else {
        window.x = std::uniform_int_distribution<int>(0, width - window.width)(rng);
        window.y = std::uniform_int_distribution<int>(0, height - window.height)(rng);
    }
    return window;
}

std::vector<CropWindow> threeCropWindows(int width, int height)
{
    const int side = std::min(width, height);
    std::vector<CropWindow> windows;
    for (int k = 0; k < 3; ++k) {
        if (width >= height)
            windows.push_back({k * (width - side) / 2, 0, side, side, false});
        else
            windows.push_back({0, k * (height - side) / 2, side, side, false});
    }
    return windows;
}

std::vector<CropWindow> tenCropWindows(int width, int height, int size)
{
    const int w = std::min(size, width);
    const int h = std::min(size, height);
    std::vector<CropWindow> windows;
    for (const auto &[x, y] : fixedCropOffsets(width, height, w, h, false))
        windows.push_back({x, y, w, h, false});
    for (int k = 0; k < 5; ++k) {
        CropWindow mirrored = windows[static_cast<std::size_t>(k)];
        mirrored.flip = true;
        windows.push_back(mirrored);
    }
    return windows;
}

} // namespace as
