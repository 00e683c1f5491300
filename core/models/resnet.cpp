#include "core/models/resnet.h"

#include <string>

#include <torch/torch.h>

#include "core/common/error.h"

namespace as {

// The bottleneck is private to ResNet: it exists so that the module tree (and so every key)
// has the reference's shape. It lives here rather than in its own file because nothing else
// uses it and every LibTorch translation unit costs ~30 s of build time.
namespace {

constexpr int64_t kExpansion = 4;
constexpr int kStageDepths[4] = {3, 4, 6, 3}; // ResNet-50
constexpr int64_t kStageWidths[4] = {64, 128, 256, 512};

torch::nn::Conv2d conv2d(int64_t in, int64_t out, int64_t kernel, int64_t stride = 1,
                         int64_t padding = 0)
{
    return torch::nn::Conv2d(
        torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(padding).bias(false));
}

torch::nn::BatchNorm2d batchNorm(int64_t channels)
{
    return torch::nn::BatchNorm2d(torch::nn::BatchNormOptions(channels));
}

/**
 * conv1 1×1 → bn1 → ReLU → conv2 3×3 (carries the stride) → bn2 → ReLU → conv3 1×1 → bn3,
 * added to the shortcut, then ReLU. The projection shortcut (`downsample`) is a strided 1×1
 * conv + BN in torchvision; in ResNet-vd a 2×2 average pool (ceil mode, padding not counted;
 * an Identity when the stride is 1) then a stride-1 1×1 conv + BN, hence keys `.1`/`.2`.
 */
struct BottleneckImpl final : torch::nn::Module
{
    BottleneckImpl(int64_t in, int64_t width, int64_t stride, bool vd)
    {
        const int64_t out = width * kExpansion;
        conv1 = register_module("conv1", conv2d(in, width, 1));
        bn1 = register_module("bn1", batchNorm(width));
        conv2 = register_module("conv2", conv2d(width, width, 3, stride, 1));
        bn2 = register_module("bn2", batchNorm(width));
        conv3 = register_module("conv3", conv2d(width, out, 1));
        bn3 = register_module("bn3", batchNorm(out));
        if (stride == 1 && in == out)
            return;
        if (!vd) {
            downsample = torch::nn::Sequential(conv2d(in, out, 1, stride), batchNorm(out));
        } else if (stride == 1) {
            downsample = torch::nn::Sequential(torch::nn::Identity(), conv2d(in, out, 1),
                                               batchNorm(out));
        } else {
            downsample = torch::nn::Sequential(
                torch::nn::AvgPool2d(torch::nn::AvgPool2dOptions(2).stride(stride).ceil_mode(true)
                                         .count_include_pad(false)),
                conv2d(in, out, 1), batchNorm(out));
        }
        register_module("downsample", downsample);
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        const torch::Tensor shortcut = downsample ? downsample->forward(x) : x;
        torch::Tensor y = torch::relu(bn1(conv1(x)));
        y = torch::relu(bn2(conv2(y)));
        y = bn3(conv3(y));
        return torch::relu(y + shortcut);
    }

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
    torch::nn::Sequential downsample{nullptr};
};
TORCH_MODULE(Bottleneck);

} // namespace

ResNetImpl::ResNetImpl(const ResNetOptions &options)
    : m_options(options)
{
    if (options.numClasses < 1)
        throw Error("model.options", "ResNet-50: numClasses must be at least 1, got " +
                                         std::to_string(options.numClasses));
    // Registration order is the reference's, so state_dict keys come out in its order.
    if (options.vd) {
        m_deepStem = register_module(
            "conv1", torch::nn::Sequential(conv2d(3, 32, 3, 2, 1), batchNorm(32),
                                           torch::nn::ReLU(), conv2d(32, 32, 3, 1, 1),
                                           batchNorm(32), torch::nn::ReLU(),
                                           conv2d(32, 64, 3, 1, 1)));
    } else {
        m_stemConv = register_module("conv1", conv2d(3, 64, 7, 2, 3));
    }
    m_bn1 = register_module("bn1", batchNorm(64));
    int64_t in = 64;
    for (int s = 0; s < 4; ++s) {
        m_layers[s] = torch::nn::Sequential();
        for (int b = 0; b < kStageDepths[s]; ++b) {
            const int64_t stride = (s > 0 && b == 0) ? 2 : 1;
            m_layers[s]->push_back(Bottleneck(in, kStageWidths[s], stride, options.vd));
            in = kStageWidths[s] * kExpansion;
        }
        register_module("layer" + std::to_string(s + 1), m_layers[s]);
    }
    m_fc = register_module("fc", torch::nn::Linear(in, options.numClasses));

    // torchvision's and timm's init: Kaiming-normal (fan_out, ReLU) convs, BN weight 1 and
    // bias 0; the fc keeps nn.Linear's default. timm also starts each bottleneck's last BN at
    // zero (zero_init_last), so that every residual block begins as the identity.
    torch::NoGradGuard noGrad;
    for (const auto &item : named_modules(/*name_prefix=*/"", /*include_self=*/false)) {
        if (auto *conv = item.value()->as<torch::nn::Conv2d>()) {
            torch::nn::init::kaiming_normal_(conv->weight, 0.0, torch::kFanOut, torch::kReLU);
        } else if (auto *bn = item.value()->as<torch::nn::BatchNorm2d>()) {
            const bool zero = options.vd && item.key().size() >= 3
                && item.key().compare(item.key().size() - 3, 3, "bn3") == 0;
            bn->weight.fill_(zero ? 0.0 : 1.0);
            bn->bias.zero_();
        }
    }
}

torch::Tensor ResNetImpl::features(const torch::Tensor &frames)
{
    namespace F = torch::nn::functional;
    torch::Tensor x = m_deepStem ? m_deepStem->forward(frames) : m_stemConv(frames);
    x = torch::relu(m_bn1(x));
    x = F::max_pool2d(x, F::MaxPool2dFuncOptions(3).stride(2).padding(1));
    for (auto &layer : m_layers)
        x = layer->forward(x);
    return F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions(1)).flatten(1); // [M, 2048]
}

torch::Tensor ResNetImpl::classify(const torch::Tensor &features)
{
    return m_fc(features);
}

torch::Tensor ResNetImpl::forward(const torch::Tensor &frames)
{
    return classify(features(frames));
}

} // namespace as
