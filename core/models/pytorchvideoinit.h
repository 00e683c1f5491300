#pragma once

#include <string>

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/init.h>

namespace as {

/**
 * pytorchvideo's `init_net_weights` ("resnet" style), shared by X3D and SlowFast: convs get
 * fvcore's c2_msra_fill (Kaiming normal, fan-out) and a zero bias, BatchNorms weight 1 and
 * bias 0, except the last BN of each bottleneck (`branch2.norm_c`), which starts at 0 when
 * `zeroInitFinalBn` (pytorchvideo's block_final_bn), and linears N(0, 0.01) with a zero bias.
 * Modules are visited in registration order, so the random draws match the reference order.
 */
inline void initPytorchvideoWeights(torch::nn::Module &root, bool zeroInitFinalBn)
{
    static const std::string kFinalBn = "branch2.norm_c";
    torch::NoGradGuard noGrad;
    for (const auto &item : root.named_modules("", /*include_self=*/false)) {
        torch::nn::Module &m = *item.value();
        const std::string &name = item.key();
        if (auto *conv = m.as<torch::nn::Conv3d>()) {
            torch::nn::init::kaiming_normal_(conv->weight, 0.0, torch::kFanOut, torch::kReLU);
            if (conv->bias.defined())
                conv->bias.zero_();
        } else if (auto *bn = m.as<torch::nn::BatchNorm3d>()) {
            const bool blockFinal = name.size() >= kFinalBn.size()
                && name.compare(name.size() - kFinalBn.size(), kFinalBn.size(), kFinalBn) == 0;
            bn->weight.fill_(blockFinal && zeroInitFinalBn ? 0.0 : 1.0);
            bn->bias.zero_();
        } else if (auto *linear = m.as<torch::nn::Linear>()) {
            linear->weight.normal_(0.0, 0.01);
            linear->bias.zero_();
        }
    }
}

} // namespace as
