#include "core/models/vgg16.h"

#include <string>

#include <torch/torch.h>

#include "core/common/error.h"

namespace as {

namespace {

constexpr int kMaxPool = 0;
// torchvision cfgs["D"]: channel counts, kMaxPool for a 2×2 max pool.
constexpr int kConfigD[] = {64,  64,  kMaxPool, 128, 128, kMaxPool, 256, 256, 256, kMaxPool,
                            512, 512, 512, kMaxPool, 512, 512, 512, kMaxPool};
constexpr int64_t kPooledSize = 7;
constexpr int64_t kHiddenFeatures = 4096;
constexpr double kClassifierDropout = 0.5;
// classifier.0 … classifier.5 make the features; classifier.6 is the last linear layer.
constexpr size_t kLastLinearIndex = 6;

} // namespace

Vgg16Impl::Vgg16Impl(int numClasses)
{
    if (numClasses < 1)
        throw Error("model.options",
                    "VGG16: numClasses must be at least 1, got " + std::to_string(numClasses));
    m_features = torch::nn::Sequential();
    int64_t in = 3;
    for (const int width : kConfigD) {
        if (width == kMaxPool) {
            m_features->push_back(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(2).stride(2)));
        } else {
            m_features->push_back(
                torch::nn::Conv2d(torch::nn::Conv2dOptions(in, width, 3).padding(1)));
            m_features->push_back(torch::nn::ReLU());
            in = width;
        }
    }
    register_module("features", m_features);
    const auto dropout = [] { return torch::nn::Dropout(kClassifierDropout); };
    m_classifier = torch::nn::Sequential(
        torch::nn::Linear(in * kPooledSize * kPooledSize, kHiddenFeatures), torch::nn::ReLU(),
        dropout(), torch::nn::Linear(kHiddenFeatures, kHiddenFeatures), torch::nn::ReLU(),
        dropout(), torch::nn::Linear(kHiddenFeatures, numClasses));
    register_module("classifier", m_classifier);

    // torchvision's init: Kaiming-normal (fan_out, ReLU) convs, linear normal(0, 0.01), biases 0.
    torch::NoGradGuard noGrad;
    for (const auto &module : modules(/*include_self=*/false)) {
        if (auto *conv = module->as<torch::nn::Conv2d>()) {
            torch::nn::init::kaiming_normal_(conv->weight, 0.0, torch::kFanOut, torch::kReLU);
            conv->bias.zero_();
        } else if (auto *linear = module->as<torch::nn::Linear>()) {
            linear->weight.normal_(0.0, 0.01);
            linear->bias.zero_();
        }
    }
}

torch::Tensor Vgg16Impl::features(const torch::Tensor &frames)
{
    namespace F = torch::nn::functional;
    torch::Tensor x = m_features->forward(frames);
    x = F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions(kPooledSize));
    x = x.flatten(1); // [M, 512 · 7 · 7]
    for (auto it = m_classifier->begin(); it != m_classifier->begin() + kLastLinearIndex; ++it)
        x = it->forward(x);
    return x; // [M, 4096]
}

torch::Tensor Vgg16Impl::classify(const torch::Tensor &features)
{
    return (m_classifier->begin() + kLastLinearIndex)->forward(features);
}

torch::Tensor Vgg16Impl::forward(const torch::Tensor &frames)
{
    return classify(features(frames));
}

} // namespace as
