#include "core/models/x3d.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/pytorchvideoinit.h"

namespace as {

// The building blocks below are private to X3D: they exist only so that the module tree (and
// therefore every state_dict key) has exactly pytorchvideo's shape. They live in this file
// rather than one file each because nothing else may use them and every extra LibTorch
// translation unit costs ~30 s of build time.
namespace {

using Size3 = std::array<int64_t, 3>;

// pytorchvideo builds every norm with these values (create_x3d defaults).
constexpr double kBatchNormEps = 1e-5;
constexpr double kBatchNormMomentum = 0.1;
// Spatial stride of the stem (2) times that of the four stages (2 each).
constexpr int kTotalSpatialStride = 32;

/** pytorchvideo `round_width`: scales a channel count and rounds it to a multiple of 8. */
int roundWidth(int width, double multiplier, int minWidth = 8, int divisor = 8)
{
    const double scaled = width * multiplier;
    int out = std::max(minWidth, static_cast<int>(scaled + divisor / 2.0) / divisor * divisor);
    if (out < 0.9 * scaled)
        out += divisor;
    return out;
}

/** pytorchvideo `round_repeats`: the depth of a stage after the depth multiplier. */
int roundRepeats(int repeats, double multiplier)
{
    return static_cast<int>(std::ceil(multiplier * repeats));
}

torch::nn::Conv3d conv3d(int64_t in, int64_t out, Size3 kernel, Size3 stride = {1, 1, 1},
                         Size3 padding = {0, 0, 0}, int64_t groups = 1, bool bias = false)
{
    return torch::nn::Conv3d(torch::nn::Conv3dOptions(in, out, kernel)
                                 .stride(stride)
                                 .padding(padding)
                                 .groups(groups)
                                 .bias(bias));
}

torch::nn::BatchNorm3d batchNorm(int64_t channels)
{
    return torch::nn::BatchNorm3d(
        torch::nn::BatchNormOptions(channels).eps(kBatchNormEps).momentum(kBatchNormMomentum));
}

/**
 * The bottleneck's depthwise 3×3×3 convolution (padding 1, stride 1×s×s), computed on the CPU as
 * three depthwise 2-D convolutions, one per temporal tap, over all frames at once, whose outputs
 * are added with a shift of one frame. Same weight, same result (up to float rounding) as
 * `conv3d(x, weight, groups = C)`; only the kernels that run differ.
 *
 * Why by hand: LibTorch 1.13's CPU conv3d sends depthwise 3-D convolutions to oneDNN, whose
 * backward pass for them is slow. Measured on 2 cores for X3D-XS at batch 16 × 4 × 64²: the
 * depthwise convs of one training step take 516 ms as conv3d and 95 ms as channels-last
 * depthwise conv2d (the whole step went from ~900 ms to about half). CUDA keeps conv3d.
 */
torch::Tensor depthwiseConv3x3x3(const torch::Tensor &x, const torch::Tensor &weight,
                                 int64_t spatialStride)
{
    const int64_t n = x.size(0), channels = x.size(1), frames = x.size(2);
    const torch::Tensor perFrame = x.transpose(1, 2)
                                       .reshape({n * frames, channels, x.size(3), x.size(4)})
                                       .contiguous(at::MemoryFormat::ChannelsLast);
    std::array<torch::Tensor, 3> taps; // taps[a]: the response to the frame at offset a - 1
    for (int64_t a = 0; a < 3; ++a) {
        const torch::Tensor out = torch::conv2d(perFrame, weight.select(2, a), {}, spatialStride,
                                                /*padding=*/1, /*dilation=*/1, channels);
        taps[a] = out.view({n, frames, channels, out.size(2), out.size(3)});
    }
    // In place on the centre tap's output: conv2d's backward needs only its input and weight.
    torch::Tensor y = taps[1];
    y.narrow(1, 1, frames - 1).add_(taps[0].narrow(1, 0, frames - 1));
    y.narrow(1, 0, frames - 1).add_(taps[2].narrow(1, 1, frames - 1));
    // Back to the contiguous layout of the rest of the network: mixing layouts makes the
    // following BN, Swish and residual add slower than this one copy.
    return y.transpose(1, 2).contiguous(); // [N, C, T, H', W']
}

/** pytorchvideo's Swish, x·sigmoid(x), written out (not silu) to match its arithmetic. */
torch::Tensor swish(const torch::Tensor &x)
{
    return x * torch::sigmoid(x);
}

/**
 * The stem's two convolutions. pytorchvideo passes the spatial 1×3×3 conv as `conv_t` and
 * the depthwise temporal 5×1×1 conv as `conv_xy`; the names are kept swapped for key parity.
 */
struct StemConvImpl final : torch::nn::Module
{
    StemConvImpl(int64_t in, int64_t out)
    {
        conv_t = register_module("conv_t", conv3d(in, out, {1, 3, 3}, {1, 2, 2}, {0, 1, 1}));
        conv_xy = register_module("conv_xy", conv3d(out, out, {5, 1, 1}, {1, 1, 1}, {2, 0, 0}, out));
    }
    torch::Tensor forward(const torch::Tensor &x) { return conv_xy(conv_t(x)); }

