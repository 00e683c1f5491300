#pragma once

#include <torch/nn/module.h>
#include <torch/types.h>

namespace as {

/**
 * Common interface of every video classifier: input [N, 3, T, H, W] normalised clips,
 * output [N, numClasses] logits (no softmax).
 */
class VideoModelImpl : public torch::nn::Module
{
public:
    virtual torch::Tensor forward(torch::Tensor clips) = 0;
};

} // namespace as
