#pragma once

#include <random>

#include <torch/types.h>

namespace as {

/**
 * A batch after Video Mix-up: data = λ · a + (1 − λ) · b, where b is the same batch in another
 * order. The loss is λ · loss(labelsA) + (1 − λ) · loss(labelsB), or the cross entropy with
 * mixupSoftTargets.
 */
struct MixedBatch
{
    torch::Tensor data;     // [N, ...] like the input
    torch::Tensor labelsA;  // [N] int64: the labels of the clips weighted by lambda
    torch::Tensor labelsB;  // [N] int64: the labels of their partners, weighted by 1 − lambda
    torch::Tensor partner;  // [N] int64: index of each clip's partner in the input batch
    double lambda = 1.0;
};

/**
 * Batch-level Video Mix-up (PaddleVideo's Mixup for PP-TSN, α = 0.2): one λ ~ Beta(α, α) per
 * batch, and each clip is mixed with a partner from a random permutation of the batch. All
 * draws come from `rng`, so a seed gives the same mix. α ≤ 0 returns the batch unchanged
 * (λ = 1, partner = itself). `data` is [N, ...] and `labels` [N] int64.
 */
MixedBatch mixupBatch(const torch::Tensor &data, const torch::Tensor &labels, double alpha,
                      std::mt19937_64 &rng);

/**
 * Soft targets [N, numClasses] for a mixed batch: λ on labelsA, 1 − λ on labelsB, each first
 * smoothed by `labelSmoothing` ε (1 − ε on the label, ε / numClasses everywhere).
 */
torch::Tensor mixupSoftTargets(const MixedBatch &batch, int numClasses, double labelSmoothing = 0.0);

} // namespace as
