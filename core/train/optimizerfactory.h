#pragma once

#include <memory>
#include <vector>

#include <torch/optim/optimizer.h>

#include "core/config/experimentconfig.h"

namespace as {

/**
 * The optimiser named by `optim.optimizer`: SGD with momentum and weight decay, or AdamW
 * (`optim.momentum` is its beta1, weight decay decoupled as in Loshchilov & Hutter).
 */
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(std::vector<torch::Tensor> parameters,
                                                       const OptimConfig &optim);

/** Sets the learning rate of every parameter group, whichever optimiser it is. */
void setLearningRate(torch::optim::Optimizer &optimizer, double lr);

} // namespace as
