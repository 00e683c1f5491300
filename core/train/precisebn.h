#pragma once

#include <functional>
#include <optional>

#include <torch/nn/module.h>
#include <torch/types.h>

namespace as {

/** Number of BatchNorm (1-D, 2-D or 3-D) layers in `model`. */
int countBatchNorms(const torch::nn::Module &model);

/**
 * Precise BN (pySlowFast's `update_bn_stats`): replaces every BatchNorm's running mean and
 * variance with their averages over up to `batches` batches drawn from `nextBatch` (which
 * returns the model input, or nullopt when the data runs out), forwarded in training mode
 * without gradients. Each layer's running mean becomes the mean of its per-batch means and its
 * running variance the mean of its per-batch (unbiased) variances. Parameters, the momentum
 * of each layer and the model's train/eval mode are left as they were. Returns the number of
 * batches used. `forward` runs the model on one input.
 */
int updatePreciseBn(torch::nn::Module &model,
                    const std::function<std::optional<torch::Tensor>()> &nextBatch,
                    const std::function<void(const torch::Tensor &)> &forward, int batches);

} // namespace as
