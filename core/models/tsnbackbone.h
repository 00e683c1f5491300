#pragma once

#include <torch/nn/module.h>
#include <torch/types.h>

namespace as {

/**
 * A 2-D image network cut where segment-based video models (TSN, PP-TSN, TSM) need it: the
 * pooled per-frame feature vector, and the final linear classifier that follows it. The
 * network's own children carry the reference (torchvision/timm) names; `TSNImpl` registers
 * them directly so that state_dict keys have no extra prefix.
 */
class TsnBackboneImpl : public torch::nn::Module
{
public:
    /** [M, 3, H, W] frames → [M, featureDim] globally pooled features (before dropout). */
    virtual torch::Tensor features(const torch::Tensor &frames) = 0;
    /** [..., featureDim] → [..., numClasses]: only the last linear layer. */
    virtual torch::Tensor classify(const torch::Tensor &features) = 0;
};

} // namespace as
