#pragma once

#include "core/models/tsnbackbone.h"

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

namespace as {

/** Options of a 2-D ResNet-50 backbone. */
struct ResNetOptions
{
    int numClasses = 1000;
    /**
     * false: torchvision `resnet50` (7×7 stem, strided 1×1 projection shortcut).
     * true: ResNet-50-vd as timm `resnet50d` (deep stem of three 3×3 convs 3→32→32→64,
     * 2×2 average pool before a stride-1 1×1 projection in stages 2–4), the PP-TSN backbone.
     */
    bool vd = false;
};

/**
 * ResNet-50 for single frames, with the reference implementation's state_dict keys:
 * torchvision (`conv1`, `bn1`, `layer1.0.conv1`, …, `layerN.0.downsample.{0,1}`, `fc`) or
 * timm `resnet50d` (`conv1.{0,1,3,4,6}`, `bn1`, …, `layerN.0.downsample.{1,2}`, `fc`).
 * Both put the stride on the bottleneck's 3×3 conv (ResNet v1.5).
 */
class ResNetImpl final : public TsnBackboneImpl
{
public:
    explicit ResNetImpl(const ResNetOptions &options);

    torch::Tensor features(const torch::Tensor &frames) override; // [M, 2048]
    torch::Tensor classify(const torch::Tensor &features) override;
    /** Whole image classifier, as the reference's forward: [M, 3, H, W] → [M, classes]. */
    torch::Tensor forward(const torch::Tensor &frames);

private:
    ResNetOptions m_options;
    torch::nn::Conv2d m_stemConv{nullptr};       // conv1 of torchvision: 7×7, stride 2
    torch::nn::Sequential m_deepStem{nullptr};   // conv1 of ResNet-vd: three 3×3 convs
    torch::nn::BatchNorm2d m_bn1{nullptr};
    torch::nn::Sequential m_layers[4] = {nullptr, nullptr, nullptr, nullptr};
    torch::nn::Linear m_fc{nullptr};
};

} // namespace as
