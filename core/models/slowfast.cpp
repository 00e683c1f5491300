#include "core/models/slowfast.h"

#include <algorithm>
#include <array>
#include <memory>
#include <string>

#include <ATen/Context.h>
#include <ATen/ops/mkldnn_convolution.h>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/pytorchvideoinit.h"

namespace as {

// The building blocks below are private to SlowFast: they exist so that the module tree, and
// therefore every state_dict key and its order, has exactly pytorchvideo's shape
// (`blocks.N.multipathway_blocks.P.res_blocks.M.branch2.conv_a`, ...). They stay in this file,
// as X3D's do, because nothing else may use them and every extra LibTorch translation unit costs
// ~30 s of build time.
namespace {

using Size3 = std::array<int64_t, 3>;

// create_slowfast defaults.
constexpr double kBatchNormEps = 1e-5;
constexpr double kBatchNormMomentum = 0.1;
constexpr int64_t kStemDimOut = 64; // slow stem; the fast stem has 64 / beta
constexpr std::array<int, 4> kStageDepths {3, 4, 6, 3}; // ResNet-50: res2..res5
// Spatial stride of the stem conv and max pool (2 each) times res3..res5 (2 each).
constexpr int64_t kTotalSpatialStride = 32;

torch::nn::Conv3d conv3d(int64_t in, int64_t out, Size3 kernel, Size3 stride = {1, 1, 1},
                         Size3 padding = {0, 0, 0})
{
    return torch::nn::Conv3d(
        torch::nn::Conv3dOptions(in, out, kernel).stride(stride).padding(padding).bias(false));
}

torch::nn::BatchNorm3d batchNorm(int64_t channels)
{
    return torch::nn::BatchNorm3d(
        torch::nn::BatchNormOptions(channels).eps(kBatchNormEps).momentum(kBatchNormMomentum));
}

/**
 * Runs `conv` (no bias, numeric padding) on `x`. With `oneDnn`, when no gradient is recorded
 * (inference, evaluation) and `x` is a float CPU tensor, the conv goes straight to oneDNN
 * (`mkldnn_convolution`: same weights, same result up to float rounding); otherwise it is the
 * module's own conv3d.
 *
 * Why: LibTorch 1.13's conv3d picks oneDNN only by a heuristic meant for a fast BLAS; at batch 1,
 * or on one thread for 1x1x1 kernels, it takes the native im2col + GEMM path, and Debian's
 * LibTorch links the reference (netlib) libblas. Measured on this machine, 1 thread, batch 1:
 * [1,1024,4,14,14] * [256,1024,3,1,1] takes 537 ms as conv3d and 15 ms through oneDNN;
 * [1,64,4,56,56] * [64,64,1,3,3] 514 ms and 11 ms; a whole forward at 224 px 12.1 s and 2.2 s
 * (4x16), 11.1 s and 2.7 s (8x8), outputs within 1.2e-7. Training keeps conv3d: a 4x16
 * training step (batch 4, 32 x 112², 2 threads) took 9.4-9.7 s with conv3d and 13.4-15.7 s
 * with mkldnn_convolution's own backward.
 */
torch::Tensor runConv(torch::nn::Conv3d conv, const torch::Tensor &x, bool oneDnn)
{
    const bool recordsGradient
        = torch::GradMode::is_enabled() && (x.requires_grad() || conv->weight.requires_grad());
    if (!oneDnn || recordsGradient || !x.device().is_cpu() || x.scalar_type() != torch::kFloat
        || !at::hasMKLDNN() || !at::globalContext().userEnabledMkldnn()) {
        return conv->forward(x);
    }
    const auto &o = conv->options;
    const auto &padding = c10::get<torch::ExpandingArray<3>>(o.padding());
    return at::mkldnn_convolution(x.contiguous(), conv->weight, {}, padding, o.stride(),
                                  o.dilation(), o.groups());
}

/** What one pathway runs inside a `MultiPathWayWithFuse` block: a stem or a res stage. */
struct PathwayBlock : torch::nn::Module
{
    virtual torch::Tensor forward(const torch::Tensor &x) = 0;
};

/**
 * pytorchvideo `ResNetBasicStem`: conv (stride 1x2x2, padding kernel/2, no bias) → BN → ReLU →
 * max pool 1x3x3 (stride 1x2x2, padding 0x1x1).
 */
struct StemImpl final : PathwayBlock
{
    StemImpl(int64_t in, int64_t out, Size3 kernel, bool oneDnn)
        : oneDnn(oneDnn)
    {
        conv = register_module(
            "conv",
            conv3d(in, out, kernel, {1, 2, 2}, {kernel[0] / 2, kernel[1] / 2, kernel[2] / 2}));
        norm = register_module("norm", batchNorm(out));
    }
    torch::Tensor forward(const torch::Tensor &x) override
    {
        return torch::max_pool3d(torch::relu(norm(runConv(conv, x, oneDnn))), {1, 3, 3}, {1, 2, 2},
                                 {0, 1, 1});
    }

