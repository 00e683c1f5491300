#pragma once

#include <cstdint>
#include <vector>

#include <torch/nn/modules/container/modulelist.h>

#include "core/models/videomodel.h"

namespace as {

/**
 * Options of a SlowFast network, as pytorchvideo's `create_slowfast` (model_depth 50). The two
 * reference variants differ only in alpha, the fusion kernel and the head's pool kernels; see
 * shared/fixtures/README.md for the exact constructions.
 */
struct SlowFastOptions
{
    int numClasses = 400;
    int alpha = 8; // fast/slow frame-rate ratio (fusion temporal stride)
    int fusionKernelFrames = 5; // temporal size of conv_fast_to_slow (5 for 4x16, 7 for 8x8)
    int channelReductionRatio = 8; // 1/beta: fast channels = slow channels / 8
    int fusionChannelRatio = 2; // conv_fast_to_slow outputs 2x the fast channels
    int fastFrames = 32; // T of the fast pathway, i.e. of the input clip
    int cropSize = 224; // decides the head's spatial pool kernel (crop / 32)
    double dropout = 0.5;
    // pytorchvideo marks the last BN of every bottleneck (`branch2.norm_c`) `block_final_bn` and
    // starts it at weight 0, so each residual block begins as the identity; false starts it at 1.
    bool zeroInitFinalBn = true;
    // CPU inference only (no gradient recorded): every conv runs through oneDNN directly instead
    // of LibTorch 1.13's heuristic choice, which at batch 1 falls back to im2col + reference BLAS
    // on Debian (see slowfast.cpp, runConv: a 4x16 forward at 224 px 12.1 s -> 2.2 s on one
    // thread). Training always uses conv3d. false keeps conv3d everywhere, for comparison.
    bool cpuConvViaOneDnn = true;

    /** SlowFast R50 4x16: slow 4 frames, fast 32, alpha 8, fusion kernel 5. */
    static SlowFastOptions r50_4x16(int numClasses);
    /** SlowFast R50 8x8 (pytorchvideo hub `slowfast_r50`): slow 8, fast 32, alpha 4, kernel 7. */
    static SlowFastOptions r50_8x8(int numClasses);
};

/**
 * The frames of a fast clip that form the slow pathway, exactly as PySlowFast's `PackPathway`
 * picks them: `torch.linspace(0, fastFrames - 1, fastFrames / alpha).long()` (truncated float32
 * positions, so 32 frames at alpha 8 give 0, 10, 20, 31, not 0, 8, 16, 24).
 * Throws `Error` unless fastFrames is a positive multiple of alpha.
 */
std::vector<int64_t> slowPathwayFrameIndices(int64_t fastFrames, int64_t alpha);

/** The slow pathway's clip [N, 3, T/alpha, H, W] taken from a fast clip [N, 3, T, H, W]. */
torch::Tensor packSlowPathway(const torch::Tensor &fastClip, int64_t alpha);

/**
 * SlowFast R50 (Feichtenhofer et al. 2019) exactly as pytorchvideo builds it, so that the
 * state_dict keys, their order and shapes equal the reference (fixtures
 * `slowfast_r50_4x16.keys.txt`, `slowfast_r50_8x8.keys.txt`).
 *
 * Like every VideoModel it takes ONE tensor: the fast clip [N, 3, fastFrames, H, W]. The slow
 * pathway is built inside forward() with `packSlowPathway` (PySlowFast's PackPathway), so the
 * data pipeline samples one dense clip (fastFrames frames) and never sees two pathways.
 *
 * Submodules: `blocks.0` stems (slow 1x7x7, fast 5x7x7, each BN, ReLU, 1x3x3 max pool) and the
 * first fast-to-slow fusion; `blocks.1..4` res2..res5 per pathway, fusions after res2..res4;
 * `blocks.5` per-pathway average pool and concatenation (no parameters); `blocks.6` the head
 * (dropout, `proj` Linear 2304 -> classes, global average).
 *
 * The head's average pools use the reference kernels (fastFrames/alpha or fastFrames, crop/32,
 * crop/32) with stride 1 followed by a global average, as pytorchvideo does; for inputs smaller
 * than the configured crop each kernel side is clipped to the feature map, so the pool becomes a
 * global (adaptive) average and tiny test inputs work where the reference would fail.
 */
class SlowFastImpl final : public VideoModelImpl
{
public:
    explicit SlowFastImpl(const SlowFastOptions &options);
    /** clips: the fast clip [N, 3, fastFrames, H, W]; returns logits [N, numClasses]. */
    torch::Tensor forward(torch::Tensor clips) override;

    const SlowFastOptions &options() const { return m_options; }

private:
    SlowFastOptions m_options;
    torch::nn::ModuleList m_blocks {nullptr};
};

} // namespace as
