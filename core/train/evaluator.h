#pragma once

#include <string>

#include <torch/types.h>

#include "core/common/cancellation.h"
#include "core/train/trainingtypes.h"

namespace as {

class ClipLoader;
class VideoModelImpl;

/** Number of rows of `logits` [N, C] whose label is among the top `k` scores. */
std::int64_t countTopK(const torch::Tensor &logits, const torch::Tensor &labels, int k);

/**
 * Runs `model` in eval mode over one epoch of `loader` and returns loss, top-1, top-5 and the
 * confusion matrix. `protocol` names how clips were taken, so the number is never confused
 * with another protocol's.
 */
EvalResult evaluateModel(VideoModelImpl &model, ClipLoader &loader, int numClasses,
                         const torch::Device &device, const std::string &protocol,
                         const CancellationToken &token);

} // namespace as
