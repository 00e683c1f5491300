#include "core/models/mobilenetv2.h"

#include <string>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/temporalshift.h"

namespace as {

// The inverted residual block is private to MobileNetV2: it exists so that the module tree
// (and so every key) has torchvision's shape; one file, because every LibTorch translation
// unit costs ~30 s of build time.
namespace {

constexpr int64_t kStemChannels = 32;
constexpr int64_t kLastChannels = 1280;
constexpr double kClassifierDropout = 0.2;

/** torchvision's inverted residual setting: expansion t, channels c, repeats n, stride s. */
struct StageSetting
{
    int64_t expansion, channels, repeats, stride;
};
constexpr StageSetting kStages[] = {{1, 16, 1, 1},  {6, 24, 2, 2},  {6, 32, 3, 2}, {6, 64, 4, 2},
                                    {6, 96, 3, 1},  {6, 160, 3, 2}, {6, 320, 1, 1}};

/**
 * torchvision `Conv2dNormActivation`: conv (no bias, "same" padding) → BN → ReLU6, keys
 * `.0`/`.1`. A Sequential with a typed forward, so that it can sit inside another Sequential.
 */
struct ConvBnRelu6Impl final : torch::nn::SequentialImpl
{
    ConvBnRelu6Impl(int64_t in, int64_t out, int64_t kernel, int64_t stride = 1,
                    int64_t groups = 1)
    {
        push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                        .stride(stride)
                                        .padding((kernel - 1) / 2)
                                        .groups(groups)
                                        .bias(false)));
        push_back(torch::nn::BatchNorm2d(out));
        push_back(torch::nn::ReLU6());
    }
    torch::Tensor forward(torch::Tensor x) { return SequentialImpl::forward(std::move(x)); }
};
TORCH_MODULE(ConvBnRelu6);

/**
 * torchvision `InvertedResidual`: `conv` = [1×1 expansion conv-BN-ReLU6 unless t = 1] →
 * 3×3 depthwise conv-BN-ReLU6 (carries the stride) → 1×1 projection conv → BN; added to the
 * input when the stride is 1 and the width is unchanged. With TSM, that residual branch
 * starts with the temporal shift (the identity path is not shifted).
 */
struct InvertedResidualImpl final : torch::nn::Module
{
    InvertedResidualImpl(int64_t in, int64_t out, int64_t stride, int64_t expansion,
                         int64_t shiftSegments, int64_t shiftDiv)
        : useResidual(stride == 1 && in == out)
        , shiftSegments(useResidual ? shiftSegments : 0)
        , shiftDiv(shiftDiv)
    {
        const int64_t hidden = in * expansion;
        conv = torch::nn::Sequential();
        if (expansion != 1)
            conv->push_back(ConvBnRelu6(in, hidden, 1));
        conv->push_back(ConvBnRelu6(hidden, hidden, 3, stride, hidden));
        conv->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(hidden, out, 1).bias(false)));
        conv->push_back(torch::nn::BatchNorm2d(out));
        register_module("conv", conv);
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        if (!useResidual)
            return conv->forward(x);
        const torch::Tensor branchInput =
            shiftSegments > 0 ? temporalShift(x, shiftSegments, shiftDiv) : x;
        return x + conv->forward(branchInput);
    }

    bool useResidual;
    int64_t shiftSegments;
    int64_t shiftDiv;
    torch::nn::Sequential conv{nullptr};
};
TORCH_MODULE(InvertedResidual);

} // namespace

MobileNetV2Impl::MobileNetV2Impl(const MobileNetV2Options &options)
    : m_options(options)
{
    if (options.numClasses < 1)
        throw Error("model.options", "MobileNetV2: numClasses must be at least 1, got " +
                                         std::to_string(options.numClasses));
    if (options.shiftSegments < 0 || options.shiftDiv < 1)
        throw Error("model.options", "MobileNetV2: temporal shift needs shiftSegments >= 0 and "
                                     "shiftDiv >= 1");
    m_features = torch::nn::Sequential();
    m_features->push_back(ConvBnRelu6(3, kStemChannels, 3, 2));
    int64_t in = kStemChannels;
    for (const StageSetting &stage : kStages) {
        for (int64_t i = 0; i < stage.repeats; ++i) {
            m_features->push_back(InvertedResidual(in, stage.channels, i == 0 ? stage.stride : 1,
                                                   stage.expansion, options.shiftSegments,
                                                   options.shiftDiv));
            in = stage.channels;
        }
    }
    m_features->push_back(ConvBnRelu6(in, kLastChannels, 1));
    register_module("features", m_features);
    m_classifier = torch::nn::Sequential(torch::nn::Dropout(kClassifierDropout),
                                         torch::nn::Linear(kLastChannels, options.numClasses));
    register_module("classifier", m_classifier);

    // torchvision's init: Kaiming-normal (fan_out) convs, BN weight 1 bias 0, linear
    // normal(0, 0.01) with bias 0.
    torch::NoGradGuard noGrad;
    for (const auto &module : modules(/*include_self=*/false)) {
        if (auto *conv = module->as<torch::nn::Conv2d>()) {
            torch::nn::init::kaiming_normal_(conv->weight, 0.0, torch::kFanOut);
        } else if (auto *bn = module->as<torch::nn::BatchNorm2d>()) {
            bn->weight.fill_(1.0);
            bn->bias.zero_();
        } else if (auto *linear = module->as<torch::nn::Linear>()) {
            linear->weight.normal_(0.0, 0.01);
            linear->bias.zero_();
        }
    }
}

torch::Tensor MobileNetV2Impl::features(const torch::Tensor &frames)
{
    if (m_options.shiftSegments > 0 && frames.size(0) % m_options.shiftSegments != 0) {
        throw Error("model.input", "TSM-MobileNetV2 expects whole clips of " +
                                       std::to_string(m_options.shiftSegments) +
                                       " frames folded into the batch, got " +
                                       c10::str(frames.sizes()));
    }
    namespace F = torch::nn::functional;
    const torch::Tensor x = m_features->forward(frames);
    return F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions(1)).flatten(1); // [M, 1280]
}

torch::Tensor MobileNetV2Impl::classify(const torch::Tensor &features)
{
    return m_classifier->ptr<torch::nn::LinearImpl>(1)->forward(features);
}

torch::Tensor MobileNetV2Impl::forward(const torch::Tensor &frames)
{
    return classify(m_classifier->ptr<torch::nn::DropoutImpl>(0)->forward(features(frames)));
}

} // namespace as