    torch::nn::Conv3d conv_t{nullptr};
    torch::nn::Conv3d conv_xy{nullptr};
};
TORCH_MODULE(StemConv);

/** `blocks.0`: conv (spatial then temporal) → BN → ReLU. */
struct StemImpl final : torch::nn::Module
{
    StemImpl(int64_t in, int64_t out)
    {
        conv = register_module("conv", StemConv(in, out));
        norm = register_module("norm", batchNorm(out));
    }
    torch::Tensor forward(const torch::Tensor &x) { return torch::relu(norm(conv(x))); }

    StemConv conv{nullptr};
    torch::nn::BatchNorm3d norm{nullptr};
};
TORCH_MODULE(Stem);

/** fvcore SqueezeExcitation (3-D): x · sigmoid(conv(relu(conv(mean_THW(x))))). */
struct SqueezeExcitationImpl final : torch::nn::Module
{
    SqueezeExcitationImpl(int64_t channels, int64_t reduced)
    {
        block = register_module(
            "block", torch::nn::Sequential(conv3d(channels, reduced, {1, 1, 1}, {1, 1, 1},
                                                  {0, 0, 0}, 1, true),
                                           torch::nn::ReLU(),
                                           conv3d(reduced, channels, {1, 1, 1}, {1, 1, 1},
                                                  {0, 0, 0}, 1, true),
                                           torch::nn::Sigmoid()));
    }
    torch::Tensor forward(const torch::Tensor &x)
    {
        const torch::Tensor mean = x.mean({2, 3, 4}, /*keepdim=*/true); // [N, C, 1, 1, 1]
        return torch::mul(x, block->forward(mean));
    }

    torch::nn::Sequential block{nullptr};
};
TORCH_MODULE(SqueezeExcitation);

/**
 * `branch2`: conv_a 1×1×1 → BN → ReLU → conv_b 3×3×3 depthwise (carries the stride) →
 * norm_b (BN, then SE or Identity) → Swish → conv_c 1×1×1 → BN.
 */
struct BottleneckImpl final : torch::nn::Module
{
    BottleneckImpl(int64_t dimIn, int64_t dimInner, int64_t dimOut, int64_t spatialStride,
                   bool withSqueezeExcitation, bool depthwiseAsConv2d)
        : spatialStride(spatialStride)
        , depthwiseAsConv2d(depthwiseAsConv2d)
    {
        conv_a = register_module("conv_a", conv3d(dimIn, dimInner, {1, 1, 1}));
        norm_a = register_module("norm_a", batchNorm(dimInner));
        conv_b = register_module("conv_b", conv3d(dimInner, dimInner, {3, 3, 3},
                                                  {1, spatialStride, spatialStride}, {1, 1, 1},
                                                  dimInner));
        // pytorchvideo wraps the BN in a Sequential even without SE, hence `norm_b.0.*` keys.
        norm_b = torch::nn::Sequential(batchNorm(dimInner));
        if (withSqueezeExcitation)
            norm_b->push_back(SqueezeExcitation(dimInner, roundWidth(dimInner, 0.0625)));
        else
            norm_b->push_back(torch::nn::Identity());
        register_module("norm_b", norm_b);
        conv_c = register_module("conv_c", conv3d(dimInner, dimOut, {1, 1, 1}));
        norm_c = register_module("norm_c", batchNorm(dimOut));
    }
    torch::Tensor forward(const torch::Tensor &input)
    {
        torch::Tensor x = torch::relu(norm_a(conv_a(input)));
        x = x.is_cuda() || !depthwiseAsConv2d
                ? conv_b(x)
                : depthwiseConv3x3x3(x, conv_b->weight, spatialStride);
        x = swish(norm_b->forward(x));
        return norm_c(conv_c(x));
    }

