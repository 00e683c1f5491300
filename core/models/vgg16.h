#pragma once

#include "core/models/tsnbackbone.h"

#include <torch/nn/modules/container/sequential.h>

namespace as {

/**
 * VGG16 (configuration D, no BN) for single frames, with torchvision's state_dict keys:
 * `features.{0,2,5,…,28}` convs, an adaptive 7×7 average pool (so any input of at least
 * 32×32 works, as in torchvision), and `classifier.{0,3,6}` linear layers 25088→4096→4096→
 * classes with ReLU and dropout 0.5 between them.
 */
class Vgg16Impl final : public TsnBackboneImpl
{
public:
    explicit Vgg16Impl(int numClasses);

    /** The output of fc7 after its ReLU and dropout (`classifier.5`): [M, 4096]. */
    torch::Tensor features(const torch::Tensor &frames) override;
    /** `classifier.6`. */
    torch::Tensor classify(const torch::Tensor &features) override;
    torch::Tensor forward(const torch::Tensor &frames);

private:
    torch::nn::Sequential m_features{nullptr};
    torch::nn::Sequential m_classifier{nullptr};
};

} // namespace as
