#pragma once

#include <string>
#include <vector>

#include <torch/types.h>

#include "core/common/cancellation.h"
#include "core/train/trainingtypes.h"

namespace as {

class ClipLoader;
class VideoModelImpl;

/** Number of rows of `logits` [N, C] whose label is among the top `k` scores. */
std::int64_t countTopK(const torch::Tensor &logits, const torch::Tensor &labels, int k);

/** Mean over the classes that have samples of their top-1 accuracy; confusion[true][pred]. */
double meanClassAccuracy(const std::vector<std::vector<int>> &confusion);

/**
 * Runs `model` in eval mode over one epoch of `loader` and returns loss, top-1, top-5, mean
 * class accuracy and the confusion matrix. Multi-view batches ([N, views, 3, T, H, W], the
 * loader's testViewCrops) are scored by the softmax averaged over the views (the loss is the
 * negative log of that average). With `keepScores`, each sample's class probabilities and
 * label are kept in loader order. `protocol` names how clips were taken, so the number is
 * never confused with another protocol's.
 */
EvalResult evaluateModel(VideoModelImpl &model, ClipLoader &loader, int numClasses,
                         const torch::Device &device, const std::string &protocol,
                         const CancellationToken &token, bool keepScores = false);

} // namespace as
