#pragma once

#include <torch/types.h>

namespace as {

/** One-hot targets [N, C] of `labels` [N] smoothed by ε: 1 − ε + ε/C on the label, ε/C elsewhere. */
torch::Tensor smoothedTargets(const torch::Tensor &labels, int numClasses, double labelSmoothing);

/** Mean over the batch of −Σ_c target_c · log softmax(logits)_c; logits and targets [N, C]. */
torch::Tensor softTargetCrossEntropy(const torch::Tensor &logits, const torch::Tensor &targets);

/** Cross-entropy with label smoothing ε (ε = 0: the plain cross-entropy); labels [N] int64. */
torch::Tensor smoothedCrossEntropy(const torch::Tensor &logits, const torch::Tensor &labels,
                                   double labelSmoothing);

/**
 * Knowledge distillation (Hinton et al. 2015): T² · KL(softmax(teacher/T) ‖ softmax(student/T)),
 * summed over classes and averaged over the batch. The teacher is detached.
 */
torch::Tensor distillationLoss(const torch::Tensor &studentLogits,
                               const torch::Tensor &teacherLogits, double temperature);

} // namespace as
