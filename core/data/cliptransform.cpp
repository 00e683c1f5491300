#include "core/data/cliptransform.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "core/common/error.h"

namespace as {

ClipTransform::ClipTransform(ClipTransformOptions options)
    : m_options(options)
{
}

cv::Size ClipTransform::resizedSize(cv::Size size) const
{
    // Short side to `shortSide`, aspect kept (rounded like torchvision).
    const int shortSide = m_options.shortSide;
    if (size.width <= size.height)
        return {shortSide, static_cast<int>(std::lround(double(size.height) * shortSide / size.width))};
    return {static_cast<int>(std::lround(double(size.width) * shortSide / size.height)), shortSide};
}

ClipGeometry ClipTransform::drawGeometry(cv::Size frameSize, bool train, std::mt19937_64 &rng) const
{
    const cv::Size resized = resizedSize(frameSize);
    const int crop = m_options.cropSize;
    ClipGeometry geometry;
    // The draw order (window, flip, jitter) is part of the per-seed reproducibility contract.
    if (train && m_options.multiScaleCrop) {
        geometry.window = multiScaleCropWindow(resized.width, resized.height, m_options.multiScale, rng);
        geometry.scaleToCrop = true;
    } else if (train && m_options.randomCrop) {
        geometry.window = randomCropWindow(resized.width, resized.height, crop, rng);
    } else {
        geometry.window = centreCropWindow(resized.width, resized.height, crop);
    }
    if (train && m_options.horizontalFlip)
        geometry.window.flip = std::bernoulli_distribution(0.5)(rng);
    if (train && m_options.colourJitter.enabled())
        geometry.jitter = ColourJitter(m_options.colourJitter).draw(rng);
    return geometry;
}

torch::Tensor ClipTransform::apply(const std::vector<cv::Mat> &framesBgr, bool train,
                                   std::mt19937_64 &rng, bool *flipped) const
{
    if (flipped)
        *flipped = false;
    if (framesBgr.empty())
        return torch::zeros({3, 0, m_options.cropSize, m_options.cropSize});
    const ClipGeometry geometry = drawGeometry(framesBgr.front().size(), train, rng);
    if (flipped)
        *flipped = geometry.window.flip;
    return applyGeometry(framesBgr, geometry);
}

torch::Tensor ClipTransform::applyGeometry(const std::vector<cv::Mat> &framesBgr,
                                           const ClipGeometry &geometry) const
{
    const int frames = static_cast<int>(framesBgr.size());
    const int crop = m_options.cropSize;
    if (frames == 0)
        return torch::zeros({3, 0, crop, crop});
    const cv::Size resized = resizedSize(framesBgr.front().size());
    const CropWindow &window = geometry.window;
    const cv::Rect rect(window.x, window.y, window.width, window.height);
    if ((rect & cv::Rect(0, 0, resized.width, resized.height)) != rect)
        throw Error("data.crop", "Crop window outside the " + std::to_string(resized.width) + "x" +
                                     std::to_string(resized.height) + " frame");
    // Scaled windows fill the crop; cut windows smaller than the crop are padded, centred.
    const int outW = geometry.scaleToCrop ? crop : std::min(crop, window.width);
    const int outH = geometry.scaleToCrop ? crop : std::min(crop, window.height);

    // Each frame: resize, cut the window, scale it, mirror it (never in place: `scaled` may
    // share the caller's frame). Fresh buffers per frame: `regions` may point into them.
    std::vector<cv::Mat> regions(static_cast<std::size_t>(frames));
    for (int t = 0; t < frames; ++t) {
        const cv::Mat &frame = framesBgr[static_cast<std::size_t>(t)];
        cv::Mat scaled, region;
        if (frame.size() == resized)
            scaled = frame;
        else
            cv::resize(frame, scaled, resized, 0, 0, cv::INTER_AREA);
        region = scaled(rect);
        if (geometry.scaleToCrop && region.size() != cv::Size(crop, crop)) {
            cv::Mat fitted;
            cv::resize(region, fitted, cv::Size(crop, crop), 0, 0, cv::INTER_LINEAR);
            region = fitted;
        }
        cv::Mat &out = regions[static_cast<std::size_t>(t)];
        if (window.flip)
            cv::flip(region, out, 1);
        else
            out = region;
        if (!geometry.jitter.isIdentity())
            out.convertTo(out, CV_32FC3);
    }
    ColourJitter::apply(regions, geometry.jitter);

    // Normalisation is done by OpenCV straight into the tensor's memory, channel by channel:
    // the loader calls this from its own threads, and torch ops there would start OpenMP teams
    // that fight the training step for the cores.
    torch::Tensor clip = torch::empty({3, frames, crop, crop}, torch::kFloat32);
    const int padX = (crop - outW) / 2;
    const int padY = (crop - outH) / 2;
    std::array<double, 3> scale{};
    std::array<double, 3> shift{};
    for (int c = 0; c < 3; ++c) {
        scale[c] = 1.0 / (255.0 * m_options.std[c]);
        shift[c] = -m_options.mean[c] / m_options.std[c];
    }
    cv::Mat channel;
    for (int t = 0; t < frames; ++t) {
        for (int c = 0; c < 3; ++c) {
            cv::Mat plane(crop, crop, CV_32F, clip[c][t].data_ptr<float>());
            if (outW != crop || outH != crop)
                plane.setTo(shift[c]);
            cv::extractChannel(regions[static_cast<std::size_t>(t)], channel, 2 - c);  // RGB c = BGR 2 - c
            channel.convertTo(plane(cv::Rect(padX, padY, outW, outH)), CV_32F, scale[c], shift[c]);
        }
    }
    return clip;
}

std::vector<ClipGeometry> ClipTransform::testCropGeometries(cv::Size frameSize, int crops) const
{
    const cv::Size resized = resizedSize(frameSize);
    std::vector<ClipGeometry> geometries;
    if (crops == 1) {
        geometries.push_back(
            {centreCropWindow(resized.width, resized.height, m_options.cropSize), false, {}});
    } else if (crops == 3) {
        for (const CropWindow &window : threeCropWindows(resized.width, resized.height))
            geometries.push_back({window, true, {}});
    } else if (crops == 10) {
        for (const CropWindow &window : tenCropWindows(resized.width, resized.height, m_options.cropSize))
            geometries.push_back({window, false, {}});
    } else {
        throw Error("config.test_crops",
                    "Test crops must be 1, 3 or 10, not " + std::to_string(crops), "testCrops");
    }
    return geometries;
}

torch::Tensor ClipTransform::applyTestCrops(const std::vector<cv::Mat> &framesBgr, int crops) const
{
    const int crop = m_options.cropSize;
    const auto frames = static_cast<std::int64_t>(framesBgr.size());
    torch::Tensor views = torch::empty({crops, 3, frames, crop, crop}, torch::kFloat32);
    if (framesBgr.empty())
        return views;
    const std::vector<ClipGeometry> geometries = testCropGeometries(framesBgr.front().size(), crops);
    const std::size_t viewBytes = static_cast<std::size_t>(3 * frames * crop * crop) * sizeof(float);
    for (std::size_t v = 0; v < geometries.size(); ++v) {
        const torch::Tensor view = applyGeometry(framesBgr, geometries[v]);
        std::memcpy(static_cast<char *>(views.data_ptr()) + v * viewBytes, view.data_ptr(), viewBytes);
    }
    return views;
}

} // namespace as