    int64_t spatialStride;
    bool depthwiseAsConv2d;
    torch::nn::Conv3d conv_a{nullptr};
    torch::nn::BatchNorm3d norm_a{nullptr};
    torch::nn::Conv3d conv_b{nullptr};
    torch::nn::Sequential norm_b{nullptr};
    torch::nn::Conv3d conv_c{nullptr};
    torch::nn::BatchNorm3d norm_c{nullptr};
};
TORCH_MODULE(Bottleneck);

/**
 * A residual block: ReLU(shortcut + branch2(x)). The shortcut is a strided 1×1×1 conv when
 * the shape changes; its BN exists only when the width changes (stage 1 has none).
 */
struct ResBlockImpl final : torch::nn::Module
{
    ResBlockImpl(int64_t dimIn, int64_t dimInner, int64_t dimOut, int64_t spatialStride,
                 bool withSqueezeExcitation, bool depthwiseAsConv2d)
    {
        if (dimIn != dimOut || spatialStride > 1) {
            branch1_conv = register_module(
                "branch1_conv", conv3d(dimIn, dimOut, {1, 1, 1}, {1, spatialStride, spatialStride}));
        }
        if (dimIn != dimOut)
            branch1_norm = register_module("branch1_norm", batchNorm(dimOut));
        branch2 = register_module("branch2", Bottleneck(dimIn, dimInner, dimOut, spatialStride,
                                                        withSqueezeExcitation, depthwiseAsConv2d));
    }
    torch::Tensor forward(const torch::Tensor &x)
    {
        torch::Tensor shortcut = x;
        if (branch1_conv) {
            shortcut = branch1_conv(x);
            if (branch1_norm)
                shortcut = branch1_norm(shortcut);
        }
        return torch::relu(shortcut + branch2(x));
    }

    torch::nn::Conv3d branch1_conv{nullptr};
    torch::nn::BatchNorm3d branch1_norm{nullptr};
    Bottleneck branch2{nullptr};
};
TORCH_MODULE(ResBlock);

/** `blocks.1..4`: `res_blocks.K`; the first block strides, SE on blocks 0, 2, 4, … */
struct ResStageImpl final : torch::nn::Module
{
    ResStageImpl(int depth, int64_t dimIn, int64_t dimInner, int64_t dimOut,
                 bool depthwiseAsConv2d)
    {
        res_blocks = register_module("res_blocks", torch::nn::ModuleList());
        for (int i = 0; i < depth; ++i) {
            res_blocks->push_back(ResBlock(i == 0 ? dimIn : dimOut, dimInner, dimOut,
                                           i == 0 ? 2 : 1, /*withSqueezeExcitation=*/i % 2 == 0,
                                           depthwiseAsConv2d));
        }
    }
    torch::Tensor forward(torch::Tensor x)
    {
        for (size_t i = 0; i < res_blocks->size(); ++i)
            x = res_blocks->ptr<ResBlockImpl>(i)->forward(x);
        return x;
    }

    torch::nn::ModuleList res_blocks{nullptr};
};
TORCH_MODULE(ResStage);

/** `blocks.5.pool`: pre_conv → BN → ReLU → AvgPool3d(stride 1) → post_conv → ReLU. */
struct ProjectedPoolImpl final : torch::nn::Module
{
    ProjectedPoolImpl(int64_t dimIn, int64_t dimInner, int64_t dimOut, Size3 poolKernel)
        : kernel(poolKernel)
    {
        pre_conv = register_module("pre_conv", conv3d(dimIn, dimInner, {1, 1, 1}));
        pre_norm = register_module("pre_norm", batchNorm(dimInner));
        post_conv = register_module("post_conv", conv3d(dimInner, dimOut, {1, 1, 1}));
    }
    torch::Tensor forward(const torch::Tensor &input)
    {
        torch::Tensor x = torch::relu(pre_norm(pre_conv(input)));
        // The kernel comes from the configured clip and crop. A smaller input than configured
        // would make the reference fail; shrinking the kernel to fit keeps it usable (for the
        // configured size this is exactly the reference pooling).
        Size3 k = kernel;
        for (int d = 0; d < 3; ++d)
            k[d] = std::min<int64_t>(k[d], x.size(2 + d));
        x = torch::avg_pool3d(x, k, /*stride=*/{1, 1, 1});
        return torch::relu(post_conv(x));
    }