    bool oneDnn;
    torch::nn::Conv3d conv {nullptr};
    torch::nn::BatchNorm3d norm {nullptr};
};

/**
 * `branch2`: conv_a Tx1x1 (T = 1 or 3, padding T/2) → BN → ReLU → conv_b 1x3x3 (carries the
 * spatial stride) → BN → ReLU → conv_c 1x1x1 → BN (`norm_c`, the block's final BN).
 */
struct BottleneckImpl final : torch::nn::Module
{
    BottleneckImpl(int64_t dimIn, int64_t dimInner, int64_t dimOut, int64_t convAFrames,
                   int64_t spatialStride, bool oneDnn)
        : oneDnn(oneDnn)
    {
        conv_a = register_module(
            "conv_a",
            conv3d(dimIn, dimInner, {convAFrames, 1, 1}, {1, 1, 1}, {convAFrames / 2, 0, 0}));
        norm_a = register_module("norm_a", batchNorm(dimInner));
        conv_b = register_module(
            "conv_b",
            conv3d(dimInner, dimInner, {1, 3, 3}, {1, spatialStride, spatialStride}, {0, 1, 1}));
        norm_b = register_module("norm_b", batchNorm(dimInner));
        conv_c = register_module("conv_c", conv3d(dimInner, dimOut, {1, 1, 1}));
        norm_c = register_module("norm_c", batchNorm(dimOut));
    }
    torch::Tensor forward(const torch::Tensor &input)
    {
        torch::Tensor x = torch::relu(norm_a(runConv(conv_a, input, oneDnn)));
        x = torch::relu(norm_b(runConv(conv_b, x, oneDnn)));
        return norm_c(runConv(conv_c, x, oneDnn));
    }

    bool oneDnn;
    torch::nn::Conv3d conv_a {nullptr};
    torch::nn::BatchNorm3d norm_a {nullptr};
    torch::nn::Conv3d conv_b {nullptr};
    torch::nn::BatchNorm3d norm_b {nullptr};
    torch::nn::Conv3d conv_c {nullptr};
    torch::nn::BatchNorm3d norm_c {nullptr};
};

/**
 * pytorchvideo `ResBlock`: ReLU(shortcut + branch2(x)). The shortcut is a 1x1x1 conv with the
 * block's stride plus a BN whenever the width or the resolution changes (the first block of
 * every stage), otherwise the identity.
 */
struct ResBlockImpl final : torch::nn::Module
{
    ResBlockImpl(int64_t dimIn, int64_t dimInner, int64_t dimOut, int64_t convAFrames,
                 int64_t spatialStride, bool oneDnn)
        : oneDnn(oneDnn)
    {
        if (dimIn != dimOut || spatialStride > 1) {
            branch1_conv = register_module(
                "branch1_conv",
                conv3d(dimIn, dimOut, {1, 1, 1}, {1, spatialStride, spatialStride}));
            branch1_norm = register_module("branch1_norm", batchNorm(dimOut));
        }
        branch2 = register_module("branch2",
                                  std::make_shared<BottleneckImpl>(
                                      dimIn, dimInner, dimOut, convAFrames, spatialStride, oneDnn));
    }
    torch::Tensor forward(const torch::Tensor &x)
    {
        const torch::Tensor shortcut
            = branch1_conv ? branch1_norm(runConv(branch1_conv, x, oneDnn)) : x;
        return torch::relu(shortcut + branch2->forward(x));
    }

