#pragma once

#include "core/models/videomodel.h"

#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/container/modulelist.h>

namespace as {

/** Options of an X3D network, as pytorchvideo's `create_x3d`. */
struct X3DOptions
{
    int numClasses = 400;
    int clipLengthFrames = 4;   // XS 4, S 13, M 16, L 16
    int cropSize = 160;         // XS/S 160, M 224, L 312
    double depthFactor = 2.2;   // XS/S/M 2.2, L 5.0
    double widthFactor = 2.0;
    double bottleneckFactor = 2.25;
    int headDimOut = 2048;
    double dropout = 0.5;
    // pytorchvideo/PySlowFast start each bottleneck's last BN at zero (ZERO_INIT_FINAL_BN), so
    // every residual block begins as the identity; false starts it at one.
    bool zeroInitFinalBn = true;
    // CPU only: the depthwise 3x3x3 convs run as per-frame conv2d (x3d.cpp, much faster on
    // LibTorch 1.13); false keeps conv3d, the reference path, for benchmarks and tests.
    bool depthwiseAsConv2d = true;

    static X3DOptions xs(int numClasses);
    static X3DOptions s(int numClasses);
    static X3DOptions m(int numClasses);
    static X3DOptions l(int numClasses);
};

/**
 * X3D (Feichtenhofer 2020) exactly as pytorchvideo builds it, so state_dict keys, shapes and
 * outputs match the reference (see shared/fixtures/README.md for the quirks reproduced).
 * Submodules: `blocks.0` stem, `blocks.1..4` stages, `blocks.5` head.
 */
class X3DImpl final : public VideoModelImpl
{
public:
    explicit X3DImpl(const X3DOptions &options);
    torch::Tensor forward(torch::Tensor clips) override;

private:
    X3DOptions m_options;
    torch::nn::ModuleList m_blocks{nullptr};
};

} // namespace as