    Size3 kernel;
    torch::nn::Conv3d pre_conv{nullptr};
    torch::nn::BatchNorm3d pre_norm{nullptr};
    torch::nn::Conv3d post_conv{nullptr};
};
TORCH_MODULE(ProjectedPool);

/** `blocks.5`: projected pool → dropout → Linear per position → global average. */
struct HeadImpl final : torch::nn::Module
{
    HeadImpl(int64_t dimIn, int64_t dimInner, int64_t dimOut, int64_t numClasses,
             Size3 poolKernel, double dropoutRate)
    {
        pool = register_module("pool", ProjectedPool(dimIn, dimInner, dimOut, poolKernel));
        if (dropoutRate > 0.0)
            dropout = register_module("dropout", torch::nn::Dropout(dropoutRate));
        proj = register_module("proj", torch::nn::Linear(dimOut, numClasses));
    }
    torch::Tensor forward(const torch::Tensor &input)
    {
        torch::Tensor x = pool(input);
        if (dropout)
            x = dropout(x);
        x = x.permute({0, 2, 3, 4, 1}); // [N, T, H, W, C]
        x = proj(x);
        x = x.permute({0, 4, 1, 2, 3}); // [N, classes, T, H, W]
        x = torch::adaptive_avg_pool3d(x, {1, 1, 1});
        return x.reshape({x.size(0), -1}); // [N, classes]
    }

    ProjectedPool pool{nullptr};
    torch::nn::Dropout dropout{nullptr};
    torch::nn::Linear proj{nullptr};
};
TORCH_MODULE(Head);


} // namespace

X3DOptions X3DOptions::xs(int numClasses)
{
    X3DOptions o;
    o.numClasses = numClasses;
    o.clipLengthFrames = 4;
    o.cropSize = 160;
    o.depthFactor = 2.2;
    return o;
}

X3DOptions X3DOptions::s(int numClasses)
{
    X3DOptions o = xs(numClasses);
    o.clipLengthFrames = 13;
    return o;
}

X3DOptions X3DOptions::m(int numClasses)
{
    X3DOptions o = xs(numClasses);
    o.clipLengthFrames = 16;
    o.cropSize = 224;
    return o;
}

X3DOptions X3DOptions::l(int numClasses)
{
    X3DOptions o = xs(numClasses);
    o.clipLengthFrames = 16;
    o.cropSize = 312;
    o.depthFactor = 5.0;
    return o;
}

X3DImpl::X3DImpl(const X3DOptions &options)
    : m_options(options)
{
    if (options.numClasses < 1)
        throw Error("model.options", "X3D: numClasses must be at least 1, got " +
                                         std::to_string(options.numClasses));
    if (options.clipLengthFrames < 1 || options.cropSize < kTotalSpatialStride) {
        throw Error("model.options",
                    "X3D needs at least 1 frame and a crop of at least " +
                        std::to_string(kTotalSpatialStride) + " pixels, got " +
                        std::to_string(options.clipLengthFrames) + " frames of " +
                        std::to_string(options.cropSize) + " pixels");
    }

    constexpr int kStemDimIn = 12;
    const int stemDimOut = roundWidth(kStemDimIn, options.widthFactor);
    m_blocks = register_module("blocks", torch::nn::ModuleList());
    m_blocks->push_back(Stem(3, stemDimOut));

    const std::array<int, 4> baseDepths{1, 2, 5, 3};
    int stageDim = kStemDimIn;
    int dimIn = stemDimOut;
    int dimInner = 0;
    for (int stage = 0; stage < 4; ++stage) {
        if (stage > 0)
            stageDim = roundWidth(stageDim, 2.0);
        const int dimOut = roundWidth(stageDim, options.widthFactor);
        dimInner = static_cast<int>(options.bottleneckFactor * dimOut);
        const int depth = roundRepeats(baseDepths[stage], options.depthFactor);
        m_blocks->push_back(
            ResStage(depth, dimIn, dimInner, dimOut, options.depthwiseAsConv2d));
        dimIn = dimOut;
    }

    const int64_t poolSpatial = (options.cropSize + kTotalSpatialStride - 1) / kTotalSpatialStride;
    m_blocks->push_back(Head(dimIn, dimInner, options.headDimOut, options.numClasses,
                             Size3{options.clipLengthFrames, poolSpatial, poolSpatial},
                             options.dropout));
    initPytorchvideoWeights(*this, options.zeroInitFinalBn);
}

torch::Tensor X3DImpl::forward(torch::Tensor clips)
{
    if (clips.dim() != 5 || clips.size(1) != 3) {
        throw Error("model.input", "X3D expects clips shaped [N, 3, T, H, W], got " +
                                       c10::str(clips.sizes()));
    }
    torch::Tensor x = m_blocks->ptr<StemImpl>(0)->forward(clips);
    for (size_t stage = 1; stage <= 4; ++stage)
        x = m_blocks->ptr<ResStageImpl>(stage)->forward(x);
    return m_blocks->ptr<HeadImpl>(5)->forward(x); // [N, classes]
}

} // namespace as