    bool oneDnn;
    torch::nn::Conv3d branch1_conv {nullptr};
    torch::nn::BatchNorm3d branch1_norm {nullptr};
    std::shared_ptr<BottleneckImpl> branch2;
};

/** `res_blocks.K` of one pathway in one stage; only the first block strides. */
struct ResStageImpl final : PathwayBlock
{
    ResStageImpl(int depth, int64_t dimIn, int64_t dimInner, int64_t dimOut, int64_t convAFrames,
                 int64_t spatialStride, bool oneDnn)
    {
        res_blocks = register_module("res_blocks", torch::nn::ModuleList());
        for (int i = 0; i < depth; ++i) {
            res_blocks->push_back(
                std::make_shared<ResBlockImpl>(i == 0 ? dimIn : dimOut, dimInner, dimOut,
                                               convAFrames, i == 0 ? spatialStride : 1, oneDnn));
        }
    }
    torch::Tensor forward(const torch::Tensor &input) override
    {
        torch::Tensor x = input;
        for (size_t i = 0; i < res_blocks->size(); ++i)
            x = res_blocks->ptr<ResBlockImpl>(i)->forward(x);
        return x;
    }

    torch::nn::ModuleList res_blocks {nullptr};
};

/**
 * pytorchvideo `FuseFastToSlow`: a time-strided conv (k x1x1, stride alpha, padding k/2, no bias)
 * maps the fast features to 2x their channels at the slow frame rate; BN → ReLU; the result is
 * concatenated to the slow features along the channels.
 */
struct FuseFastToSlowImpl final : torch::nn::Module
{
    FuseFastToSlowImpl(int64_t fastChannels, int64_t channelRatio, int64_t kernelFrames,
                       int64_t alpha, bool oneDnn)
        : oneDnn(oneDnn)
    {
        conv_fast_to_slow = register_module("conv_fast_to_slow",
                                            conv3d(fastChannels, fastChannels * channelRatio,
                                                   {kernelFrames, 1, 1}, {alpha, 1, 1},
                                                   {kernelFrames / 2, 0, 0}));
        norm = register_module("norm", batchNorm(fastChannels * channelRatio));
    }
    torch::Tensor forward(const torch::Tensor &slow, const torch::Tensor &fast)
    {
        const torch::Tensor fused = torch::relu(norm(runConv(conv_fast_to_slow, fast, oneDnn)));
        return torch::cat({slow, fused}, 1); // [N, Cs + 2Cf, Ts, H, W]
    }

    bool oneDnn;
    torch::nn::Conv3d conv_fast_to_slow {nullptr};
    torch::nn::BatchNorm3d norm {nullptr};
};

/**
 * pytorchvideo `MultiPathWayWithFuse` (`blocks.0..4`): `multipathway_blocks.0` runs on the slow
 * features, `.1` on the fast ones, then `multipathway_fusion` (absent after res5, where the
 * reference has an Identity without keys) feeds the fast features into the slow ones.
 */
struct MultiPathwayImpl final : torch::nn::Module
{
    MultiPathwayImpl(std::shared_ptr<PathwayBlock> slowBlock,
                     std::shared_ptr<PathwayBlock> fastBlock,
                     std::shared_ptr<FuseFastToSlowImpl> fusion)
    {
        multipathway_blocks = register_module("multipathway_blocks", torch::nn::ModuleList());
        multipathway_blocks->push_back(std::move(slowBlock));
        multipathway_blocks->push_back(std::move(fastBlock));
        if (fusion)
            multipathway_fusion = register_module("multipathway_fusion", std::move(fusion));
    }
    void forward(torch::Tensor &slow, torch::Tensor &fast)
    {
        slow = multipathway_blocks->ptr<PathwayBlock>(0)->forward(slow);
        fast = multipathway_blocks->ptr<PathwayBlock>(1)->forward(fast);
        if (multipathway_fusion)
            slow = multipathway_fusion->forward(slow, fast);
    }

    torch::nn::ModuleList multipathway_blocks {nullptr};
    std::shared_ptr<FuseFastToSlowImpl> multipathway_fusion;
};

/**
 * pytorchvideo `PoolConcatPathway` (`blocks.5`, no parameters): an AvgPool3d (stride 1) per
 * pathway with the configured kernel, then concatenation along the channels. A kernel side
 * larger than the feature map (an input smaller than configured, e.g. in tests) is clipped to
 * it, which makes that pool a global average instead of a failure.
 */
struct PoolConcatImpl final : torch::nn::Module
{
    PoolConcatImpl(Size3 slowKernel, Size3 fastKernel)
        : kernels {slowKernel, fastKernel}
    {
    }
    static torch::Tensor pool(const torch::Tensor &x, Size3 kernel)
    {
        for (int d = 0; d < 3; ++d)
            kernel[d] = std::min<int64_t>(kernel[d], x.size(2 + d));
        return torch::avg_pool3d(x, kernel, /*stride=*/ {1, 1, 1});
    }
    torch::Tensor forward(const torch::Tensor &slow, const torch::Tensor &fast)
    {
        return torch::cat({pool(slow, kernels[0]), pool(fast, kernels[1])}, 1); // [N, C, t, h, w]
    }

