#include "core/data/cliptransform.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

namespace as {

namespace {

/** Size with the short side scaled to `shortSide`, aspect kept (rounded like torchvision). */
cv::Size shortSideSize(const cv::Size &size, int shortSide)
{
    if (size.width <= size.height)
        return {shortSide, static_cast<int>(std::lround(double(size.height) * shortSide / size.width))};
    return {static_cast<int>(std::lround(double(size.width) * shortSide / size.height)), shortSide};
}

} // namespace

ClipTransform::ClipTransform(ClipTransformOptions options)
    : m_options(options)
{
}

torch::Tensor ClipTransform::apply(const std::vector<cv::Mat> &framesBgr, bool train,
                                   std::mt19937_64 &rng, bool *flipped) const
{
    const int frames = static_cast<int>(framesBgr.size());
    const int crop = m_options.cropSize;
    if (flipped)
        *flipped = false;
    if (frames == 0)
        return torch::zeros({3, 0, crop, crop});

    const cv::Size resized = shortSideSize(framesBgr.front().size(), m_options.shortSide);
    const int cropW = std::min(crop, resized.width);
    const int cropH = std::min(crop, resized.height);
    // Draw crop position and flip once: every frame of the clip gets the same geometry.
    int x = (resized.width - cropW) / 2;
    int y = (resized.height - cropH) / 2;
    bool flip = false;
    if (train && m_options.randomCrop) {
        x = std::uniform_int_distribution<int>(0, resized.width - cropW)(rng);
        y = std::uniform_int_distribution<int>(0, resized.height - cropH)(rng);
    }
    if (train && m_options.horizontalFlip)
        flip = std::bernoulli_distribution(0.5)(rng);
    if (flipped)
        *flipped = flip;


    // Normalisation is done by OpenCV straight into the tensor's memory, channel by channel:
    // the loader calls this from its own threads, and torch ops there would start OpenMP teams
    // that fight the training step for the cores. A frame smaller than the crop is padded
    // (centred) with black, so the output shape never depends on the input size.
    torch::Tensor clip = torch::empty({3, frames, crop, crop}, torch::kFloat32);
    const int padX = (crop - cropW) / 2;
    const int padY = (crop - cropH) / 2;
    std::array<double, 3> scale{};
    std::array<double, 3> shift{};
    for (int c = 0; c < 3; ++c) {
        scale[c] = 1.0 / (255.0 * m_options.std[c]);
        shift[c] = -m_options.mean[c] / m_options.std[c];
    }
    cv::Mat scaled, region, channel;
    for (int t = 0; t < frames; ++t) {
        const cv::Mat &frame = framesBgr[static_cast<std::size_t>(t)];
        if (frame.size() == resized)
            scaled = frame;
        else
            cv::resize(frame, scaled, resized, 0, 0, cv::INTER_AREA);
        region = scaled(cv::Rect(x, y, cropW, cropH));
        if (flip) {
            cv::Mat flipped;  // never in place: `scaled` may share the caller's frame
            cv::flip(region, flipped, 1);
            region = flipped;
        }
        for (int c = 0; c < 3; ++c) {
            cv::Mat plane(crop, crop, CV_32F, clip[c][t].data_ptr<float>());
            if (cropW != crop || cropH != crop)
                plane.setTo(shift[c]);
            cv::extractChannel(region, channel, 2 - c);  // RGB channel c is BGR channel 2 - c
            channel.convertTo(plane(cv::Rect(padX, padY, cropW, cropH)), CV_32F, scale[c], shift[c]);
        }
    }
    return clip;
}

} // namespace as
