#pragma once

#include "core/models/tsnbackbone.h"

#include <torch/nn/modules/container/sequential.h>

namespace as {

/** Options of a MobileNetV2 (width 1.0) frame network, optionally with TSM's temporal shift. */
struct MobileNetV2Options
{
    int numClasses = 1000;
    /**
     * 0: plain torchvision MobileNetV2. > 0: TSM — frames come as [N · shiftSegments, 3, H, W]
     * with the segments of a clip consecutive, and every inverted residual block that has a
     * residual connection shifts 1/shiftDiv of its channels one frame back and 1/shiftDiv one
     * frame forward at the start of its residual branch (mmaction2 `MobileNetV2TSM`).
     */
    int shiftSegments = 0;
    int shiftDiv = 8;
};

/**
 * MobileNetV2 with torchvision's state_dict keys (`features.0.{0,1}`, `features.N.conv.*`,
 * `features.18.{0,1}`, `classifier.1`); 3,504,872 parameters with 1000 classes. The temporal
 * shift adds no parameter, so an ImageNet torchvision checkpoint initialises a TSM model.
 */
class MobileNetV2Impl final : public TsnBackboneImpl
{
public:
    explicit MobileNetV2Impl(const MobileNetV2Options &options);

    torch::Tensor features(const torch::Tensor &frames) override; // [M, 1280]
    /** `classifier.1`; the reference's own dropout (`classifier.0`) is left to the caller. */
    torch::Tensor classify(const torch::Tensor &features) override;
    torch::Tensor forward(const torch::Tensor &frames);

private:
    MobileNetV2Options m_options;
    torch::nn::Sequential m_features{nullptr};
    torch::nn::Sequential m_classifier{nullptr};
};

} // namespace as