    std::array<Size3, 2> kernels;
};

/** pytorchvideo `ResNetBasicHead` without pool (`blocks.6`): dropout → proj → global average. */
struct HeadImpl final : torch::nn::Module
{
    HeadImpl(int64_t dimIn, int64_t numClasses, double dropoutRate)
    {
        if (dropoutRate > 0.0)
            dropout = register_module("dropout", torch::nn::Dropout(dropoutRate));
        proj = register_module("proj", torch::nn::Linear(dimIn, numClasses));
    }
    torch::Tensor forward(const torch::Tensor &input)
    {
        torch::Tensor x = dropout ? dropout(input) : input;
        x = proj(x.permute({0, 2, 3, 4, 1})); // [N, t, h, w, classes]
        x = torch::adaptive_avg_pool3d(x.permute({0, 4, 1, 2, 3}), // [N, classes, t, h, w]
                                       {1, 1, 1});
        return x.reshape({x.size(0), -1}); // [N, classes]
    }

    torch::nn::Dropout dropout {nullptr};
    torch::nn::Linear proj {nullptr};
};


} // namespace

SlowFastOptions SlowFastOptions::r50_4x16(int numClasses)
{
    SlowFastOptions o;
    o.numClasses = numClasses;
    o.alpha = 8;
    o.fusionKernelFrames = 5;
    return o;
}

SlowFastOptions SlowFastOptions::r50_8x8(int numClasses)
{
    SlowFastOptions o;
    o.numClasses = numClasses;
    o.alpha = 4;
    o.fusionKernelFrames = 7;
    return o;
}

std::vector<int64_t> slowPathwayFrameIndices(int64_t fastFrames, int64_t alpha)
{
    if (alpha < 1 || fastFrames < alpha || fastFrames % alpha != 0) {
        throw Error("model.input",
                    "SlowFast needs a fast clip whose frame count is a positive multiple of alpha "
                    "(" + std::to_string(alpha)
                        + "), got " + std::to_string(fastFrames) + " frames",
                    "model.clipLengthFrames");
    }
    // PySlowFast PackPathway: float32 linspace, truncated to integers by .long().
    const torch::Tensor positions
        = torch::linspace(0, static_cast<double>(fastFrames - 1), fastFrames / alpha)
              .to(torch::kLong);
    return std::vector<int64_t>(positions.data_ptr<int64_t>(),
                                positions.data_ptr<int64_t>() + positions.numel());
}

torch::Tensor packSlowPathway(const torch::Tensor &fastClip, int64_t alpha)
{
    if (fastClip.dim() != 5) {
        throw Error("model.input",
                    "SlowFast expects a fast clip shaped [N, 3, T, H, W], got "
                        + c10::str(fastClip.sizes()));
    }
    const std::vector<int64_t> frames = slowPathwayFrameIndices(fastClip.size(2), alpha);
    const torch::Tensor index
        = torch::tensor(frames, torch::TensorOptions(torch::kLong).device(fastClip.device()));
    return fastClip.index_select(2, index); // [N, 3, T / alpha, H, W]
}

SlowFastImpl::SlowFastImpl(const SlowFastOptions &options)
    : m_options(options)
{
    if (options.numClasses < 1) {
        throw Error("model.options",
                    "SlowFast: numClasses must be at least 1, got "
                        + std::to_string(options.numClasses),
                    "model.numClasses");
    }
    if (options.alpha < 1 || options.fastFrames < options.alpha
        || options.fastFrames % options.alpha != 0) {
        throw Error("model.options",
                    "SlowFast: the clip length (fast pathway, " + std::to_string(options.fastFrames)
                        + " frames) must be a positive multiple of alpha ("
                        + std::to_string(options.alpha) + ")",
                    "model.clipLengthFrames");
    }
    if (options.cropSize < 1 || options.fusionKernelFrames < 1
        || options.fusionKernelFrames % 2 == 0 || options.channelReductionRatio < 1
        || kStemDimOut % options.channelReductionRatio != 0) {
        throw Error("model.options",
                    "SlowFast: invalid crop size (" + std::to_string(options.cropSize)
                        + "), fusion kernel (" + std::to_string(options.fusionKernelFrames)
                        + ", must be odd) or channel reduction ratio ("
                        + std::to_string(options.channelReductionRatio) + ")",
                    "model.cropSize");
    }

    const int64_t beta = options.channelReductionRatio; // fast width = slow width / beta
    const int64_t fusionRatio = options.fusionChannelRatio;
    const bool oneDnn = options.cpuConvViaOneDnn;
    auto fusion = [&](int64_t fastChannels) {
        return std::make_shared<FuseFastToSlowImpl>(
            fastChannels, fusionRatio, options.fusionKernelFrames, options.alpha, oneDnn);
    };

    m_blocks = register_module("blocks", torch::nn::ModuleList());
    // blocks.0: stems (slow 1x7x7, fast 5x7x7) and the first fusion.
    m_blocks->push_back(std::make_shared<MultiPathwayImpl>(
        std::make_shared<StemImpl>(3, kStemDimOut, Size3 {1, 7, 7}, oneDnn),
        std::make_shared<StemImpl>(3, kStemDimOut / beta, Size3 {5, 7, 7}, oneDnn),
        fusion(kStemDimOut / beta)));

    // blocks.1..4: res2..res5. The slow input carries the fused fast channels too.
    int64_t stageDimIn = kStemDimOut;
    int64_t stageDimOut = stageDimIn * 4;
    for (int stage = 0; stage < 4; ++stage) {
        const int64_t spatialStride = stage == 0 ? 1 : 2;
        // Slow conv_a is 1x1x1 in res2/res3 and 3x1x1 in res4/res5; fast always 3x1x1.
        const int64_t slowConvAFrames = stage < 2 ? 1 : 3;
        auto slow = std::make_shared<ResStageImpl>(
            kStageDepths[stage], stageDimIn + stageDimIn * fusionRatio / beta, stageDimOut / 4,
            stageDimOut, slowConvAFrames, spatialStride, oneDnn);
        auto fast = std::make_shared<ResStageImpl>(kStageDepths[stage], stageDimIn / beta,
                                                   stageDimOut / 4 / beta, stageDimOut / beta, 3,
                                                   spatialStride, oneDnn);
        m_blocks->push_back(std::make_shared<MultiPathwayImpl>(
            slow, fast, stage < 3 ? fusion(stageDimOut / beta) : nullptr));
        stageDimIn = stageDimOut;
        stageDimOut *= 2;
    }

    // blocks.5 / blocks.6: pool per pathway, concatenate, head (2048 + 256 = 2304 features).
    const int64_t poolSpatial = (options.cropSize + kTotalSpatialStride - 1) / kTotalSpatialStride;
    m_blocks->push_back(std::make_shared<PoolConcatImpl>(
        Size3 {options.fastFrames / options.alpha, poolSpatial, poolSpatial},
        Size3 {options.fastFrames, poolSpatial, poolSpatial}));
    m_blocks->push_back(std::make_shared<HeadImpl>(stageDimIn + stageDimIn / beta,
                                                   options.numClasses, options.dropout));
    initPytorchvideoWeights(*this, options.zeroInitFinalBn);
}

torch::Tensor SlowFastImpl::forward(torch::Tensor clips)
{
    if (clips.dim() != 5 || clips.size(1) != 3 || clips.size(2) != m_options.fastFrames) {
        throw Error("model.input",
                    "SlowFast expects the fast clip shaped [N, 3, "
                        + std::to_string(m_options.fastFrames)
                        + ", H, W] (it takes the slow pathway's frames from it itself), got "
                        + c10::str(clips.sizes()),
                    "input");
    }
    torch::Tensor slow = packSlowPathway(clips, m_options.alpha); // [N, 3, T / alpha, H, W]
    torch::Tensor fast = clips; // [N, 3, T, H, W]
    for (size_t i = 0; i <= 4; ++i)
        m_blocks->ptr<MultiPathwayImpl>(i)->forward(slow, fast);
    const torch::Tensor pooled = m_blocks->ptr<PoolConcatImpl>(5)->forward(slow, fast);
    return m_blocks->ptr<HeadImpl>(6)->forward(pooled); // [N, classes]
}

} // namespace as
